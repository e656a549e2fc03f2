import { Query, Resolver } from 'type-graphql';
import { NavMeasure, navMeasures } from './measure';

@Resolver(() => NavMeasure)
export class MeasureResolver {
  @Query(() => [NavMeasure], { description: 'The NAV measures the adapter knows, with their Arena codes.' })
  navMeasures(): NavMeasure[] {
    return navMeasures;
  }
}
