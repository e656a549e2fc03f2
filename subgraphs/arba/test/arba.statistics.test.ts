import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '@veiinn/kit';
import {
  createTestSigners,
  differencingAttack,
  graphqlRequest,
  type GraphQLResponse,
  type KnownRelation,
  type TestSigners,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ArbaMeasure } from '../src/common/enums';
import { VtaGoal, VtaGoalEvaluation, VtaGoalResult } from '../src/goal/goal.entity';
import { ArbaAftOutcome, ArbaParticipation } from '../src/participation/participation.entity';
import { startTestArba, TEST_TODAY, type TestArba } from './support';

/**
 * Arba's figures (issue 18) against a seeded history: AFT outcomes by month against NAV's requirement (25 ended, 16
 * into work or education: 64 %), VTA goals set and reached by year; exact for the case worker, small counts hidden
 * from the analyst, the public, NAV's and Arba's own staff so that the differencing attack finds nothing; bad
 * periods refused; statements constant in the number of rows.
 */
const CASE_WORKER: Caller = { sub: 'test-case-worker', roles: ['case-worker'] };
const ANALYST: Caller = { sub: 'test-analyst', roles: ['analyst'] };
const PUBLIC: Caller = { sub: 'anonymous', roles: ['public'] };
const NAV_STAFF: Caller = { sub: 'test-nav', roles: ['nav-staff'] };
const ARBA_STAFF: Caller = { sub: 'test-arba', roles: ['provider-staff'], providerId: 'arba' };

const COUNT = '{ value suppressed }';
const SHARE = `{ part ${COUNT} whole ${COUNT} share suppressed }`;
const AFT = `query Aft($period: StatisticsPeriodInput!) {
  arbaAftOutcomeStatistics(period: $period) {
    period { label start end asOf }
    ended ${COUNT} work ${COUNT} education ${COUNT} other ${COUNT}
    intoWorkOrEducation ${SHARE} requirement meetsRequirement medianMonthsInAft
  }
}`;
const GOALS = `query Goals($period: StatisticsPeriodInput!) {
  arbaVtaGoalStatistics(period: $period) { period { label asOf } goalsSet ${COUNT} goalsReached ${COUNT} reached ${SHARE} }
}`;
const MONTHS_2026 = { from: '2026-01-01', to: '2026-12-31', interval: 'MONTH' };
const YEARS = { from: '2025-01-01', to: '2026-12-31', interval: 'YEAR' };

type Count = { value: number | null; suppressed: boolean };
type Share = { part: Count; whole: Count; share: number | null; suppressed: boolean };
type AftRow = {
  period: { label: string; start: string; end: string; asOf: string };
  ended: Count;
  work: Count;
  education: Count;
  other: Count;
  intoWorkOrEducation: Share;
  requirement: number;
  meetsRequirement: boolean | null;
  medianMonthsInAft: number | null;
};
type GoalRow = { period: { label: string; asOf: string }; goalsSet: Count; goalsReached: Count; reached: Share };

describe('Arba statistics', () => {
  let arba: TestArba;
  let signers: TestSigners;
  let aft: ArbaParticipation;
  let vta: ArbaParticipation;

  /** `n` AFT participations from `start` to `end` with `outcome`. */
  function addAft(em: EntityManager, n: number, start: string, end: string, outcome: ArbaAftOutcome) {
    for (let i = 0; i < n; i++) {
      em.create(ArbaParticipation, {
        id: randomUUID(),
        participantId: randomUUID(),
        offer: aft.offer,
        arena: aft.arena,
        measure: ArbaMeasure.AFT,
        hoursPerWeek: 30,
        startDate: start,
        endDate: end,
        outcome,
      } as never);
    }
  }
  /** `n` VTA goals set on `setOn`, each evaluated on `on` as `result` (not evaluated when `on` is null). */
  function addGoals(em: EntityManager, n: number, setOn: string, on: string | null, result = VtaGoalResult.REACHED) {
    for (let i = 0; i < n; i++) {
      const goal = em.create(VtaGoal, { id: randomUUID(), participation: vta, description: 'Synthetic goal', setOn });
      if (on) em.create(VtaGoalEvaluation, { id: randomUUID(), goal, date: on, result, note: null });
    }
  }

  beforeAll(async () => {
    signers = await createTestSigners('arba');
    arba = await startTestArba({ trust: signers.trust });
    const em = arba.orm.em.fork();
    aft = (await em.find(ArbaParticipation, { measure: ArbaMeasure.AFT }, { limit: 1 }))[0];
    vta = (await em.find(ArbaParticipation, { measure: ArbaMeasure.VTA }, { limit: 1 }))[0];
    // March 2026: 25 ended after a year, 10 to work, 6 to education, 9 elsewhere: 64 % into work or education.
    addAft(em, 10, '2025-03-16', '2026-03-16', ArbaAftOutcome.WORK);
    addAft(em, 6, '2025-03-16', '2026-03-16', ArbaAftOutcome.EDUCATION);
    addAft(em, 9, '2025-03-16', '2026-03-16', ArbaAftOutcome.OTHER);
    // June: 3 ended (a share of 3 is not given). September: 12, of whom 4 to work and 1 to education.
    addAft(em, 2, '2025-06-01', '2026-06-10', ArbaAftOutcome.WORK);
    addAft(em, 1, '2025-06-01', '2026-06-10', ArbaAftOutcome.OTHER);
    addAft(em, 4, '2025-09-01', '2026-09-10', ArbaAftOutcome.WORK);
    addAft(em, 1, '2025-09-01', '2026-09-10', ArbaAftOutcome.EDUCATION);
    addAft(em, 7, '2025-09-01', '2026-09-10', ArbaAftOutcome.OTHER);
    // November: one ended on the 20th; one ends on the 28th, after today, and has not ended yet.
    addAft(em, 1, '2025-11-01', '2026-11-20', ArbaAftOutcome.OTHER);
    addAft(em, 1, '2025-11-01', '2026-11-28', ArbaAftOutcome.WORK);
    // Goals: 2025, 8 set and 6 reached; 2026, 10 set, 5 reached, 3 partly, 2 reached only after today.
    addGoals(em, 6, '2025-03-01', '2025-09-01');
    addGoals(em, 2, '2025-03-01', '2025-09-01', VtaGoalResult.NOT_REACHED);
    addGoals(em, 5, '2026-02-01', '2026-08-01');
    addGoals(em, 3, '2026-02-01', '2026-08-01', VtaGoalResult.PARTLY);
    addGoals(em, 2, '2026-02-01', '2026-12-01');
    await em.flush();
  });
  afterAll(() => arba?.stop());

  async function as<T>(who: Caller, query: string, period: object): Promise<GraphQLResponse<T>> {
    return graphqlRequest<T>(arba.url, query, { period }, await signers.headersFor(who));
  }
  async function data<T>(who: Caller, query: string, period: object): Promise<T> {
    const result = await as<T>(who, query, period);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  it('counts AFT outcomes by month against the requirement, for the case worker', async () => {
    const { arbaAftOutcomeStatistics: rows } = await data<{ arbaAftOutcomeStatistics: AftRow[] }>(
      CASE_WORKER,
      AFT,
      MONTHS_2026,
    );
    // January to November: December has not begun.
    expect(rows.map((r) => r.period.label)).toEqual(
      [...Array(11)].map((_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    expect(rows[10].period.asOf).toBe(TEST_TODAY);
    const march = rows[2];
    expect([march.ended, march.work, march.education, march.other].map((c) => c.value)).toEqual([25, 10, 6, 9]);
    expect(march.intoWorkOrEducation).toMatchObject({ part: { value: 16 }, whole: { value: 25 }, share: 0.64 });
    expect(march).toMatchObject({ requirement: 0.5, meetsRequirement: true, medianMonthsInAft: 12 });
    expect(rows[5].intoWorkOrEducation).toMatchObject({ whole: { value: 3 }, share: null, suppressed: true });
    expect(rows[5].meetsRequirement).toBeNull();
    expect(rows[8]).toMatchObject({ meetsRequirement: false, intoWorkOrEducation: { share: 0.4167 } });
    // The participation that ends after today is not counted in November.
    expect(rows[10].ended.value).toBe(1);
  });

  it('counts VTA goals set and reached by year, for the case worker', async () => {
    const { arbaVtaGoalStatistics: rows } = await data<{ arbaVtaGoalStatistics: GoalRow[] }>(CASE_WORKER, GOALS, YEARS);
    const seeded = await arba.orm.em.fork().count(VtaGoal, { setOn: { $gte: '2025-01-01', $lte: '2025-12-31' } });
    const seeded2026 = await arba.orm.em.fork().count(VtaGoal, { setOn: { $gte: '2026-01-01', $lte: '2026-12-31' } });
    expect(rows.map((r) => [r.period.label, r.goalsSet.value, r.goalsReached.value])).toEqual([
      ['2025', seeded, 6],
      ['2026', seeded2026, 5],
    ]);
    expect([seeded, seeded2026]).toEqual([8 + 1, 10 + 2]); // the demo world's own goals: one in 2025, two in 2026
    expect(rows[1].reached.share).toBe(Math.round((5 / 12) * 10_000) / 10_000);
  });

  it.each([
    ['the analyst', ANALYST],
    ['the public', PUBLIC],
    ["NAV's staff", NAV_STAFF],
    ["Arba's own staff", ARBA_STAFF],
  ])('hides small counts from %s so that no hidden count can be worked out', async (_name, who) => {
    const { arbaAftOutcomeStatistics: rows } = await data<{ arbaAftOutcomeStatistics: AftRow[] }>(
      who,
      AFT,
      MONTHS_2026,
    );
    const cells = new Map<string, number | null>();
    const relations: KnownRelation[] = [];
    for (const r of rows) {
      const key = (name: string) => `${r.period.label}:${name}`;
      for (const name of ['ended', 'work', 'education', 'other'] as const) cells.set(key(name), r[name].value);
      cells.set(key('part'), r.intoWorkOrEducation.part.value);
      relations.push({
        terms: [
          { key: key('ended'), coef: -1 },
          { key: key('work'), coef: 1 },
          { key: key('education'), coef: 1 },
          { key: key('other'), coef: 1 },
        ],
      });
      relations.push({
        terms: [
          { key: key('part'), coef: -1 },
          { key: key('work'), coef: 1 },
          { key: key('education'), coef: 1 },
        ],
      });
    }
    const small = [...cells].filter(([, v]) => v !== null && v > 0 && v < 5);
    expect(small).toEqual([]);
    expect(differencingAttack(cells, relations)).toEqual(new Map());
    expect(rows[2].intoWorkOrEducation.share).toBe(0.64);
    expect(rows[5]).toMatchObject({ ended: { value: null, suppressed: true }, meetsRequirement: null });
    // September: work and education hidden, their sum (5 of 12) and the share given.
    expect(rows[8]).toMatchObject({ work: { suppressed: true }, education: { suppressed: true } });
    expect(rows[8].intoWorkOrEducation).toMatchObject({ part: { value: 5 }, share: 0.4167 });

    const { arbaVtaGoalStatistics: goals } = await data<{ arbaVtaGoalStatistics: GoalRow[] }>(who, GOALS, YEARS);
    // 2025: 9 set, 6 reached, so 3 not reached: a small count that `set − reached` would give. Reached is hidden.
    expect(goals[0]).toMatchObject({ goalsSet: { value: 9 }, goalsReached: { value: null }, reached: { share: null } });
    expect(goals[1]).toMatchObject({ goalsSet: { value: 12 }, goalsReached: { value: 5 } });
  });

  it('refuses a period that ends before it starts with a bilingual BAD_USER_INPUT', async () => {
    for (const document of [AFT, GOALS]) {
      const result = await as(PUBLIC, document, { from: '2026-06-01', to: '2026-01-01', interval: 'MONTH' });
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        messages: { nb: expect.stringContaining('før starten'), en: expect.stringContaining('before the start') },
      });
    }
  });

  it('reads with as many statements for 1 000 participations and goals as for 10', async () => {
    const period = { from: '2024-01-01', to: '2024-12-31', interval: 'MONTH' };
    const counted = async () => {
      arba.sql.reset();
      const [a, g] = await Promise.all([
        data<{ arbaAftOutcomeStatistics: AftRow[] }>(ANALYST, AFT, period),
        data<{ arbaVtaGoalStatistics: GoalRow[] }>(ANALYST, GOALS, period),
      ]);
      return {
        statements: arba.sql.count,
        ended: a.arbaAftOutcomeStatistics[4].ended.value,
        set: g.arbaVtaGoalStatistics[4].goalsSet.value,
      };
    };
    const em = arba.orm.em.fork();
    addAft(em, 10, '2023-05-01', '2024-05-02', ArbaAftOutcome.WORK);
    addGoals(em, 10, '2024-05-01', '2024-06-01');
    await em.flush();
    const few = await counted();
    addAft(em, 990, '2023-05-01', '2024-05-03', ArbaAftOutcome.EDUCATION);
    addGoals(em, 990, '2024-05-02', '2024-06-01');
    await em.flush();
    const many = await counted();
    expect([few.ended, few.set, many.ended, many.set]).toEqual([10, 10, 1000, 1000]);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBeLessThanOrEqual(3);
  });
});
