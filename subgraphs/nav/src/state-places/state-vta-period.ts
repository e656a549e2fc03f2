import { StatCount, StatisticsPeriod } from '@veiinn/kit';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "A municipality's state VTA places in one period, and how many are in use on the period's `asOf`. Aggregates only; outside case work small counts are hidden.",
})
export class NavStateVtaPeriod {
  @Field(() => StatisticsPeriod, { description: 'The period.' })
  period!: StatisticsPeriod;

  @Field(() => String, { description: 'The municipality, e.g. "Bærum".' })
  municipality!: string;

  @Field(() => Int, { description: "State VTA places at the municipality's disposal in the year of `period.asOf`." })
  places!: number;

  @Field(() => StatCount, {
    description: "NAV's VTA participations at the municipality running on `period.asOf`.",
  })
  inUse!: StatCount;

  @Field(() => StatCount, { description: 'places − inUse, not below 0.' })
  free!: StatCount;
}
