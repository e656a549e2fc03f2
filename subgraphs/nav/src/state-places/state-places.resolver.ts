import { Ctx, Query, Resolver } from 'type-graphql';
import type { NavContext } from '../context';
import { NavStateVtaAllocation } from './state-vta-allocation.entity';

@Resolver(() => NavStateVtaAllocation)
export class StatePlacesResolver {
  @Query(() => [NavStateVtaAllocation], {
    description: 'State VTA places at the disposal of each municipality, newest year first.',
  })
  navStateVtaPlaces(@Ctx() { em }: NavContext): Promise<NavStateVtaAllocation[]> {
    return em.find(NavStateVtaAllocation, {}, { orderBy: { year: 'desc', municipality: 'asc' } });
  }
}
