import { StatCount, StatisticsPeriod, StatShare } from '@veiinn/kit';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Where Arba’s AFT participants went when their participation ended in one period. Aggregates only; outside case work small counts are hidden.',
})
export class ArbaAftOutcomePeriod {
  @Field(() => StatisticsPeriod, { description: 'The period.' })
  period!: StatisticsPeriod;

  @Field(() => StatCount, {
    description: 'AFT participations whose last day is in the period (up to its `asOf`): work + education + other.',
  })
  ended!: StatCount;

  @Field(() => StatCount, { description: 'Of them, moved on to work (outcome WORK).' })
  work!: StatCount;

  @Field(() => StatCount, { description: 'Of them, moved on to education (outcome EDUCATION).' })
  education!: StatCount;

  @Field(() => StatCount, {
    description: 'Of them, anything else (outcome OTHER, and an ended participation with no outcome recorded).',
  })
  other!: StatCount;

  @Field(() => StatShare, { description: '(work + education) / ended; hidden when ended is under 5 or hidden.' })
  intoWorkOrEducation!: StatShare;

  @Field(() => Float, { description: 'NAV’s requirement for the share into work or education: 0.5.' })
  requirement!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the share is at least the requirement; null when the share is hidden.',
  })
  meetsRequirement!: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median months in AFT (first to last day, 30.44 days a month, one decimal) of those ended; null when fewer than 5 ended or hidden.',
  })
  medianMonthsInAft!: number | null;
}

@ObjectType({
  description:
    'Individual goals of Arba’s VTA participants set in one period, and how many of them were reached. Aggregates only; outside case work small counts are hidden.',
})
export class ArbaVtaGoalPeriod {
  @Field(() => StatisticsPeriod, { description: 'The period.' })
  period!: StatisticsPeriod;

  @Field(() => StatCount, { description: 'Goals set in the period (up to its `asOf`).' })
  goalsSet!: StatCount;

  @Field(() => StatCount, {
    description: 'Of those goals, the ones evaluated as REACHED on or before the period’s `asOf`.',
  })
  goalsReached!: StatCount;

  @Field(() => StatShare, { description: 'goalsReached / goalsSet; hidden when goalsSet is under 5 or hidden.' })
  reached!: StatShare;
}
