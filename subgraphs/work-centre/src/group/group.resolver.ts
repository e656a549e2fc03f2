import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { byName } from '../common/sort';
import type { WorkCentreContext } from '../context';
import { OfferStub } from '../offer/offer.stub';
import { WorkCentreSite } from '../site/site.entity';
import { WorkSupervisor } from '../supervisor/supervisor.entity';
import { WorkGroup } from './group.entity';
import { WorkCentreTrade } from './trade';

@Resolver(() => WorkGroup)
export class WorkGroupResolver {
  @Query(() => [WorkGroup], { description: "Bærum arbeidssenter's work groups by name, optionally narrowed." })
  async workCentreGroups(
    // type-graphql prints arguments in reverse order of the parameters: this keeps `site` first in the schema.
    @Arg('trade', () => WorkCentreTrade, { nullable: true, description: 'Only groups in this trade.' })
    trade: WorkCentreTrade | null,
    @Arg('site', () => ID, { nullable: true, description: 'Only groups at this site (a site id, e.g. "rud").' })
    site: string | null,
    @Ctx() { em }: WorkCentreContext,
  ): Promise<WorkGroup[]> {
    const where: FilterQuery<WorkGroup> = {};
    if (site != null) where.site = site;
    if (trade != null) where.trade = trade;
    return byName(await em.find(WorkGroup, where));
  }

  @FieldResolver(() => OfferStub, { description: 'The catalogue offer the group belongs to.' })
  offer(@Root() group: WorkGroup): OfferStub {
    return { id: group.offer.id };
  }

  @FieldResolver(() => WorkCentreSite, { nullable: true, description: 'Where the group works; null when it varies.' })
  async site(@Root() group: WorkGroup, @Ctx() { loaders }: WorkCentreContext): Promise<WorkCentreSite | null> {
    return group.site ? loaders.site.load(group.site.id) : null;
  }

  @FieldResolver(() => [WorkSupervisor], { description: 'The supervisors (arbeidsledere) of the group, by name.' })
  async supervisors(@Root() group: WorkGroup, @Ctx() { loaders }: WorkCentreContext): Promise<WorkSupervisor[]> {
    return byName(await loaders.supervisorsByGroup.load(group.id));
  }

  @FieldResolver(() => Int, { description: 'How many placements in the group are current today.' })
  async occupied(@Root() group: WorkGroup, @Ctx() { loaders, app }: WorkCentreContext): Promise<number> {
    return loaders.occupancy.load({ groupId: group.id, day: app.today() });
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Places free today: capacity minus occupied, never below 0; null when the group has no capacity. A new ' +
      'placement can still be refused as GROUP_FULL when placements are booked to start later.',
  })
  async free(@Root() group: WorkGroup, @Ctx() { loaders, app }: WorkCentreContext): Promise<number | null> {
    if (group.capacity === null) return null;
    const occupied = await loaders.occupancy.load({ groupId: group.id, day: app.today() });
    return Math.max(0, group.capacity - occupied);
  }
}
