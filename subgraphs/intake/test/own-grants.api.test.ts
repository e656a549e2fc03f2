import { demoOfferId, demoParticipantId } from '@veiinn/demo-data';
import type { Caller } from '@veiinn/kit';
import { Decision } from '../src/casework/decision/decision.entity';
import { DecisionAuthority } from '../src/catalogue';
import { DecisionOutcome } from '../src/casework/decision/decision.enums';
import { Placement } from '../src/network/placement/placement.entity';
import { startTrustedTestIntake, type TrustedTestIntake } from './support';

/**
 * The places a provider is to start (`ownGrantsToStart`): granted in its own offers, with no placement yet. Its staff
 * see their own provider's only; nobody else gets any.
 */
const TODAY = '2026-11-23';
const id = demoParticipantId;
const arbaStaff: Caller = { sub: 'arba-staff', roles: ['provider-staff'], providerId: 'arba' };
const bkdStaff: Caller = { sub: 'bkd-staff', roles: ['provider-staff'], providerId: 'baerum-kommunale-dagtilbud' };
const QUERY = `{ ownGrantsToStart { id startDate hoursPerWeek participant { id fullName } offer { id } } }`;
type Answer = { ownGrantsToStart: { id: string; participant: { id: string }; offer: { id: string } }[] };

describe('the places a provider is to start', () => {
  let intake: TrustedTestIntake;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    intake = await startTrustedTestIntake({ today: TODAY });
    // Who applied for Arba's and the day services' offers is in their staff's scope.
    for (const [participant, offer] of [
      ['p47', 'arba-aft'],
      ['p48', 'arba-vta'],
      ['p30', 'arba-vta'],
      ['p46', 'arba-aft'],
      ['p45', 'bjornegard'],
    ]) {
      const created = await intake.as({ sub: 'cw', roles: ['case-worker'] })(
        'mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
        { input: { participantId: id(participant), offerIds: [demoOfferId(offer)] } },
      );
      expect(created.errors).toBeUndefined();
    }
    await intake.orm.em.fork().transactional(async (tx) => {
      const grant = (
        key: string,
        participant: string,
        offer: string,
        start: string,
        placementId: string | null = null,
      ) => {
        const decision = tx.create(Decision, {
          participant: id(participant),
          decidedBy: DecisionAuthority.NAV,
          outcome: DecisionOutcome.GRANTED,
          offer: demoOfferId(offer),
          startDate: start,
          hoursPerWeek: 30,
          decidedOn: '2026-11-02',
          placementId,
        } as never) as Decision;
        ids[key] = decision.id;
      };
      grant('new', 'p47', 'arba-aft', '2026-12-07');
      grant('earlier', 'p48', 'arba-vta', '2026-12-01');
      // Linked to its placement already; and one whose participant has a running place in the offer (the feed's).
      grant('linked', 'p46', 'arba-aft', '2026-09-07', 'pl-arba-p46');
      grant('running', 'p30', 'arba-vta', '2016-02-01');
      grant('other provider', 'p45', 'bjornegard', '2026-12-01');
      tx.create(Placement, {
        id: 'pl-arba-p30',
        providerId: 'arba',
        offerId: demoOfferId('arba-vta'),
        participantId: id('p30'),
        startDate: '2016-02-01',
        endDate: null,
        hoursPerWeek: 30,
        daysPerWeek: null,
        feedVersion: 1,
        updatedAt: new Date(),
      });
    });
  });
  afterAll(() => intake.stop());

  it("lists the grants in the provider's own offers that have no placement, by start date", async () => {
    const result = await intake.as(arbaStaff)<Answer>(QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data!.ownGrantsToStart.map((d) => d.id)).toEqual([ids.earlier, ids.new]);
    expect(result.data!.ownGrantsToStart[0]).toMatchObject({
      participant: { id: id('p48') },
      offer: { id: demoOfferId('arba-vta') },
    });
    const bkd = await intake.as(bkdStaff)<Answer>(QUERY);
    expect(bkd.data!.ownGrantsToStart.map((d) => d.id)).toEqual([ids['other provider']]);
  });

  it.each([
    ['the case worker', { sub: 'cw', roles: ['case-worker'] }],
    ["NAV's staff", { sub: 'nav', roles: ['nav-staff'] }],
    ['an applicant', { sub: 'a', roles: ['applicant'], participantIds: [id('p47')] }],
  ] as [string, Caller][])('gives %s none', async (_who, caller) => {
    const result = await intake.as(caller)<Answer>(QUERY);
    if (result.data) expect(result.data.ownGrantsToStart).toEqual([]);
    else expect(result.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});
