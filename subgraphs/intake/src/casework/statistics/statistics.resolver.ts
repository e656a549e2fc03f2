import { StatisticsPeriodInput } from '@veiinn/kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { IntakeContext } from '../../context';
import { flowMeetingStatistics } from './flow-meeting-statistics';
import { intakeStatistics } from './intake-statistics';
import { FlowMeetingStatistics, IntakeRoundStatistics } from './statistics.types';

/**
 * The casework figures of the capacity dashboards (issue 18): aggregates only, for everyone; outside case work small
 * counts, and the counts they could be worked out from, are hidden (docs/statistics.md).
 */
@Resolver()
export class CaseworkStatisticsResolver {
  @Query(() => [IntakeRoundStatistics], {
    description:
      'Applications submitted in the period, one row per intake round, by the decision they had at its end (or today). BAD_USER_INPUT for a bad period.',
  })
  intakeStatistics(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The days counted.' }) period: StatisticsPeriodInput,
    @Ctx() { em, app, caller }: IntakeContext,
  ): Promise<IntakeRoundStatistics[]> {
    return intakeStatistics(em, period, app.today(), caller);
  }

  @Query(() => [FlowMeetingStatistics], {
    description:
      'The flow meetings held in the period (their week begun), oldest first, with the transitions on each agenda by outcome. BAD_USER_INPUT for a bad period.',
  })
  flowMeetingStatistics(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The days counted.' }) period: StatisticsPeriodInput,
    @Ctx() { em, app, caller }: IntakeContext,
  ): Promise<FlowMeetingStatistics[]> {
    return flowMeetingStatistics(em, period, app.today(), caller);
  }
}
