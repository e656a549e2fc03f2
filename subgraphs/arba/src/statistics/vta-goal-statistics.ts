import type { EntityManager } from '@mikro-orm/core';
import { StatTable, statisticsPeriods, statShare, type Caller, type StatisticsPeriodInput } from '@veiinn/kit';
import { VtaGoal, VtaGoalEvaluation, VtaGoalResult } from '../goal/goal.entity';
import type { ArbaVtaGoalPeriod } from './statistics.types';
import { periodIndex, type SqlReader } from './aft-outcome-statistics';

/**
 * VTA goals by period (issue 18): the individual goals set in each period (up to its `asOf`), and of them those with
 * an evaluation REACHED on or before that `asOf`, so a past period's figure is what it was then. Two statements
 * whatever the number of goals: the goals' days, and the first REACHED evaluation of each, grouped in the database.
 */
export async function vtaGoalStatistics(
  em: EntityManager,
  input: StatisticsPeriodInput,
  today: string,
  caller: Caller | null,
): Promise<ArbaVtaGoalPeriod[]> {
  const periods = statisticsPeriods(input, today);
  if (!periods.length) return [];
  const setOn = { $gte: periods[0].start, $lte: periods[periods.length - 1].asOf };
  const reader = em as unknown as SqlReader;
  const [goals, reached] = await Promise.all([
    reader.createQueryBuilder(VtaGoal).select(['id', 'setOn']).where({ setOn }).execute('all', true),
    reader
      .createQueryBuilder(VtaGoalEvaluation)
      .select(['goal', 'date'])
      .where({ result: VtaGoalResult.REACHED, goal: { setOn } })
      .execute('all', true),
  ]);
  const firstReached = new Map<string, string>();
  for (const row of reached as unknown as { goal: string; date: string }[]) {
    const goal = String(row.goal);
    const known = firstReached.get(goal);
    if (!known || row.date < known) firstReached.set(goal, row.date);
  }
  const tallies = periods.map(() => ({ set: 0, reached: 0 }));
  for (const goal of goals as unknown as { id: string; setOn: string }[]) {
    const index = periodIndex(periods, goal.setOn);
    if (index < 0) continue;
    tallies[index].set++;
    const on = firstReached.get(String(goal.id));
    if (on && on <= periods[index].asOf) tallies[index].reached++;
  }

  // One table: per period the goals set are those reached and those not (yet); the latter is never given, but a
  // small one must not be worked out either, so it is a cell of the table.
  const table = new StatTable();
  periods.forEach((period, i) => {
    const key = (name: string) => `${period.label}:${name}`;
    table.count(key('set'), tallies[i].set, 1);
    table.count(key('reached'), tallies[i].reached);
    table.count(key('notReached'), tallies[i].set - tallies[i].reached);
    table.sum(key('set'), [key('reached'), key('notReached')]);
  });
  const cell = table.resolve(caller);
  return periods.map((period) => {
    const goalsSet = cell(`${period.label}:set`);
    const goalsReached = cell(`${period.label}:reached`);
    return { period, goalsSet, goalsReached, reached: statShare(goalsReached, goalsSet) };
  });
}
