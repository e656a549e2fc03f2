/**
 * The placement protocol (`veiinn-placement/1`, packages/kit/src/placement) on the real day-services subgraph with
 * service trust on: the hub places and ends through `/placements`, every refusal has its code and a 4xx status, a
 * repeated idempotency key is answered with the first answer and writes nothing, and a write is whole or nothing.
 */
import { demoOfferId } from '@veiinn/demo-data';
import {
  PLACEMENT_PROTOCOL,
  PlacementRequestRecord,
  startSubgraph,
  type PlacementHandler,
  type RunningSubgraph,
} from '@veiinn/kit';
import {
  createTestDatabase,
  createTestSigners,
  describePlacementTermsAndExtent,
  postPlacementProtocol,
  type PlacementAnswer,
  type TestSigners,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ActivityPlacement } from '../src/placement/placement.entity';
import { dayServicesPlacements } from '../src/placement/placement.protocol';
import { demoGroupId } from '../src/seed/groups';
import { dayServices } from '../src/subgraph';
import { databaseState, startTestDayServices, type TestDayServices } from './support';

const bjornegard = demoOfferId('bjornegard');
const binna = demoOfferId('binna');
const [tur, kafe] = ['tur', 'kafe'].map(demoGroupId);
const HUB = { sub: 'intake', roles: ['service'], actingFor: 'test-case-worker' };
const CASE_WORKER = { sub: 'test-case-worker', roles: ['case-worker'] };

type Answer = PlacementAnswer;
const post = postPlacementProtocol;

/** A day of its own for each placement, so the placements of one test do not fill the group for the next. */
let days = 0;
const nextDay = () => new Date(Date.UTC(2030, 0, 1 + days++)).toISOString().slice(0, 10);

const place = (overrides: Record<string, unknown> = {}) => {
  const day = nextDay();
  return {
    idempotencyKey: `test:${randomUUID()}`,
    participantId: randomUUID(),
    offerId: bjornegard,
    groupId: tur,
    daysPerWeek: 2,
    hoursPerWeek: null,
    startDate: day,
    endDate: day,
    decisionId: randomUUID(),
    ...overrides,
  };
};

const code = (answer: Answer) => answer.body.errors?.[0]?.extensions;

describe('the placement protocol at the day services', () => {
  let service: TestDayServices;
  let signers: TestSigners;
  const asHub = () => signers.headersFor(HUB);
  /** Everything stored: the day services' rows and feed, and the idempotency keys. */
  const state = async () => ({
    ...(await databaseState(service.orm)),
    keys: await service.orm.em.fork().count(PlacementRequestRecord, {}),
  });

  beforeAll(async () => {
    signers = await createTestSigners('day-services');
    service = await startTestDayServices({ trust: signers.trust });
  });
  afterAll(() => service.stop());

  it('places with the hub’s token: 201, the placement, its feed event and the key in one write', async () => {
    const before = await state();
    const request = place();
    const answer = await post(service.url, '/placements', request, asHub());
    expect(answer).toMatchObject({
      status: 201,
      protocol: PLACEMENT_PROTOCOL,
      body: { protocol: PLACEMENT_PROTOCOL, status: 'CREATED', version: 1 },
    });
    const after = await state();
    expect(after.placements.find((p) => p.id === answer.body.placementId)).toMatchObject({
      participantId: request.participantId,
      group: tur,
      daysPerWeek: 2,
      startDate: request.startDate,
      endDate: request.startDate,
    });
    expect([after.feedEvents, after.keys]).toEqual([before.feedEvents + 1, before.keys + 1]);
  });

  it('answers a repeated key with the same request 200 with the first answer, and writes nothing', async () => {
    const request = place();
    const first = await post(service.url, '/placements', request, asHub());
    expect(first.status).toBe(201);
    const before = await state();
    const again = await post(service.url, '/placements', request, asHub());
    expect(again).toMatchObject({ status: 200, body: first.body });
    expect(await state()).toEqual(before);
  });

  it('refuses the same key with another request: 409 IDEMPOTENCY_CONFLICT, and writes nothing', async () => {
    const request = place();
    expect((await post(service.url, '/placements', request, asHub())).status).toBe(201);
    const before = await state();
    const other = await post(service.url, '/placements', { ...request, daysPerWeek: 3 }, asHub());
    expect(other.status).toBe(409);
    expect(code(other)).toMatchObject({ code: 'IDEMPOTENCY_CONFLICT', idempotencyKey: request.idempotencyKey });
    expect(other.body.errors![0]!.message).toMatch(/^Nøkkelen .* \/ The idempotency key/);
    expect(await state()).toEqual(before);
  });

  it('refuses callers other than a trusted service: 401 without a token or with the gateway’s, nothing written', async () => {
    const before = await state();
    const none = await post(service.url, '/placements', place());
    const gateway = await post(service.url, '/placements', place(), signers.headersFor(CASE_WORKER));
    const end = await post(service.url, `/placements/${randomUUID()}/end`, { idempotencyKey: 'k', endDate: null });
    for (const answer of [none, gateway, end]) {
      expect(answer.status).toBe(401);
      expect(code(answer)).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    expect(await state()).toEqual(before);
  });

  it('refuses invalid input with 400 BAD_USER_INPUT naming every field, the protocol’s and the provider’s', async () => {
    const before = await state();
    const bad = await post(
      service.url,
      '/placements',
      { idempotencyKey: 'has spaces', participantId: randomUUID(), offerId: bjornegard, startDate: '1 March' },
      asHub(),
    );
    expect(bad.status).toBe(400);
    expect(code(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((code(bad)!.fields as { field: string }[]).map((f) => f.field)).toEqual(['idempotencyKey', 'startDate']);
    // Well formed, but the day services need days a week and a group of the offer.
    const provider = await post(service.url, '/placements', place({ daysPerWeek: null, groupId: null }), asHub());
    expect(provider.status).toBe(400);
    expect((code(provider)!.fields as { field: string }[]).map((f) => f.field)).toEqual(['daysPerWeek', 'groupId']);
    expect(await state()).toEqual(before);
  });

  it('refuses a full group with 409 FAILED_PRECONDITION GROUP_FULL, and a key refused is judged afresh', async () => {
    // The café (capacity 6): fill what is left from the start date, then one more.
    let refused: Answer | null = null;
    for (let i = 0; i < 7 && !refused; i++) {
      const answer = await post(
        service.url,
        '/placements',
        place({ offerId: binna, groupId: kafe, startDate: '2027-03-01', endDate: null }),
        asHub(),
      );
      if (answer.status !== 201) refused = answer;
    }
    expect(refused?.status).toBe(409);
    expect(code(refused!)).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL', capacity: 6 });
    // Nothing of a refusal is remembered: the same key with a request that fits (another group) is placed.
    const key = place({ offerId: binna, groupId: kafe, startDate: '2027-03-01', endDate: null });
    expect((await post(service.url, '/placements', key, asHub())).status).toBe(409);
    const fits = await post(
      service.url,
      '/placements',
      { ...key, offerId: bjornegard, groupId: tur, endDate: key.startDate },
      asHub(),
    );
    expect(fits.status).toBe(201);
  });

  it('refuses an overlapping placement of the participant in the offer: 409 ALREADY_PLACED', async () => {
    const first = place({ startDate: '2031-03-01', endDate: '2031-06-30' });
    const firstAnswer = await post(service.url, '/placements', first, asHub());
    expect([firstAnswer.status, firstAnswer.body.errors]).toEqual([201, undefined]);
    const before = await state();
    const overlap = await post(
      service.url,
      '/placements',
      place({ participantId: first.participantId, startDate: '2031-06-01', endDate: null }),
      asHub(),
    );
    expect(overlap.status).toBe(409);
    expect(code(overlap)).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'ALREADY_PLACED' });
    expect(await state()).toEqual(before);
  });

  it('ends a placement (200 ENDED), repeats the end by its key, takes it back (OPEN), and refuses the rest', async () => {
    const request = place({ startDate: '2032-03-01', endDate: null });
    const created = await post(service.url, '/placements', request, asHub());
    const id = created.body.placementId!;
    const endOf = (body: Record<string, unknown>) => post(service.url, `/placements/${id}/end`, body, asHub());

    const end = { idempotencyKey: `end:${id}:v1`, endDate: '2032-05-31', expectedVersion: 1 };
    const ended = await endOf(end);
    expect(ended).toMatchObject({ status: 200, body: { placementId: id, status: 'ENDED', version: 2 } });
    const before = await state();
    expect(await endOf(end)).toMatchObject({ status: 200, body: ended.body });
    expect(await state()).toEqual(before);

    const stale = await endOf({ idempotencyKey: `end:${id}:stale`, endDate: '2032-04-30', expectedVersion: 1 });
    expect([stale.status, code(stale)?.code, code(stale)?.currentVersion]).toEqual([409, 'CONFLICT', 2]);
    const early = await endOf({ idempotencyKey: `end:${id}:early`, endDate: '2032-01-01', expectedVersion: 2 });
    expect([early.status, code(early)?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const unknown = await post(
      service.url,
      `/placements/${randomUUID()}/end`,
      { idempotencyKey: `end:unknown:${randomUUID()}`, endDate: '2027-05-31', expectedVersion: null },
      asHub(),
    );
    expect([unknown.status, code(unknown)?.code]).toEqual([404, 'NOT_FOUND']);
    // The place's key is not the end's: another kind of request.
    const reused = await endOf({ ...end, idempotencyKey: request.idempotencyKey });
    expect([reused.status, code(reused)?.code]).toEqual([409, 'IDEMPOTENCY_CONFLICT']);
    expect(await state()).toEqual(before);

    const undo = await endOf({ idempotencyKey: `end:${id}:v2`, endDate: null, expectedVersion: 2 });
    expect(undo).toMatchObject({ status: 200, body: { status: 'OPEN', version: 3 } });
  });

  it('answers two requests with one key at once with one placement', async () => {
    const before = await state();
    const request = place();
    const answers = await Promise.all([1, 2, 3].map(() => post(service.url, '/placements', request, asHub())));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.placementId)).size).toBe(1);
    const after = await state();
    expect([after.placements.length, after.keys]).toEqual([before.placements.length + 1, before.keys + 1]);
  });

  describePlacementTermsAndExtent({
    base: () => service.url,
    asHub,
    needs: { group: true, daysPerWeek: true, hoursPerWeek: false },
    group: { id: tur, offerId: bjornegard },
    async place() {
      const request = place({ endDate: null });
      const { body } = await post(service.url, '/placements', request, asHub());
      return { id: body.placementId!, startDate: request.startDate, version: body.version! };
    },
    field: 'daysPerWeek',
    values: [2, 4],
    outOfRange: 6,
    stored: async (id) => (await service.orm.em.fork().findOne(ActivityPlacement, { id }))?.daysPerWeek,
    state,
  });
});

describe('the placement protocol writes whole or not at all', () => {
  let running: RunningSubgraph;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase('day_services_protocol');
    // The day services' own handler, with an answer that cannot be stored (a BigInt has no JSON): the placement is
    // written, and then storing its key fails, as a crash between the two would.
    const failing: PlacementHandler = {
      ...dayServicesPlacements,
      async place(em, request) {
        const placed = await dayServicesPlacements.place(em, request);
        return { ...placed, version: BigInt(placed.version) as unknown as number };
      },
    };
    running = await startSubgraph(
      { ...dayServices.definition, placements: failing },
      {
        database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath },
        seedDemoData: true,
        app: dayServices.defaultSettings,
      },
    );
  });
  afterAll(async () => {
    await running?.stop();
    await database?.drop();
  });

  it('leaves neither the placement, nor its feed event, nor the key when storing the key fails', async () => {
    const before = await databaseState(running.orm);
    const answer = await post(running.url, '/placements', place());
    expect(answer.status).toBe(500);
    expect(code(answer)).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await databaseState(running.orm)).toEqual(before);
    expect(await running.orm.em.fork().count(PlacementRequestRecord, {})).toBe(0);
  });
});
