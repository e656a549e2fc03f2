import type { EntityManager } from '@mikro-orm/core';
import {
  addDays,
  daysBetween,
  nearestRank,
  osloToday,
  StatTable,
  statisticsPeriods,
  type Caller,
  type StatisticsPeriodInput,
} from '@veiinn/kit';
import { Application } from '../application/application.entity';
import { ApplicationRound, ApplicationStatus } from '../application/application.enums';
import { Decision } from '../decision/decision.entity';
import { DecisionOutcome } from '../decision/decision.enums';
import type { IntakeRoundStatistics } from './statistics.types';

/** Fewer decided applications than this give no median or percentile: a few people's waiting would show. */
const MIN_FOR_PERCENTILES = 5;

const OUTCOMES = ['granted', 'rejected', 'waiting', 'undecided'] as const;
type Outcome = (typeof OUTCOMES)[number];
const outcomeOf: Record<DecisionOutcome, Outcome> = {
  [DecisionOutcome.GRANTED]: 'granted',
  [DecisionOutcome.REJECTED]: 'rejected',
  [DecisionOutcome.WAITING]: 'waiting',
};

interface RoundTally {
  round: string;
  label: string;
  order: [number, number];
  counts: Record<Outcome, number>;
  days: number[];
}

/**
 * The intake figures (issue 18): the applications submitted from the first day of `input`'s first period to its last
 * period's `asOf` (the interval only widens the days to whole periods), one row per intake round, by the decision each
 * had on that `asOf`. Two statements whatever the number of applications: the applications' round and submission,
 * and the decisions on them (joined in the database). For a past period the answer is what it was on that day, as
 * long as decisions are not changed afterwards.
 */
export async function intakeStatistics(
  em: EntityManager,
  input: StatisticsPeriodInput,
  today: string,
  caller: Caller | null,
): Promise<IntakeRoundStatistics[]> {
  const periods = statisticsPeriods(input, today);
  if (!periods.length) return [];
  const from = periods[0].start;
  const asOf = periods[periods.length - 1].asOf;
  // submitted_at is an instant; the day that counts is Norway's. A day's margin on both sides, then the exact days.
  const submittedAt = {
    $gte: new Date(`${addDays(from, -1)}T00:00:00Z`),
    $lt: new Date(`${addDays(asOf, 2)}T00:00:00Z`),
  };
  const submitted = { submittedAt, status: { $ne: ApplicationStatus.DRAFT } };
  const qb = (entity: typeof Application | typeof Decision) => (em as unknown as SqlReader).createQueryBuilder(entity);
  const [applications, decisions] = await Promise.all([
    qb(Application).select(['id', 'round', 'intakeYear', 'submittedAt']).where(submitted).execute('all', true),
    qb(Decision)
      .select(['application', 'outcome', 'decidedOn'])
      .where({ application: submitted, decidedOn: { $lte: asOf } })
      .execute('all', true),
  ]);
  const decisionOf = new Map(decisions.map((d) => [String(d.application), d as unknown as DecisionRow]));
  const tallies = new Map<string, RoundTally>();
  for (const row of applications as unknown as ApplicationRow[]) {
    const day = osloToday(new Date(row.submittedAt));
    if (day < from || day > asOf) continue;
    const round = roundOf(row);
    let tally = tallies.get(round.round);
    if (!tally) {
      tally = { ...round, counts: { granted: 0, rejected: 0, waiting: 0, undecided: 0 }, days: [] };
      tallies.set(round.round, tally);
    }
    const decision = decisionOf.get(row.id);
    tally.counts[decision ? outcomeOf[decision.outcome] : 'undecided']++;
    if (decision) tally.days.push(daysBetween(day, decision.decidedOn));
  }
  const rounds = [...tallies.values()].sort(
    (a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.round.localeCompare(b.round),
  );

  // One table for the answer: each round's submitted is the sum of its outcomes; submitted is kept visible longest.
  const table = new StatTable();
  for (const r of rounds) {
    table.count(
      `${r.round}:submitted`,
      r.counts.granted + r.counts.rejected + r.counts.waiting + r.counts.undecided,
      1,
    );
    for (const outcome of OUTCOMES) table.count(`${r.round}:${outcome}`, r.counts[outcome]);
    table.sum(
      `${r.round}:submitted`,
      OUTCOMES.map((outcome) => `${r.round}:${outcome}`),
    );
  }
  const cell = table.resolve(caller);
  return rounds.map((r) => {
    const of = (name: string) => cell(`${r.round}:${name}`);
    const percentiles = r.days.length >= MIN_FOR_PERCENTILES && !of('submitted').suppressed;
    return {
      round: r.round,
      label: r.label,
      submitted: of('submitted'),
      granted: of('granted'),
      rejected: of('rejected'),
      waiting: of('waiting'),
      undecided: of('undecided'),
      medianDaysToDecision: percentiles ? nearestRank(r.days, 0.5) : null,
      p90DaysToDecision: percentiles ? nearestRank(r.days, 0.9) : null,
    };
  });
}

/** The round an application counts in: main intake and its newcomers by the year of the deadline, continuous as one. */
function roundOf(row: ApplicationRow): Pick<RoundTally, 'round' | 'label' | 'order'> {
  const year = row.intakeYear;
  switch (row.round) {
    case ApplicationRound.MAIN:
      return year == null
        ? { round: 'MAIN', label: 'Hovedopptak', order: [9999, 0] }
        : { round: `MAIN-${year}`, label: `Hovedopptak ${year}`, order: [year, 0] };
    case ApplicationRound.NEWCOMER:
      return year == null
        ? { round: 'NEWCOMER', label: 'Nye innbyggere', order: [9999, 1] }
        : { round: `NEWCOMER-${year}`, label: `Nye innbyggere, hovedopptak ${year}`, order: [year, 1] };
    default:
      return { round: 'CONTINUOUS', label: 'Løpende inntak', order: [10_000, 2] };
  }
}

interface ApplicationRow {
  id: string;
  round: ApplicationRound;
  intakeYear: number | null;
  submittedAt: Date | string | number;
}
interface DecisionRow {
  outcome: DecisionOutcome;
  decidedOn: string;
}

/** The part of the SQL drivers' EntityManager used here: plain rows of a query builder, no entities. */
interface SqlReader {
  createQueryBuilder(entity: object): SqlQuery;
}
interface SqlQuery {
  select(fields: string[]): SqlQuery;
  where(where: object): SqlQuery;
  execute(method: 'all', mapResults: true): Promise<Record<string, unknown>[]>;
}
