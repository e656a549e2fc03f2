/**
 * One graph across organisations, through the gateway over the real subgraphs and their seeded demo world: a
 * participant's whole path with each provider's own detail and NAV's status, and capacity that agrees with what
 * each provider holds.
 */
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from './support';

describe('the participant path and capacity across providers', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  async function traced<T>(query: string, variables?: Record<string, unknown>) {
    const requestId = randomUUID();
    const result = await graph.as('case-worker').request<T>(query, variables, { 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();
    const subgraphs = graph.fetches.filter((f) => f.requestId === requestId).map((f) => f.subgraph);
    return { data: result.data!, subgraphs: [...new Set(subgraphs)].sort() };
  }

  it("shows a participant's move from the work centre to VTA at Arba, with each provider's detail and NAV's record", async () => {
    const { data, subgraphs } = await traced<{
      participant: {
        fullName: string;
        placements: {
          status: string;
          startDate: string;
          endDate: string | null;
          provider: { shortName: string };
          dayServices: { daysPerWeek: number } | null;
          workCentre: { hoursPerWeek: number; group: { name: string } } | null;
          arba: { measure: string; arena: { name: string } } | null;
        }[];
        nav: { records: { status: string }[] } | null;
      };
    }>(
      `query ($id: ID!) { participant(id: $id) { fullName
        placements { status startDate endDate provider { shortName } dayServices { daysPerWeek }
          workCentre { hoursPerWeek group { name } } arba { measure arena { name } } }
        nav { records { status } } } }`,
      { id: demoParticipantId('p29') },
    );
    const path = data.participant.placements;
    expect(path.map((p) => [p.provider.shortName, p.status, p.startDate, p.endDate])).toEqual([
      ['BA', 'ENDED', '2019-08-12', '2025-06-30'],
      ['Arba', 'ACTIVE', '2025-08-04', null],
    ]);
    expect(path[0].workCentre).toMatchObject({ hoursPerWeek: 30, group: { name: expect.any(String) } });
    expect(path[0].arba).toBeNull();
    expect(path.map((p) => p.dayServices)).toEqual([null, null]);
    expect(path[1].arba).toMatchObject({ measure: 'VTA', arena: { name: expect.any(String) } });
    expect(path[1].workCentre).toBeNull();
    expect(data.participant.nav?.records.map((r) => r.status)).toEqual(['DELTAR']);
    expect(subgraphs).toEqual(['arba', 'day-services', 'intake', 'nav', 'work-centre']);
  });

  it("shows NAV's waiting list: the hub's cross-provider list and the participant's position in NAV's", async () => {
    const { data } = await traced<{
      waitingList: { since: string; participant: { id: string } | null; offer: { id: string } | null }[];
      participant: { nav: { waitingLists: { position: number; waitingCount: number }[] } | null };
    }>(
      `query ($id: ID!) { waitingList { since participant { id } offer { id } }
        participant(id: $id) { nav { waitingLists { position waitingCount } } } }`,
      { id: demoParticipantId('p47') },
    );
    const vta = data.waitingList.filter((w) => w.offer?.id === demoOfferId('arba-vta'));
    // Matched by pseudonym: NAV never told the hub an identity number.
    expect(vta.map((w) => w.participant?.id)).toEqual([
      demoParticipantId('p47'),
      demoParticipantId('p07'),
      demoParticipantId('p48'),
    ]);
    expect(data.participant.nav?.waitingLists).toEqual([{ position: 1, waitingCount: 3 }]);
  });

  it("counts capacity from the providers' feeds, and it agrees with each provider's own counts", async () => {
    const { data } = await traced<{
      offer: {
        capacity: { places: number; occupied: number; free: number; waiting: number };
        arba: { supervisorRatio: { participants: number } } | null;
      };
      green: {
        capacity: { places: number; occupied: number; free: number };
        workCentre: { groups: { capacity: number; occupied: number; free: number }[] };
      };
      capacityOverview: { providerId?: never; places: number | null; occupied: number }[];
    }>(
      `query ($vta: ID!, $green: ID!) {
        offer(id: $vta) { capacity { places occupied free waiting } arba { supervisorRatio { participants } } }
        green: offer(id: $green) { capacity { places occupied free } workCentre { groups { capacity occupied free } } }
        capacityOverview { places occupied } }`,
      { vta: demoOfferId('arba-vta'), green: demoOfferId('ba-gront') },
    );
    expect(data.offer.capacity).toEqual({ places: 114, occupied: 12, free: 102, waiting: 3 });
    expect(data.offer.arba?.supervisorRatio.participants).toBe(data.offer.capacity.occupied);
    // The green-space group at Emma Hjorth: 5 places, 5 permanent workers (domain brief), so none free.
    expect(data.green.capacity).toEqual({ places: 5, occupied: 5, free: 0 });
    const [group] = data.green.workCentre.groups;
    expect({ places: group.capacity, occupied: group.occupied, free: group.free }).toEqual(data.green.capacity);
    expect(data.capacityOverview.length).toBeGreaterThanOrEqual(4);
  });

  it('sees a new placement at a provider once the hub has read the feed, and shows how far behind it was', async () => {
    const participant = demoParticipantId('p12');
    const feedOf = async () =>
      (
        await graph
          .as('case-worker')
          .data<{ provider: { feed: { lastSequence: number; head: number; behind: number } } }>(
            '{ provider(id: "baerum-kommunale-dagtilbud") { feed { lastSequence head behind } } }',
          )
      ).provider.feed;
    const before = await feedOf();
    expect(before.behind).toBe(0);
    await graph.as('case-worker').data(
      `mutation ($participant: ID!, $offer: ID!, $group: ID!) { startDayServicesPlacement(input: {
        participantId: $participant, offerId: $offer, groupId: $group, daysPerWeek: 2, startDate: "2027-01-04" }) { id } }`,
      {
        participant,
        offer: demoOfferId('binna'),
        group: (
          await graph
            .as('case-worker')
            .data<{ offer: { dayServices: { groups: { id: string }[] } } }>(
              `{ offer(id: "${demoOfferId('binna')}") { dayServices { groups { id } } } }`,
            )
        ).offer.dayServices.groups[0].id,
      },
    );
    const path = async () =>
      (
        await graph
          .as('case-worker')
          .data<{ participant: { placements: { status: string }[] } }>(
            `{ participant(id: "${participant}") { placements { status } } }`,
          )
      ).participant.placements;
    // Eventually consistent: not in the hub's index until the hub reads the feed.
    expect(await path()).toEqual([]);
    await graph.intake.follower.syncAll();
    expect(await path()).toEqual([{ status: 'PLANNED' }]);
    const after = await feedOf();
    expect(after).toEqual({ lastSequence: before.lastSequence + 1, head: before.head + 1, behind: 0 });
  });
});
