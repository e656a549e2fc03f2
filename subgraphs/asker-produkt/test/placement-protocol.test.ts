/**
 * The placement protocol (`veiinn-placement/1`) at Asker Produkt, with service trust on: the hub's placements through
 * `/placements`, the VTA department as the protocol's group, places counted in hours. The kit's side (idempotency,
 * trust, statuses) is tested in full on the day services.
 */
import { demoOfferId, demoPlacementId } from '@veiinn/demo-data';
import { PLACEMENT_PROTOCOL } from '@veiinn/kit';
import { createTestSigners, postPlacementProtocol, type TestSigners } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { AskerProduktAftPeriod } from '../src/aft/aft-period.entity';
import { AskerProduktPlacement } from '../src/placement/placement.entity';
import { askerProduktChangeExtent, askerProduktGroups, askerProduktTerms } from '../src/placement/placement.protocol';
import { startTestAskerProdukt, type TestAskerProdukt } from './support';

const [vta, aft] = [demoOfferId('asker-vta'), demoOfferId('asker-aft')];
const HUB = { sub: 'intake', roles: ['service'] };

describe('the placement protocol at Asker Produkt', () => {
  let asker: TestAskerProdukt;
  let signers: TestSigners;
  beforeAll(async () => {
    signers = await createTestSigners('asker-produkt');
    asker = await startTestAskerProdukt({ trust: signers.trust });
  });
  afterAll(() => asker.stop());

  const post = (path: string, body: Record<string, unknown>) =>
    postPlacementProtocol(asker.origin, path, body, signers.headersFor(HUB));
  const place = (overrides: Record<string, unknown> = {}) => ({
    idempotencyKey: `test:${randomUUID()}`,
    participantId: randomUUID(),
    offerId: aft,
    groupId: null,
    hoursPerWeek: 37.5,
    daysPerWeek: null,
    startDate: '2027-01-04',
    endDate: null,
    decisionId: null,
    ...overrides,
  });
  const fieldsOf = (answer: { error?: Record<string, unknown> }) =>
    ((answer.error?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();

  it('places an AFT participant, training in house first, and answers a repeat with the same placement', async () => {
    const request = place();
    const before = await asker.feedCount();
    const created = await post('/placements', request);
    expect(created).toMatchObject({ status: 201, body: { protocol: PLACEMENT_PROTOCOL, status: 'CREATED' } });
    const em = asker.orm.em.fork();
    const stored = await em.findOneOrFail(AskerProduktPlacement, { id: created.body.placementId! });
    expect(stored).toMatchObject({ participantId: request.participantId, measure: 'AFT', department: null });
    const periods = await em.find(AskerProduktAftPeriod, { placement: stored.id });
    expect(periods.map((p) => [p.startDate, p.workTraining, p.endDate])).toEqual([['2027-01-04', 'INTERNAL', null]]);
    expect(await post('/placements', request)).toMatchObject({ status: 200, body: created.body });
    expect(await asker.feedCount()).toBe(before + 1);
  });

  it('refuses a full VTA, a department of another offer, and missing hours, and writes nothing', async () => {
    const before = await asker.feedCount();
    const full = await post('/placements', place({ offerId: vta, groupId: 'transport' }));
    expect([full.status, full.error?.code, full.error?.rule]).toEqual([409, 'FAILED_PRECONDITION', 'NO_FREE_PLACE']);
    const wrong = await post('/placements', place({ groupId: 'transport', hoursPerWeek: null }));
    expect([wrong.status, fieldsOf(wrong)]).toEqual([400, ['groupId', 'hoursPerWeek']]);
    const unknown = await post('/placements', place({ offerId: randomUUID(), participantId: 'nobody' }));
    expect([unknown.status, fieldsOf(unknown)]).toEqual([400, ['offerId', 'participantId']]);
    expect(await asker.feedCount()).toBe(before);
  });

  it('frees a VTA place when a placement ends, places in a department, and takes an end back', async () => {
    const leaving = demoPlacementId('asker-v10');
    const ended = await post(`/placements/${leaving}/end`, {
      idempotencyKey: `end:${leaving}`,
      endDate: '2026-12-31',
      expectedVersion: 1,
    });
    expect(ended).toMatchObject({ status: 200, body: { status: 'ENDED', version: 2 } });
    const placed = await post('/placements', place({ offerId: vta, groupId: 'kantiner' }));
    expect(placed.status).toBe(201);
    const stored = await asker.orm.em.fork().findOneOrFail(AskerProduktPlacement, { id: placed.body.placementId! });
    expect(stored.department?.id).toBe('kantiner');
    // Taking the end back would need the place just given away.
    const undo = await post(`/placements/${leaving}/end`, { idempotencyKey: `undo:${leaving}`, endDate: null });
    expect([undo.status, undo.error?.rule]).toEqual([409, 'NO_FREE_PLACE']);
    const stale = await post(`/placements/${leaving}/end`, {
      idempotencyKey: `stale:${leaving}`,
      endDate: '2026-12-30',
      expectedVersion: 1,
    });
    expect([stale.status, stale.error?.code]).toEqual([409, 'CONFLICT']);
  });

  it('ends an AFT placement with its last period, and takes the end back', async () => {
    const { body } = await post('/placements', place({ startDate: '2027-02-01' }));
    const id = body.placementId!;
    const end = await post(`/placements/${id}/end`, { idempotencyKey: `end:${id}`, endDate: '2027-06-30' });
    expect(end).toMatchObject({ status: 200, body: { status: 'ENDED' } });
    const periodEnd = async () =>
      (await asker.orm.em.fork().findOneOrFail(AskerProduktAftPeriod, { placement: id })).endDate;
    expect(await periodEnd()).toBe('2027-06-30');
    const undone = await post(`/placements/${id}/end`, { idempotencyKey: `undo:${id}`, endDate: null });
    expect(undone).toMatchObject({ status: 200, body: { status: 'OPEN' } });
    expect(await periodEnd()).toBeNull();
  });

  // Not yet routes of the kit's protocol: called as the kit will call them, inside a transaction.
  it('has the terms, the departments as groups, and changes the hours of a placement', async () => {
    expect(askerProduktTerms.needs).toEqual({ group: false, daysPerWeek: false, hoursPerWeek: true });
    const groups = await askerProduktGroups(asker.orm.em.fork());
    expect(groups).toHaveLength(5);
    expect(groups.every((g) => g.offerId === vta)).toBe(true);
    const change = (key: string, hoursPerWeek: number | null, expectedVersion: number | null) =>
      asker.orm.em
        .fork()
        .transactional((tx) =>
          askerProduktChangeExtent(tx, demoPlacementId(key), { hoursPerWeek, from: '2027-01-01', expectedVersion }),
        );
    // VTA is full: a half-time place cannot grow, a full-time one can shrink.
    await expect(change('asker-v01', 37.5, 1)).rejects.toMatchObject({ extensions: { rule: 'NO_FREE_PLACE' } });
    await expect(change('asker-v03', 30, 1)).resolves.toMatchObject({ version: 2 });
    await expect(change('asker-v03', 20, 1)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(change('asker-v03', 0, 2)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await expect(change('nobody', 20, null)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});
