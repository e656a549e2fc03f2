import { DateScalar, StatCount, StatisticsPeriod } from '@veiinn/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OfferKind } from '../catalogue';

export enum StatisticsGrouping {
  TOTAL = 'TOTAL',
  PROVIDER = 'PROVIDER',
  KIND = 'KIND',
  OFFER = 'OFFER',
}
registerEnumType(StatisticsGrouping, {
  name: 'StatisticsGrouping',
  description: 'How the rows of capacity statistics are grouped.',
  valuesConfig: {
    TOTAL: { description: 'No groups: only the totals (`rows` is the same as `totals`).' },
    PROVIDER: { description: 'One group per provider with offers in the catalogue.' },
    KIND: { description: 'One group per kind of offer (VTA, AFT, daily activity, …).' },
    OFFER: {
      description: 'One group per offer: only for callers who see small counts (case work); others get BAD_USER_INPUT.',
    },
  },
});

@ObjectType({ description: 'What one row of statistics counts: a provider, a kind of offer, an offer, or all.' })
export class StatisticsGroup {
  @Field(() => ID, { description: 'The group\'s key: "total", a provider\'s id, a kind (e.g. "VTA"), an offer\'s id.' })
  key!: string;

  @Field(() => String, {
    description: 'A label to show: the provider\'s name, the kind, the offer\'s title, or "Totalt".',
  })
  label!: string;

  /** The provider's id, for `provider` (resolved in StatisticsGroupResolver, as is `offer`). */
  providerId!: string | null;

  /** The offer's id, for `offer`. */
  offerId!: string | null;

  @Field(() => OfferKind, { nullable: true, description: 'The kind counted, when grouped by kind or by offer.' })
  kind!: OfferKind | null;
}

@ObjectType({ description: 'Capacity figures of one group in one period.' })
export class CapacityStatisticsRow {
  @Field(() => StatisticsPeriod, { description: 'The period counted.' })
  period!: StatisticsPeriod;

  @Field(() => StatisticsGroup, { description: 'The group counted.' })
  group!: StatisticsGroup;

  @Field(() => Int, {
    nullable: true,
    description:
      "Places published for the group's offers; null when none are published. The hub keeps no history of places: this is the offers' places today, for every period.",
  })
  places!: number | null;

  @Field(() => StatCount, { description: "Placements current on the period's `asOf` (started, not ended before it)." })
  occupied!: StatCount;

  @Field(() => StatCount, {
    description: "Placements decided that start after the period's `asOf` and have not ended by it.",
  })
  upcoming!: StatCount;

  @Field(() => StatCount, {
    description:
      'Places − occupied − upcoming, at least 0 (null without `suppressed` when no places are published); hidden when it would reveal a hidden count.',
  })
  free!: StatCount;

  @Field(() => StatCount, {
    description:
      "People on a waiting list for the group's offers on `asOf` (on it since that day or before, not left by it).",
  })
  waiting!: StatCount;

  @Field(() => StatCount, { description: 'Placements whose first day is in the period, up to `asOf`.' })
  started!: StatCount;

  @Field(() => StatCount, { description: 'Placements whose last day is in the period, up to `asOf`.' })
  ended!: StatCount;
}

@ObjectType({
  description: "How up to date the hub's index of placements and waiting lists is: from the providers' feeds.",
})
export class StatisticsFreshness {
  @Field(() => Int, { description: 'Providers whose change feed the hub follows.' })
  feeds!: number;

  @Field(() => Int, { description: 'Events the hub has not applied yet, over all feeds, as of their last reads.' })
  eventsBehind!: number;

  @Field(() => Date, {
    nullable: true,
    description:
      "The oldest of the feeds' last successful reads: every figure is at least as fresh as this; null when a feed has never been read, or there are none.",
  })
  oldestReadToEndAt!: Date | null;
}

@ObjectType({ description: 'Capacity over time: places, their use, waiting lists and flows, by period and group.' })
export class CapacityStatistics {
  @Field(() => [StatisticsPeriod], { description: 'The periods counted, in order (none after today).' })
  periods!: StatisticsPeriod[];

  @Field(() => StatisticsGrouping, { description: 'How `rows` are grouped.' })
  groupBy!: StatisticsGrouping;

  @Field(() => [CapacityStatisticsRow], {
    description: 'One row per group per period: periods in order, groups by label.',
  })
  rows!: CapacityStatisticsRow[];

  @Field(() => [CapacityStatisticsRow], { description: 'One row per period over all groups (group key "total").' })
  totals!: CapacityStatisticsRow[];

  @Field(() => DateScalar, {
    description: "The hub's today (YYYY-MM-DD): the last day counted; periods after it are left out.",
  })
  asOf!: string;

  @Field(() => StatisticsFreshness, { description: 'How up to date the figures are.' })
  freshness!: StatisticsFreshness;
}

@ObjectType({ description: 'Waiting for a place in one period, for one kind of offer.' })
export class WaitingTimeRow {
  @Field(() => StatisticsPeriod, { description: 'The period counted.' })
  period!: StatisticsPeriod;

  @Field(() => OfferKind, {
    nullable: true,
    description: 'What is waited for (VTA in particular); null when the entry names no offer the hub knows.',
  })
  kind!: OfferKind | null;

  @Field(() => StatCount, { description: "People waiting on the period's `asOf`." })
  waiting!: StatCount;

  @Field(() => Int, {
    nullable: true,
    description:
      'Median of the days waited so far by those waiting on `asOf`; null when `waiting` is hidden or under 5.',
  })
  medianDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '90th percentile of the days waited so far on `asOf`; null when `waiting` is hidden or under 5.',
  })
  p90Days!: number | null;

  @Field(() => StatCount, {
    description: 'People who left the list in the period (up to `asOf`) because they got a place.',
  })
  leftForPlace!: StatCount;
}
