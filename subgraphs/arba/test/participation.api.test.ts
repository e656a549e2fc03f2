import { demoOfferId, demoPlacementId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ArbaParticipation } from '../src/participation/participation.entity';
import { feedAfter, startTestArba, stateOf, TEST_TODAY, type TestArba } from './support';

const PLACEMENT = `id participantId offerId measure municipality hoursPerWeek startDate endDate outcome version aftGrantedUntil
  arena { id } aftPeriods { kind startDate endDate } goals { description }`;
const START = `mutation Start($input: ArbaStartParticipationInput!) { startArbaParticipation(input: $input) { ${PLACEMENT} } }`;
const END = `mutation End($input: ArbaEndParticipationInput!) { endArbaParticipation(input: $input) { ${PLACEMENT} } }`;

type Placement = Record<string, unknown> & { id: string; version: number };
type Failure = { code?: unknown; rule?: unknown; fields?: unknown; message?: string };

describe('starting and ending participations', () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  const vta = demoOfferId('arba-vta');
  const aft = demoOfferId('arba-aft');
  const start = (input: Record<string, unknown>) =>
    graphqlData<{ startArbaParticipation: Placement }>(arba.url, START, { input }).then(
      (d) => d.startArbaParticipation,
    );
  const end = (input: Record<string, unknown>) =>
    graphqlData<{ endArbaParticipation: Placement }>(arba.url, END, { input }).then((d) => d.endArbaParticipation);
  const version = async (id: string) => (await arba.orm.em.fork().findOneOrFail(ArbaParticipation, { id })).version;

  /** Runs a mutation that must be refused, and checks that nothing changed: no row, no version, no outbox event. */
  async function refused(mutation: string, input: Record<string, unknown>): Promise<Failure> {
    const before = await stateOf(arba);
    const result = await graphqlRequest(arba.url, mutation, { input });
    expect(result.errors).toHaveLength(1);
    expect(await stateOf(arba)).toEqual(before);
    const { extensions, message } = result.errors![0];
    return { ...(extensions as object), message };
  }

  it('starts a VTA participation for Bærum and publishes the new placement', async () => {
    const head = await arba.feedCount();
    const participantId = randomUUID();
    const placement = await start({
      participantId,
      offerId: vta,
      arenaId: 'grafisk',
      hoursPerWeek: 22.5,
      startDate: '2026-12-01',
    });
    expect(placement).toMatchObject({
      participantId,
      offerId: vta,
      measure: 'VTA',
      municipality: 'BAERUM',
      hoursPerWeek: 22.5,
      startDate: '2026-12-01',
      endDate: null,
      outcome: null,
      version: 1,
      arena: { id: 'grafisk' },
      aftPeriods: [],
      goals: [],
    });
    const events = await feedAfter(arba, head);
    expect(events.map((e) => [e.type, e.recordId, e.version])).toEqual([['placement', placement.id, 1]]);
    expect(events[0].data).toEqual({
      participantId,
      offerId: vta,
      startDate: '2026-12-01',
      endDate: null,
      hoursPerWeek: 22.5,
      daysPerWeek: null,
    });
    // The Placement reference now resolves to it.
    const { _entities } = await graphqlData<{ _entities: { arba: { id: string } | null }[] }>(
      arba.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Placement { arba { id } } } }',
      { r: [{ __typename: 'Placement', id: placement.id }] },
    );
    expect(_entities).toEqual([{ arba: { id: placement.id } }]);
  });

  // Regression: a datetime column read back from SQLite compared as changed, so the flush that saved a new placement
  // also moved the version of every placement loaded to count the places, and their readers got CONFLICT.
  it('leaves the placements it counted untouched when it starts one', async () => {
    const versions = async () =>
      new Map((await arba.orm.em.fork().find(ArbaParticipation, {})).map((p) => [p.id, p.version]));
    const before = await versions();
    const head = await arba.feedCount();
    const placement = await start({
      participantId: randomUUID(),
      offerId: vta,
      arenaId: 'isi',
      hoursPerWeek: 30,
      startDate: '2026-12-07',
    });
    const after = await versions();
    after.delete(placement.id);
    expect(after).toEqual(before);
    expect((await feedAfter(arba, head)).map((e) => e.recordId)).toEqual([placement.id]);
  });

  it('starts AFT with an initial period of one year, for Asker when asked', async () => {
    const placement = await start({
      participantId: randomUUID(),
      offerId: aft,
      arenaId: 'lokale-bedrifter',
      municipality: 'ASKER',
      hoursPerWeek: 30,
      startDate: '2027-01-04',
    });
    expect(placement).toMatchObject({
      measure: 'AFT',
      municipality: 'ASKER',
      aftGrantedUntil: '2028-01-03',
      aftPeriods: [{ kind: 'INITIAL', startDate: '2027-01-04', endDate: '2028-01-03' }],
    });
  });

  it('refuses bad input with every field named, and changes nothing', async () => {
    const failure = await refused(START, {
      participantId: 'p30',
      offerId: randomUUID(),
      arenaId: 'snekkerverkstedet',
      hoursPerWeek: 0,
      startDate: '2026-12-01',
    });
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((failure.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'participantId',
      'hoursPerWeek',
      'offerId',
      'arenaId',
    ]);
    const tooLong = await refused(START, {
      participantId: randomUUID(),
      offerId: 'arba-vta',
      arenaId: 'montering',
      hoursPerWeek: 40,
      startDate: '2026-12-01',
    });
    expect((tooLong.fields as { field: string }[]).map((f) => f.field)).toEqual(['hoursPerWeek', 'offerId']);
  });

  it('keeps participations for VTA and AFT, and AFT-only arenas for AFT', async () => {
    const youth = await refused(START, {
      participantId: randomUUID(),
      offerId: demoOfferId('arba-ung-i-jobb'),
      arenaId: 'montering',
      hoursPerWeek: 20,
      startDate: '2026-12-01',
    });
    expect(youth).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'offerId', message: expect.stringContaining('catalogue only') }],
    });
    const external = await refused(START, {
      participantId: randomUUID(),
      offerId: vta,
      arenaId: 'lokale-bedrifter',
      hoursPerWeek: 20,
      startDate: '2026-12-01',
    });
    expect(external).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'arenaId', message: expect.stringContaining('AFT only') }],
    });
  });

  it('refuses an impossible date before anything runs', async () => {
    const before = await stateOf(arba);
    const result = await graphqlRequest(arba.url, START, {
      input: {
        participantId: randomUUID(),
        offerId: vta,
        arenaId: 'montering',
        hoursPerWeek: 20,
        startDate: '2026-02-30',
      },
    });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stateOf(arba)).toEqual(before);
  });

  it('refuses a second running placement of the same participant in the same measure', async () => {
    const existing = await arba.orm.em.fork().findOneOrFail(ArbaParticipation, { id: demoPlacementId('arba-30') });
    const failure = await refused(START, {
      participantId: existing.participantId.toUpperCase(),
      offerId: vta,
      arenaId: 'isi',
      hoursPerWeek: 20,
      startDate: '2027-01-04',
    });
    expect(failure).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'ALREADY_PLACED' });
  });

  it('ends a VTA participation, moving its version and publishing it', async () => {
    const id = demoPlacementId('arba-37');
    const head = await arba.feedCount();
    const ended = await end({ participationId: id, endDate: '2026-12-31', expectedVersion: 1 });
    expect(ended).toMatchObject({ id, endDate: '2026-12-31', outcome: null, version: 2 });
    const events = await feedAfter(arba, head);
    expect(events.map((e) => [e.type, e.recordId, e.version])).toEqual([['placement', id, 2]]);
    expect(events[0].data).toMatchObject({ endDate: '2026-12-31', startDate: '2017-08-14' });
  });

  it('ends AFT with its outcome', async () => {
    const id = demoPlacementId('arba-44');
    const ended = await end({ participationId: id, endDate: TEST_TODAY, outcome: 'EDUCATION', expectedVersion: 1 });
    expect(ended).toMatchObject({ endDate: TEST_TODAY, outcome: 'EDUCATION', version: 2 });
  });

  it('refuses bad ends, and changes nothing', async () => {
    const aftId = demoPlacementId('arba-45');
    const vtaId = demoPlacementId('arba-31');
    // AFT without an outcome, and before the start.
    const noOutcome = await refused(END, { participationId: aftId, endDate: '2026-05-31', expectedVersion: 1 });
    expect(noOutcome).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((noOutcome.fields as { field: string }[]).map((f) => f.field)).toEqual(['endDate', 'outcome']);
    // AFT after its granted year (2026-06-01 to 2027-05-31).
    const late = await refused(END, {
      participationId: aftId,
      endDate: '2027-06-01',
      outcome: 'WORK',
      expectedVersion: 1,
    });
    expect(late).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endDate', message: expect.stringContaining('2027-05-31') }],
    });
    // VTA has no outcome.
    const vtaOutcome = await refused(END, {
      participationId: vtaId,
      endDate: TEST_TODAY,
      outcome: 'WORK',
      expectedVersion: 1,
    });
    expect(vtaOutcome).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'outcome' }] });
  });

  it('refuses an unknown placement with NOT_FOUND, a stale version with CONFLICT, an ended one with ALREADY_ENDED', async () => {
    for (const participationId of [randomUUID(), 'arba-31']) {
      const missing = await refused(END, { participationId, endDate: TEST_TODAY, expectedVersion: 1 });
      expect(missing).toMatchObject({ code: 'NOT_FOUND', typeName: 'ArbaPlacement', id: participationId });
    }
    const id = demoPlacementId('arba-32');
    const stale = await refused(END, { participationId: id, endDate: TEST_TODAY, expectedVersion: 7 });
    expect(stale).toMatchObject({ code: 'CONFLICT', currentVersion: await version(id) });
    const ended = await refused(END, {
      participationId: demoPlacementId('arba-43'),
      endDate: '2025-10-03',
      outcome: 'WORK',
      expectedVersion: 1,
    });
    expect(ended).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'ALREADY_ENDED' });
  });

  // Issue 11: the hub could not undo a transition's END (revertTransition): an ended participation was final.
  it('takes back the end of an ended participation with endDate null, and only that', async () => {
    const id = demoPlacementId('arba-43');
    const reopened = await graphqlData<{ endArbaParticipation: Placement }>(arba.url, END, {
      input: { participationId: id, endDate: null, expectedVersion: await version(id) },
    }).then((d) => d.endArbaParticipation);
    expect(reopened).toMatchObject({ endDate: null });
    const withOutcome = await refused(END, {
      participationId: id,
      endDate: null,
      outcome: 'WORK',
      expectedVersion: await version(id),
    });
    expect(withOutcome).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'outcome' }] });
  });

  it('lets a place that ended before the start be taken again, and counts one that ends on the start day', async () => {
    // arba-37 ends 2026-12-31 (above); a new participant may use that arena and offer from 2027-01-01.
    const placement = await start({
      participantId: randomUUID(),
      offerId: vta,
      arenaId: 'bruktbutikk',
      hoursPerWeek: 30,
      startDate: '2027-01-01',
    });
    expect(placement.version).toBe(1);
  });
});
