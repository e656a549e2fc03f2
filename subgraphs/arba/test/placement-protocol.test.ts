/**
 * The placement protocol (`veiinn-placement/1`) at Arba, with service trust on: the hub's placements through
 * `/placements` are Arba's own participations (the arena as the protocol's group, Bærum's places), refused with the
 * same rules as through the staff's mutation. The kit's side (idempotency, trust, statuses) is tested in full on
 * the day services (subgraphs/day-services/test/placement-protocol.test.ts).
 */
import { demoOfferId, demoPlacementId } from '@veiinn/demo-data';
import { PLACEMENT_PROTOCOL } from '@veiinn/kit';
import {
  createTestSigners,
  describePlacementTermsAndExtent,
  postPlacementProtocol,
  type TestSigners,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ArbaMunicipality } from '../src/common/enums';
import { ArbaParticipation } from '../src/participation/participation.entity';
import { startTestArba, stateOf, type TestArba } from './support';

const vta = demoOfferId('arba-vta');
const HUB = { sub: 'intake', roles: ['service'] };

describe('the placement protocol at Arba', () => {
  let arba: TestArba;
  let signers: TestSigners;
  beforeAll(async () => {
    signers = await createTestSigners('arba');
    arba = await startTestArba({ trust: signers.trust });
  });
  afterAll(() => arba.stop());

  const post = async (path: string, body: Record<string, unknown>) =>
    postPlacementProtocol(arba.origin, path, body, signers.headersFor(HUB));
  const place = (overrides: Record<string, unknown> = {}) => ({
    idempotencyKey: `test:${randomUUID()}`,
    participantId: randomUUID(),
    offerId: vta,
    groupId: 'isi',
    hoursPerWeek: 20,
    daysPerWeek: null,
    startDate: '2027-01-04',
    endDate: null,
    decisionId: null,
    ...overrides,
  });

  it('places a VTA participation at the arena, for Bærum, and answers a repeat with the same placement', async () => {
    const request = place();
    const created = await post('/placements', request);
    expect(created).toMatchObject({ status: 201, body: { protocol: PLACEMENT_PROTOCOL, status: 'CREATED' } });
    const stored = await arba.orm.em.fork().findOneOrFail(ArbaParticipation, { id: created.body.placementId! });
    expect(stored).toMatchObject({
      participantId: request.participantId,
      municipality: ArbaMunicipality.BAERUM,
      hoursPerWeek: 20,
    });
    expect(stored.arena.id).toBe('isi');
    const before = await stateOf(arba);
    expect(await post('/placements', request)).toMatchObject({ status: 200, body: created.body });
    expect(await stateOf(arba)).toEqual(before);
  });

  it('refuses what Arba refuses, by the protocol’s field names and statuses, and writes nothing', async () => {
    const before = await stateOf(arba);
    const existing = await arba.orm.em.fork().findOneOrFail(ArbaParticipation, { id: demoPlacementId('arba-30') });
    const placed = await post('/placements', place({ participantId: existing.participantId }));
    expect([placed.status, placed.error]).toEqual([409, expect.objectContaining({ rule: 'ALREADY_PLACED' })]);
    const arena = await post('/placements', place({ groupId: 'nowhere', hoursPerWeek: null }));
    expect(arena.status).toBe(400);
    expect((arena.error!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'groupId',
      'hoursPerWeek',
    ]);
    const ending = await post('/placements', place({ endDate: '2027-12-31' }));
    expect([ending.status, (ending.error!.fields as { field: string }[])[0]!.field]).toEqual([400, 'endDate']);
    expect(await stateOf(arba)).toEqual(before);
  });

  it('ends a VTA participation and takes the end back', async () => {
    const { body } = await post('/placements', place());
    const id = body.placementId!;
    const ended = await post(`/placements/${id}/end`, {
      idempotencyKey: `end:${id}:1`,
      endDate: '2027-06-30',
      expectedVersion: 1,
    });
    expect(ended).toMatchObject({ status: 200, body: { status: 'ENDED', version: 2 } });
    const again = await post(`/placements/${id}/end`, { idempotencyKey: `end:${id}:2`, endDate: '2027-05-31' });
    expect([again.status, again.error?.rule]).toEqual([409, 'ALREADY_ENDED']);
    const undone = await post(`/placements/${id}/end`, { idempotencyKey: `end:${id}:3`, endDate: null });
    expect(undone).toMatchObject({ status: 200, body: { status: 'OPEN', version: 3 } });
  });

  describePlacementTermsAndExtent({
    base: () => arba.origin,
    asHub: () => signers.headersFor(HUB),
    needs: { group: true, daysPerWeek: false, hoursPerWeek: true },
    group: { id: 'isi', offerId: null },
    async place() {
      const request = place();
      const { body } = await post('/placements', request);
      return { id: body.placementId!, startDate: request.startDate, version: body.version! };
    },
    field: 'hoursPerWeek',
    values: [20, 30],
    outOfRange: 40,
    stored: async (id) => (await arba.orm.em.fork().findOne(ArbaParticipation, { id }))?.hoursPerWeek,
    state: () => stateOf(arba),
  });
});
