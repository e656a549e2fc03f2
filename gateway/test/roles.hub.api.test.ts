/**
 * The hub's row rules through the gateway, as the demo users sign in: the applicant (p07) and the guardian (of p01)
 * see their own participant and nobody else, the work centre's staff see the people who have, had or applied for a
 * place there with their whole path, and the case worker sees everyone. Rows out of scope answer null, as an unknown
 * id does, and lists and their counts leave them out. (Field directives are the gateway's own test; this one reads
 * only what the hub decides.)
 */
import {
  demoOfferId,
  demoOffers,
  demoParticipantId,
  demoParticipants,
  demoPlacementId,
  demoPlacements,
} from '@veiinn/demo-data';
import { startTestGraph, type TestGraph } from './support';

const P01 = demoParticipantId('p01');
const P03 = demoParticipantId('p03');
const P07 = demoParticipantId('p07');

const PARTICIPANT = `query ($id: ID!) { participant(id: $id) { id placements { id provider { id } } waitingLists { source { id } } } }`;
const PARTICIPANTS = `query { participants(first: 100) { totalCount nodes { id } } }`;
const BY_IDS = `query ($ids: [ID!]!) { participantsByIds(ids: $ids) { id } }`;
const CREATE = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id submittedByRole } }`;

interface ParticipantData {
  participant: {
    id: string;
    placements: { id: string; provider: { id: string } }[];
    waitingLists: { source: { id: string } }[];
  } | null;
}

describe('who sees which participants through the gateway (the hub’s rows)', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  const participantFor = async (user: string, id: string) =>
    (await graph.as(user).data<ParticipantData>(PARTICIPANT, { id })).participant;
  const listFor = async (user: string) => {
    const { participants } = await graph
      .as(user)
      .data<{ participants: { totalCount: number; nodes: { id: string }[] } }>(PARTICIPANTS);
    return { ids: participants.nodes.map((n) => n.id).sort(), totalCount: participants.totalCount };
  };

  it('the applicant sees p07, with NAV’s waiting list, and nobody else', async () => {
    const own = await participantFor('applicant', P07);
    expect(own?.id).toBe(P07);
    // p07 waits for VTA on NAV's list, brought by the NAV adapter's feed: the applicant's own position.
    expect(own?.waitingLists.map((w) => w.source.id)).toContain('nav-baerum');
    expect(await participantFor('applicant', P01)).toBeNull();
    expect(await listFor('applicant')).toEqual({ ids: [P07], totalCount: 1 });
  });

  it('the guardian sees their ward p01 and her path, and nobody else', async () => {
    const ward = await participantFor('guardian', P01);
    expect(ward?.placements.map((p) => p.id)).toEqual([demoPlacementId('bkd-01')]);
    expect(await participantFor('guardian', P07)).toBeNull();
    const { participantsByIds } = await graph
      .as('guardian')
      .data<{ participantsByIds: ({ id: string } | null)[] }>(BY_IDS, { ids: [P01, P07] });
    expect(participantsByIds).toEqual([{ id: P01 }, null]);
    expect(await listFor('guardian')).toEqual({ ids: [P01], totalCount: 1 });
  });

  it('the work centre’s staff see who has or had a place there, with their whole path, and nobody else', async () => {
    const workCentreOffers = new Set(
      demoOffers.filter((o) => o.providerId === 'baerum-arbeidssenter').map((o) => o.key),
    );
    const theirs = [
      ...new Set(
        demoPlacements.filter((p) => workCentreOffers.has(p.offer)).map((p) => demoParticipantId(p.participant)),
      ),
    ].sort();
    expect(theirs).toContain(P03);
    expect(theirs).not.toContain(P01);
    expect(await listFor('provider-staff-work-centre')).toEqual({ ids: theirs, totalCount: theirs.length });
    // p03 splits the week: the work centre sees the day services' placement too (its catalogue fields).
    const p03 = await participantFor('provider-staff-work-centre', P03);
    expect(p03?.placements.map((p) => [p.id, p.provider.id]).sort()).toEqual(
      [
        [demoPlacementId('ba-03'), 'baerum-arbeidssenter'],
        [demoPlacementId('bkd-03'), 'baerum-kommunale-dagtilbud'],
      ].sort(),
    );
    expect(await participantFor('provider-staff-work-centre', P01)).toBeNull();
    expect(await participantFor('provider-staff-work-centre', P07)).toBeNull();
  });

  it('the case worker sees everyone', async () => {
    expect((await participantFor('case-worker', P01))?.id).toBe(P01);
    expect((await participantFor('case-worker', P07))?.id).toBe(P07);
    const all = await listFor('case-worker');
    expect(all.totalCount).toBe(demoParticipants.length);
  });

  it('an applicant applies for themselves as the applicant; for someone else the hub refuses and writes nothing', async () => {
    const count = async () =>
      (
        await graph
          .as('case-worker')
          .data<{ applications: { totalCount: number } }>(
            `query ($id: ID!) { applications(filter: { participantId: $id }) { totalCount } }`,
            { id: P01 },
          )
      ).applications.totalCount;
    const before = await count();
    const refused = await graph
      .as('applicant')
      .request(CREATE, { input: { participantId: P01, offerIds: [demoOfferId('bjornegard')], daysPerWeek: 2 } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);

    const { createApplication } = await graph
      .as('applicant')
      .data<{ createApplication: { id: string; submittedByRole: string } }>(CREATE, {
        input: { participantId: P07, offerIds: [demoOfferId('bjornegard')], daysPerWeek: 2 },
      });
    expect(createApplication.submittedByRole).toBe('APPLICANT');
    // The guardian of p01 does not see p07's application; the applicant does.
    const read = `query ($id: ID!) { application(id: $id) { id } }`;
    expect(
      (await graph.as('guardian').data<{ application: unknown }>(read, { id: createApplication.id })).application,
    ).toBeNull();
    expect(
      (await graph.as('applicant').data<{ application: { id: string } }>(read, { id: createApplication.id }))
        .application,
    ).toEqual({ id: createApplication.id });
  });
});
