import { StatisticsPeriodInput } from '@veiinn/kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ArbaContext } from '../context';
import { aftOutcomeStatistics } from './aft-outcome-statistics';
import { ArbaAftOutcomePeriod, ArbaVtaGoalPeriod } from './statistics.types';
import { vtaGoalStatistics } from './vta-goal-statistics';

/**
 * Arba's figures of the capacity dashboards (issue 18): aggregates only, for everyone; outside case work small
 * counts, and the counts they could be worked out from, are hidden (docs/statistics.md).
 */
@Resolver()
export class ArbaStatisticsResolver {
  @Query(() => [ArbaAftOutcomePeriod], {
    description:
      'Where AFT participants went when AFT ended, by period, against NAV’s requirement. BAD_USER_INPUT for a bad period.',
  })
  arbaAftOutcomeStatistics(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The periods counted.' }) period: StatisticsPeriodInput,
    @Ctx() { em, app, caller }: ArbaContext,
  ): Promise<ArbaAftOutcomePeriod[]> {
    return aftOutcomeStatistics(em, period, app.today(), caller);
  }

  @Query(() => [ArbaVtaGoalPeriod], {
    description:
      'VTA participants’ individual goals set by period, and how many were reached. BAD_USER_INPUT for a bad period.',
  })
  arbaVtaGoalStatistics(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The periods counted.' }) period: StatisticsPeriodInput,
    @Ctx() { em, app, caller }: ArbaContext,
  ): Promise<ArbaVtaGoalPeriod[]> {
    return vtaGoalStatistics(em, period, app.today(), caller);
  }
}
