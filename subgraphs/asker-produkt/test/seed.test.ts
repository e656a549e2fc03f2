/**
 * The seed gives Asker Produkt's published figures for 2022 (src/seed/figures.ts), counted from the database rows
 * as a report would count them, on the dialect under test.
 */
import { demoOfferId } from '@veiinn/demo-data';
import { periodCovers } from '@veiinn/kit';
import { AskerProduktAftOutcome, AskerProduktAftPeriod } from '../src/aft/aft-period.entity';
import { AskerProduktGoal, AskerProduktGoalEvaluation } from '../src/goal/goal.entity';
import { AskerProduktMeasure, AskerProduktOffer } from '../src/offer/offer.entity';
import { AskerProduktPlacement } from '../src/placement/placement.entity';
import { FULL_TIME_HOURS } from '../src/placement/placement.service';
import { SEED_DAY } from '../src/seed/figures';
import { startTestAskerProdukt, type TestAskerProdukt } from './support';

describe("Asker Produkt's seed", () => {
  let asker: TestAskerProdukt;
  let placements: AskerProduktPlacement[];
  beforeAll(async () => {
    asker = await startTestAskerProdukt();
    placements = await asker.orm.em.fork().find(AskerProduktPlacement, {}, { populate: ['department'] });
  });
  afterAll(() => asker.stop());

  const inVta = () =>
    placements.filter((p) => p.measure === AskerProduktMeasure.VTA && periodCovers(p.startDate, p.endDate, SEED_DAY));
  const year2022 = (day: string | null) => day !== null && day.startsWith('2022-');

  it("has the hub's offers, with VTA's 41 and AFT's 12 places", async () => {
    const offers = await asker.orm.em.fork().find(AskerProduktOffer, {}, { orderBy: { places: 'desc' } });
    expect(offers.map((o) => [o.id, o.measure, o.places])).toEqual([
      [demoOfferId('asker-vta'), 'VTA', 41],
      [demoOfferId('asker-aft'), 'AFT', 12],
    ]);
  });

  it('has 42 people in VTA on 31.12.2022, sharing the 41 places; 8 hired and 6 left in 2022', () => {
    const vta = inVta();
    expect(new Set(vta.map((p) => p.participantId)).size).toBe(42);
    expect(vta.reduce((sum, p) => sum + p.hoursPerWeek, 0) / FULL_TIME_HOURS).toBe(41);
    expect(vta.filter((p) => year2022(p.startDate))).toHaveLength(8);
    const all = placements.filter((p) => p.measure === AskerProduktMeasure.VTA);
    expect(all.filter((p) => year2022(p.endDate))).toHaveLength(6);
  });

  it('has 19/9/5/4/2 in the departments and 3 with no department recorded (the source’s "sum 42")', () => {
    const count = new Map<string | null, number>();
    for (const p of inVta()) {
      const key = p.department?.unwrap().id ?? null;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(count)).toEqual({
      'skilt-og-tre': 19,
      'mat-og-hovedkjokken': 9,
      kantiner: 5,
      'renhold-og-vaskeri': 4,
      transport: 2,
      null: 3,
    });
  });

  it('has AFT within its 12 places, and 64 % of those who ended in 2022 moved on to work or education', async () => {
    const aft = placements.filter((p) => p.measure === AskerProduktMeasure.AFT);
    const running = aft.filter((p) => periodCovers(p.startDate, p.endDate, SEED_DAY));
    expect(running.length).toBeLessThanOrEqual(12);
    const periods = await asker.orm.em.fork().find(AskerProduktAftPeriod, { outcome: { $ne: null } });
    const ended = aft.filter((p) => year2022(p.endDate));
    expect(periods).toHaveLength(ended.length);
    const movedOn = periods.filter((p) => p.outcome !== AskerProduktAftOutcome.OTHER).length;
    expect(Math.round((100 * movedOn) / ended.length)).toBe(64);
  });

  it('has 81.5 % of goals reached at their last evaluation of 2022, each evaluated twice', async () => {
    const em = asker.orm.em.fork();
    const goals = await em.find(AskerProduktGoal, {});
    const evaluations = await em.find(AskerProduktGoalEvaluation, {}, { orderBy: { date: 'asc' } });
    const last = new Map(evaluations.map((e) => [e.goal.id, e]));
    expect(evaluations).toHaveLength(2 * goals.length);
    const reached = goals.filter((g) => last.get(g.id)?.reached).length;
    expect(Math.round((1000 * reached) / goals.length) / 10).toBe(81.5);
  });
});
