import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { placesOf } from '../common/feed';
import { byName } from '../common/sort';
import type { WorkCentreContext } from '../context';
import { WorkGroup } from '../group/group.entity';
import { WorkCentreSite } from '../site/site.entity';
import { WorkCentreOffer } from './offer.entity';
import { OfferStub } from './offer.stub';

@Resolver(() => WorkCentreOffer)
export class WorkCentreOfferResolver {
  @FieldResolver(() => [WorkGroup], { description: 'The work groups of the offer, by name.' })
  async groups(@Root() offer: WorkCentreOffer, @Ctx() { loaders }: WorkCentreContext): Promise<WorkGroup[]> {
    return byName(await loaders.groupsByOffer.load(offer.id));
  }

  @FieldResolver(() => [WorkCentreSite], { description: "The sites where the offer's groups work, by name." })
  async sites(@Root() offer: WorkCentreOffer, @Ctx() { loaders }: WorkCentreContext): Promise<WorkCentreSite[]> {
    const groups = await loaders.groupsByOffer.load(offer.id);
    const siteIds = [...new Set(groups.flatMap((g) => (g.site ? [g.site.id] : [])))];
    const sites = await loaders.site.loadMany(siteIds);
    return byName(sites.filter((s): s is WorkCentreSite => s instanceof WorkCentreSite));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Places in the offer: the sum of its groups' capacities; null when a group has no capacity.",
  })
  async places(@Root() offer: WorkCentreOffer, @Ctx() { loaders }: WorkCentreContext): Promise<number | null> {
    return placesOf(await loaders.groupsByOffer.load(offer.id));
  }
}

/** Adds the work centre's detail to the hub's catalogue offers. */
@Resolver(() => OfferStub)
export class OfferWorkCentreResolver {
  @FieldResolver(() => WorkCentreOffer, {
    nullable: true,
    description: "Bærum arbeidssenter's groups and sites for this offer; null when the offer is not the work centre's.",
  })
  async workCentre(@Root() offer: OfferStub, @Ctx() { loaders }: WorkCentreContext): Promise<WorkCentreOffer | null> {
    return loaders.offer.load(offer.id);
  }
}
