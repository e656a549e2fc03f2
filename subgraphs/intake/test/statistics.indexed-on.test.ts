import { graphqlData } from '@veiinn/testing';
import { Placement } from '../src/network/placement/placement.entity';
import { applyFeedEvents } from '../src/network/feed/apply';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { OFFERS, TODAY } from './statistics.scenario';
import { startTestIntake, type TestIntake } from './support';

/**
 * A placement the feed brings records the hub's day it was first indexed (`Placement.indexedOn`), and keeps it when
 * a later version arrives: statistics of a past day count only what the hub knew then, so an October figure asked
 * for in December is the one October's dashboard showed.
 */
const UPCOMING = `{ capacityStatistics(period: { from: "2026-10-01", to: "2026-11-30" }, groupBy: TOTAL) {
  totals { period { label } upcoming { value } } } }`;

describe('placements record the day they were first indexed', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ today: TODAY });
    await intake.orm.em.fork().nativeDelete(Placement, {});
  });
  afterAll(() => intake.stop());

  const event = (version: number, startDate: string) => ({
    sequence: version,
    type: 'placement',
    id: 'arba-placement-indexed-1',
    version,
    occurredAt: new Date().toISOString(),
    data: {
      participantId: 'participant-indexed-1',
      offerId: OFFERS.arbaVta,
      startDate,
      endDate: null,
      hoursPerWeek: null,
      daysPerWeek: null,
    },
  });
  const apply = (version: number, startDate: string, day: string) =>
    intake.orm.em.fork().transactional(async (tx) => {
      await applyFeedEvents(tx, await tx.findOneOrFail(Provider, { id: 'arba' }), [event(version, startDate)], day);
    });

  it('counts a placement from the day the feed brought it', async () => {
    await apply(1, '2026-12-14', '2026-11-05');
    await apply(2, '2026-12-15', '2026-11-20'); // a later version: still first indexed on 5 November
    const placement = await intake.orm.em.fork().findOneOrFail(Placement, { id: 'arba-placement-indexed-1' });
    expect(placement).toMatchObject({ indexedOn: '2026-11-05', startDate: '2026-12-15' });
    const { capacityStatistics } = await graphqlData<{ capacityStatistics: { totals: unknown[] } }>(
      intake.url,
      UPCOMING,
    );
    expect(capacityStatistics.totals).toEqual([
      { period: { label: '2026-10' }, upcoming: { value: 0 } },
      { period: { label: '2026-11' }, upcoming: { value: 1 } },
    ]);
  });
});
