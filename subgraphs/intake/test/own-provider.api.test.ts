import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import type { Caller } from '@veiinn/kit';
import { Placement } from '../src/network/placement/placement.entity';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * The provider workspace's own view (`ownProvider`, `ownPlacements`): a provider's staff see their own provider and
 * its placements only, with the participant; anyone else gets nothing from the hub (and FORBIDDEN at the gateway).
 */
const TODAY = '2026-11-23';
const id = demoParticipantId;
const BA = 'baerum-arbeidssenter';

const arbaStaff: Caller = { sub: 'arba-staff', roles: ['provider-staff'], providerId: 'arba' };
const baStaff: Caller = { sub: 'ba-staff', roles: ['provider-staff'], providerId: BA };
const OWN = `query ($status: [PlacementStatus!], $participantId: ID) {
  ownProvider { id name }
  ownPlacements(status: $status, participantId: $participantId) { id status startDate participant { id fullName } }
}`;
type Own = {
  ownProvider: { id: string; name: string } | null;
  ownPlacements: { id: string; status: string; participant: { id: string; fullName: string } | null }[];
};

describe("a provider's own provider and placements", () => {
  let intake: TrustedTestIntake;
  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: TODAY });
    await intake.orm.em.fork().transactional(async (tx) => {
      const placement = (key: string, participant: string, providerId: string, offer: string, start: string) =>
        tx.create(Placement, {
          id: key,
          providerId,
          offerId: demoOfferId(offer),
          participantId: id(participant),
          startDate: start,
          endDate: null,
          hoursPerWeek: 30,
          daysPerWeek: null,
          feedVersion: 1,
          updatedAt: new Date(),
        });
      placement('pl-arba-p30', 'p30', 'arba', 'arba-vta', '2016-02-01');
      placement('pl-arba-p41', 'p41', 'arba', 'arba-aft', '2026-01-05').endDate = '2026-06-30';
      placement('pl-arba-p46', 'p46', 'arba', 'arba-aft', '2027-01-04');
      placement('pl-ba-p16', 'p16', BA, 'ba-gront', '2016-08-15');
    });
  });
  afterAll(() => intake.stop());

  async function own(caller: Caller, variables: Record<string, unknown> = {}) {
    const result = await intake.as(caller)<Own>(OWN, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  it("gives provider staff their own provider and every placement there, and nobody else's", async () => {
    const arba = await own(arbaStaff);
    expect(arba.ownProvider?.id).toBe('arba');
    expect(arba.ownPlacements.map((p) => [p.id, p.status, p.participant?.id])).toEqual([
      ['pl-arba-p30', 'ACTIVE', id('p30')],
      ['pl-arba-p41', 'ENDED', id('p41')],
      ['pl-arba-p46', 'PLANNED', id('p46')],
    ]);
    expect(arba.ownPlacements[0].participant?.fullName).toEqual(expect.any(String));
    const ba = await own(baStaff);
    expect(ba.ownProvider?.id).toBe(BA);
    expect(ba.ownPlacements.map((p) => p.id)).toEqual(['pl-ba-p16']);
  });

  it('narrows by status and by participant', async () => {
    const current = await own(arbaStaff, { status: ['ACTIVE', 'PLANNED'] });
    expect(current.ownPlacements.map((p) => p.id)).toEqual(['pl-arba-p30', 'pl-arba-p46']);
    const one = await own(arbaStaff, { participantId: id('p41') });
    expect(one.ownPlacements.map((p) => p.id)).toEqual(['pl-arba-p41']);
    const another = await own(arbaStaff, { participantId: id('p16') });
    expect(another.ownPlacements).toEqual([]);
    expect((await own(arbaStaff, { participantId: 'not-a-uuid' })).ownPlacements).toEqual([]);
  });

  it.each([
    ['the case worker', { sub: 'cw', roles: ['case-worker'] }],
    ["NAV's staff", { sub: 'nav', roles: ['nav-staff'] }],
    ['an applicant', { sub: 'a', roles: ['applicant'], participantIds: [id('p30')] }],
    ['the analyst', { sub: 'an', roles: ['analyst'] }],
  ] as [string, Caller][])('gives %s no provider and no placements', async (_who, caller) => {
    const result = await intake.as(caller)<Own>(OWN);
    const data = result.data;
    // The gateway refuses these fields to them (FORBIDDEN); the hub itself has nothing for them either.
    if (data) {
      expect(data.ownProvider).toBeNull();
      expect(data.ownPlacements).toEqual([]);
    } else {
      expect(result.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    }
  });

  it('reads the placements in constant statements, however many there are', async () => {
    intake.sql.reset();
    await own(arbaStaff);
    const few = intake.sql.count;
    await intake.orm.em.fork().transactional(async (tx) => {
      for (let i = 0; i < 5; i++)
        tx.create(Placement, {
          id: `pl-arba-extra-${i}`,
          providerId: 'arba',
          offerId: demoOfferId('arba-vta'),
          participantId: id(`p3${i}`),
          startDate: '2020-01-01',
          endDate: null,
          hoursPerWeek: 30,
          daysPerWeek: null,
          feedVersion: 1,
          updatedAt: new Date(),
        });
    });
    intake.sql.reset();
    await own(arbaStaff);
    expect(intake.sql.count).toBe(few);
  });
});
