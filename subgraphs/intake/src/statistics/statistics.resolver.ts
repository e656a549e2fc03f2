import { StatisticsPeriodInput } from '@veiinn/kit';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Offer, Provider } from '../catalogue';
import type { IntakeContext } from '../context';
import { capacityStatistics, waitingTimeStatistics } from './statistics.use-cases';
import { CapacityStatistics, StatisticsGroup, StatisticsGrouping, WaitingTimeRow } from './statistics.types';

const SUPPRESSION =
  'Outside case work (the public, analysts, NAV, provider staff, guardians) a count of 1 to 4 people is hidden, and so is any count it could be worked out from over the whole answer (docs/security.md, "Small counts").';

@Resolver()
export class StatisticsResolver {
  @Query(() => CapacityStatistics, {
    description: `Capacity over time for dashboards (issue 18): places, occupied, upcoming, free, waiting, started and ended, per period and group, with totals. Aggregates only, no person. ${SUPPRESSION} A past period's figures are what the hub would have answered on its last day, except places (today's places). Bad periods give BAD_USER_INPUT; OFFER grouping outside case work too.`,
  })
  capacityStatistics(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The days and interval to count.' })
    period: StatisticsPeriodInput,
    @Arg('groupBy', () => StatisticsGrouping, {
      defaultValue: StatisticsGrouping.PROVIDER,
      description: 'How the rows are grouped.',
    })
    groupBy: StatisticsGrouping,
    @Ctx() ctx: IntakeContext,
  ): Promise<CapacityStatistics> {
    return capacityStatistics(ctx, period, groupBy);
  }

  @Query(() => [WaitingTimeRow], {
    description: `Waiting for a place over time, by kind of offer (VTA in particular): how many wait, how long they have waited so far, how many left for a place. One row per kind per period (kinds by label, then the entries without a known offer). ${SUPPRESSION}`,
  })
  waitingTimeStatistics(
    @Arg('period', () => StatisticsPeriodInput, { description: 'The days and interval to count.' })
    period: StatisticsPeriodInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<WaitingTimeRow[]> {
    return waitingTimeStatistics(ctx, period);
  }
}

@Resolver(() => StatisticsGroup)
export class StatisticsGroupResolver {
  @FieldResolver(() => Provider, {
    nullable: true,
    description: 'The provider counted, when grouped by provider or offer.',
  })
  provider(@Root() group: StatisticsGroup, @Ctx() { loaders }: IntakeContext): Promise<Provider | null> | null {
    return group.providerId === null ? null : loaders.provider.load(group.providerId);
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The offer counted, when grouped by offer.' })
  offer(@Root() group: StatisticsGroup, @Ctx() { loaders }: IntakeContext): Promise<Offer | null> | null {
    return group.offerId === null ? null : loaders.offer.load(group.offerId);
  }
}
