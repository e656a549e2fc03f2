/**
 * A decision through the whole graph: the allocation office grants a seeded participant a place at the day services,
 * the hub asks the day services' own subgraph for the placement, and the placement comes back to the hub through
 * the day services' feed, into the participant's path and the offer's capacity. A full group is refused by the
 * provider and nothing is created; a waiting decision shows up on the waiting list with its position.
 */
import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import { startTestGraph, type TestGraph } from './support';

const BJORNEGARD = demoOfferId('bjornegard');
const BINNA = demoOfferId('binna');

type Capacity = { places: number | null; occupied: number; upcoming: number; free: number | null; waiting: number };
type Group = { id: string; name: string; capacity: number | null; version: number };

describe('decisions through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    graph.as('case-worker').data<T>(query, variables);

  /** A seeded participant's application for the offer, submitted and under assessment. */
  async function underAssessment(participant: string, offerId: string): Promise<string> {
    const { createApplication } = await gql<{ createApplication: { id: string } }>(
      `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
      { input: { participantId: demoParticipantId(participant), offerIds: [offerId] } },
    );
    for (const step of ['submitApplication', 'startApplicationAssessment']) {
      await gql(`mutation ($input: ApplicationStepInput!) { ${step}(input: $input) { status } }`, {
        input: { applicationId: createApplication.id },
      });
    }
    return createApplication.id;
  }

  const offerState = (offerId: string) =>
    gql<{ offer: { capacity: Capacity; dayServices: { groups: Group[] } } }>(
      `query ($id: ID!) { offer(id: $id) { capacity { places occupied upcoming free waiting }
        dayServices { groups { id name capacity version } } } }`,
      { id: offerId },
    ).then((d) => d.offer);
  const providerPlacements = (participant: string) =>
    gql<{ dayServicesPlacements: { id: string; daysPerWeek: number; startDate: string; group: { name: string } }[] }>(
      `query ($id: ID!) { dayServicesPlacements(participantId: $id) { id daysPerWeek startDate group { name } } }`,
      { id: demoParticipantId(participant) },
    ).then((d) => d.dayServicesPlacements);

  const DECIDE = `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) {
    id outcome placementStatus placementId placementRefusal { code rule message } placement { id }
    application { status } } }`;

  it('grants a place at Bjørnegård: the day services create it, and after the feed the hub shows it in the path and the capacity', async () => {
    const applicationId = await underAssessment('p05', BJORNEGARD);
    const before = await offerState(BJORNEGARD);
    const kreativ = before.dayServices.groups.find((g) => g.name === 'Kreativt verksted')!;
    expect(await providerPlacements('p05')).toEqual([]);

    const { decideApplication } = await gql<{
      decideApplication: { id: string; placementStatus: string; placementId: string; placement: unknown };
    }>(DECIDE, {
      input: {
        applicationId,
        outcome: 'GRANTED',
        offerId: BJORNEGARD,
        groupId: kreativ.id,
        daysPerWeek: 3,
        startDate: '2027-01-04',
      },
    });
    expect(decideApplication).toMatchObject({
      outcome: 'GRANTED',
      placementStatus: 'PLACEMENT_CREATED',
      application: { status: 'DECIDED' },
      // The hub has not read the day services' feed yet.
      placement: null,
    });
    // The provider's own data: the placement is there, in the group decided.
    expect(await providerPlacements('p05')).toEqual([
      {
        id: decideApplication.placementId,
        daysPerWeek: 3,
        startDate: '2027-01-04',
        group: { name: 'Kreativt verksted' },
      },
    ]);

    const synced = await graph.intake.follower.syncAll();
    expect(synced.filter((s) => s.error)).toEqual([]);
    const { decision, participant } = await gql<{
      decision: {
        placement: { id: string; status: string; dayServices: { daysPerWeek: number; group: { name: string } } };
      };
      participant: {
        placements: { id: string; status: string; offer: { id: string }; provider: { shortName: string } }[];
      };
    }>(
      `query ($id: ID!, $participant: ID!) {
        decision(id: $id) { placement { id status dayServices { daysPerWeek group { name } } } }
        participant(id: $participant) { placements { id status offer { id } provider { shortName } } } }`,
      { id: decideApplication.id, participant: demoParticipantId('p05') },
    );
    expect(decision.placement).toEqual({
      id: decideApplication.placementId,
      status: 'PLANNED',
      dayServices: { daysPerWeek: 3, group: { name: 'Kreativt verksted' } },
    });
    expect(participant.placements).toContainEqual({
      id: decideApplication.placementId,
      status: 'PLANNED',
      offer: { id: BJORNEGARD },
      provider: { shortName: 'BKD' },
    });
    const after = await offerState(BJORNEGARD);
    // It starts after today (2026-11-23): upcoming, not occupied yet.
    expect(after.capacity).toEqual({
      ...before.capacity,
      upcoming: before.capacity.upcoming + 1,
      free: before.capacity.free === null ? null : before.capacity.free - 1,
    });
    expect(after.capacity.occupied + after.capacity.upcoming).toBe(
      before.capacity.occupied + before.capacity.upcoming + 1,
    );
  });

  // Issue 11: a group of another offer was written into a final decision and its letter ("Du har fått plass") before
  // the day services refused the placement. The hub now asks the day services' own subgraph for the offer's groups
  // first, so the refusal comes before anything is written.
  it('refuses a GRANTED decision for a group that is not the offer’s, before writing anything', async () => {
    const applicationId = await underAssessment('p08', BJORNEGARD);
    const foreign = (await offerState(BINNA)).dayServices.groups[0]!;
    const placedBefore = await providerPlacements('p08');
    const result = await graph.as('case-worker').request<{ decideApplication: unknown }>(DECIDE, {
      input: {
        applicationId,
        outcome: 'GRANTED',
        offerId: BJORNEGARD,
        groupId: foreign.id,
        daysPerWeek: 3,
        startDate: '2027-01-04',
      },
    });
    expect(result.data?.decideApplication ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'groupId' }] });
    const { application } = await gql<{ application: { status: string; decision: unknown } }>(
      `query ($id: ID!) { application(id: $id) { status decision { id } } }`,
      { id: applicationId },
    );
    expect(application).toEqual({ status: 'UNDER_ASSESSMENT', decision: null });
    expect(await providerPlacements('p08')).toEqual(placedBefore);
  });

  it('shows PLACEMENT_REFUSED with GROUP_FULL when the group is full, and nothing is created', async () => {
    const applicationId = await underAssessment('p07', BINNA);
    const before = await offerState(BINNA);
    const kafe = before.dayServices.groups.find((g) => g.name === 'Kafédrift')!;
    // Shrink the group to the places it has taken: Binna has three participants in it.
    await gql(
      `mutation ($input: DayServicesGroupCapacityInput!) { setDayServicesGroupCapacity(input: $input) { capacity } }`,
      { input: { groupId: kafe.id, capacity: 3, expectedVersion: kafe.version } },
    );
    await graph.intake.follower.syncAll();
    const full = await offerState(BINNA);

    const { decideApplication } = await gql<{
      decideApplication: { placementStatus: string; placementId: string | null; placementRefusal: unknown };
    }>(DECIDE, {
      input: {
        applicationId,
        outcome: 'GRANTED',
        offerId: BINNA,
        groupId: kafe.id,
        daysPerWeek: 2,
        startDate: '2027-01-04',
      },
    });
    expect(decideApplication).toMatchObject({
      outcome: 'GRANTED',
      placementStatus: 'PLACEMENT_REFUSED',
      placementId: null,
      placementRefusal: {
        code: 'FAILED_PRECONDITION',
        rule: 'GROUP_FULL',
        message: expect.stringContaining('Kafédrift'),
      },
      application: { status: 'DECIDED' },
    });
    expect(await providerPlacements('p07')).toEqual([]);
    await graph.intake.follower.syncAll();
    expect((await offerState(BINNA)).capacity).toEqual(full.capacity);
  });

  it('puts an applicant on the waiting list, where the list shows the position', async () => {
    const applicationId = await underAssessment('p12', BJORNEGARD);
    const { decideApplication } = await gql<{ decideApplication: { outcome: string } }>(DECIDE, {
      input: { applicationId, outcome: 'WAITING', offerId: BJORNEGARD },
    });
    expect(decideApplication.outcome).toBe('WAITING');
    const { waitingList, offer } = await gql<{
      waitingList: {
        participant: { fullName: string } | null;
        position: number;
        since: string;
        source: { shortName: string };
      }[];
      offer: { capacity: { waiting: number } };
    }>(
      `query ($offerId: ID!) { waitingList(offerId: $offerId) { participant { fullName } position since source { shortName } }
        offer(id: $offerId) { capacity { waiting } } }`,
      { offerId: BJORNEGARD },
    );
    const { participant } = await gql<{ participant: { fullName: string } }>(
      `query ($id: ID!) { participant(id: $id) { fullName } }`,
      { id: demoParticipantId('p12') },
    );
    const entry = waitingList.find((w) => w.participant?.fullName === participant.fullName);
    expect(entry).toMatchObject({ since: '2026-11-23', position: waitingList.length });
    expect(waitingList.map((w) => w.position)).toEqual(waitingList.map((_, i) => i + 1));
    expect(offer.capacity.waiting).toBe(waitingList.length);
  });
});
