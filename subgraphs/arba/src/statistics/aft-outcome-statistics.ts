import type { EntityManager } from '@mikro-orm/core';
import {
  daysBetween,
  nearestRank,
  StatTable,
  statisticsPeriods,
  statShare,
  type Caller,
  type StatisticsPeriod,
  type StatisticsPeriodInput,
} from '@veiinn/kit';
import { ArbaMeasure } from '../common/enums';
import { ArbaAftOutcome, ArbaParticipation } from '../participation/participation.entity';
import type { ArbaAftOutcomePeriod } from './statistics.types';

/** NAV's requirement of AFT: at least half of those who end go on to work or education. */
export const AFT_REQUIREMENT = 0.5;
const MIN_FOR_MEDIAN = 5;
/** The average month: 365.25 / 12 days. */
const DAYS_PER_MONTH = 30.44;

/**
 * Arba's outcome enum as the figure's columns: WORK and EDUCATION are their own; OTHER, and an ended participation
 * with no outcome recorded (only old rows: ending AFT requires one), count as other.
 */
const COLUMN_OF = (outcome: ArbaAftOutcome | null) =>
  outcome === ArbaAftOutcome.WORK ? 'work' : outcome === ArbaAftOutcome.EDUCATION ? 'education' : 'other';
const COLUMNS = ['work', 'education', 'other'] as const;

/**
 * AFT outcomes by period (issue 18): the AFT participations whose last day falls in each period, on or before its
 * `asOf` (so a past period's figure is what it was then), by where they went. One statement whatever the number of
 * participations: the ended AFT rows' dates and outcome (no person's id), counted here by period.
 */
export async function aftOutcomeStatistics(
  em: EntityManager,
  input: StatisticsPeriodInput,
  today: string,
  caller: Caller | null,
): Promise<ArbaAftOutcomePeriod[]> {
  const periods = statisticsPeriods(input, today);
  if (!periods.length) return [];
  const rows = (await (em as unknown as SqlReader)
    .createQueryBuilder(ArbaParticipation)
    .select(['startDate', 'endDate', 'outcome'])
    .where({
      measure: ArbaMeasure.AFT,
      endDate: { $gte: periods[0].start, $lte: periods[periods.length - 1].asOf },
    })
    .execute('all', true)) as unknown as { startDate: string; endDate: string; outcome: ArbaAftOutcome | null }[];
  const tallies = periods.map(() => ({ work: 0, education: 0, other: 0, months: [] as number[] }));
  for (const row of rows) {
    const index = periodIndex(periods, row.endDate);
    if (index < 0) continue;
    tallies[index][COLUMN_OF(row.outcome)]++;
    tallies[index].months.push(daysBetween(row.startDate, row.endDate) / DAYS_PER_MONTH);
  }

  // One table: per period ended = work + education + other, and the share's part = work + education.
  const table = new StatTable();
  periods.forEach((period, i) => {
    const t = tallies[i];
    const key = (name: string) => `${period.label}:${name}`;
    for (const column of COLUMNS) table.count(key(column), t[column]);
    table.count(key('ended'), t.work + t.education + t.other, 2);
    table.count(key('workOrEducation'), t.work + t.education, 1);
    table.sum(key('ended'), COLUMNS.map(key));
    table.sum(key('workOrEducation'), [key('work'), key('education')]);
  });
  const cell = table.resolve(caller);
  return periods.map((period, i) => {
    const of = (name: string) => cell(`${period.label}:${name}`);
    const ended = of('ended');
    const share = statShare(of('workOrEducation'), ended);
    const months = tallies[i].months;
    const median = !ended.suppressed && months.length >= MIN_FOR_MEDIAN ? nearestRank(months, 0.5) : null;
    return {
      period,
      ended,
      work: of('work'),
      education: of('education'),
      other: of('other'),
      intoWorkOrEducation: share,
      requirement: AFT_REQUIREMENT,
      meetsRequirement: share.share === null ? null : share.share >= AFT_REQUIREMENT,
      medianMonthsInAft: median === null ? null : Math.round(median * 10) / 10,
    };
  });
}

/** The period whose days, up to its `asOf`, hold `day`; -1 for none. */
export function periodIndex(periods: readonly StatisticsPeriod[], day: string): number {
  return periods.findIndex((period) => period.start <= day && day <= period.asOf);
}

/** The part of the SQL drivers' EntityManager used here: plain rows of a query builder, no entities. */
export interface SqlReader {
  createQueryBuilder(entity: object): SqlQuery;
}
interface SqlQuery {
  select(fields: string[]): SqlQuery;
  where(where: object): SqlQuery;
  execute(method: 'all', mapResults: true): Promise<Record<string, unknown>[]>;
}
