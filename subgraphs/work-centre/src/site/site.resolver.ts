import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { byName } from '../common/sort';
import type { WorkCentreContext } from '../context';
import { WorkGroup } from '../group/group.entity';
import { WorkCentreSite } from './site.entity';

@Resolver(() => WorkCentreSite)
export class WorkCentreSiteResolver {
  @Query(() => [WorkCentreSite], { description: "Bærum arbeidssenter's sites, by name." })
  async workCentreSites(@Ctx() { em }: WorkCentreContext): Promise<WorkCentreSite[]> {
    return byName(await em.find(WorkCentreSite, {}));
  }

  @FieldResolver(() => [WorkGroup], { description: 'The work groups at this site, by name.' })
  async groups(@Root() site: WorkCentreSite, @Ctx() { loaders }: WorkCentreContext): Promise<WorkGroup[]> {
    return byName(await loaders.groupsBySite.load(site.id));
  }
}
