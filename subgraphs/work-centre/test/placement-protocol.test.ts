/**
 * The placement protocol (`veiinn-placement/1`) at the work centre, with service trust on: the hub's placements
 * through `/placements` are the work centre's own, refused with its rules (a full group, a missing group or hours).
 * The kit's side (idempotency, trust, statuses) is tested in full on the day services.
 */
import { demoOfferId } from '@veiinn/demo-data';
import {
  createTestSigners,
  describePlacementTermsAndExtent,
  postPlacementProtocol,
  type TestSigners,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { WorkPlacement } from '../src/placement/placement.entity';
import { seedGroupId } from '../src/seed/seed';
import { startTestWorkCentre, type TestWorkCentre } from './support';

const HUB = { sub: 'intake', roles: ['service'] };

describe('the placement protocol at the work centre', () => {
  let workCentre: TestWorkCentre;
  let signers: TestSigners;
  beforeAll(async () => {
    signers = await createTestSigners('work-centre');
    workCentre = await startTestWorkCentre({ trust: signers.trust });
  });
  afterAll(() => workCentre.stop());

  const post = async (path: string, body: Record<string, unknown>) =>
    postPlacementProtocol(workCentre.baseUrl, path, body, signers.headersFor(HUB));
  const place = (overrides: Record<string, unknown> = {}) => ({
    idempotencyKey: `test:${randomUUID()}`,
    participantId: randomUUID(),
    offerId: demoOfferId('ba-kort'),
    groupId: seedGroupId('ba-kort'),
    hoursPerWeek: 20,
    daysPerWeek: null,
    startDate: '2026-12-01',
    endDate: null,
    decisionId: randomUUID(),
    ...overrides,
  });

  it('places in a work group with the hours asked, and ends the placement', async () => {
    const created = await post('/placements', place());
    expect(created.status).toBe(201);
    const id = created.body.placementId!;
    const stored = await workCentre.orm.em.fork().findOneOrFail(WorkPlacement, { id });
    expect(stored).toMatchObject({ hoursPerWeek: 20, startDate: '2026-12-01', endDate: null });
    const ended = await post(`/placements/${id}/end`, { idempotencyKey: `end:${id}`, endDate: '2027-06-30' });
    expect(ended).toMatchObject({ status: 200, body: { status: 'ENDED' } });
  });

  it('refuses a full group (409 GROUP_FULL) and a placement without group or hours (400), writing nothing', async () => {
    const before = await workCentre.counts();
    const full = await post(
      '/placements',
      place({ offerId: demoOfferId('ba-gront'), groupId: seedGroupId('ba-gront') }),
    );
    expect([full.status, full.error]).toEqual([
      409,
      expect.objectContaining({ code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL', capacity: 5 }),
    ]);
    const missing = await post('/placements', place({ groupId: null, hoursPerWeek: null }));
    expect(missing.status).toBe(400);
    expect((missing.error!.fields as { field: string }[]).map((f) => f.field)).toEqual(['groupId', 'hoursPerWeek']);
    expect(await workCentre.counts()).toEqual(before);
  });

  describePlacementTermsAndExtent({
    base: () => workCentre.baseUrl,
    asHub: () => signers.headersFor(HUB),
    needs: { group: true, daysPerWeek: false, hoursPerWeek: true },
    group: { id: seedGroupId('ba-kort'), offerId: demoOfferId('ba-kort') },
    async place() {
      const request = place({ startDate: '2027-02-01' });
      const { body } = await post('/placements', request);
      return { id: body.placementId!, startDate: request.startDate, version: body.version! };
    },
    field: 'hoursPerWeek',
    values: [20, 12.5],
    outOfRange: 31,
    stored: async (id) => (await workCentre.orm.em.fork().findOne(WorkPlacement, { id }))?.hoursPerWeek,
    state: () => workCentre.counts(),
  });
});
