import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { DayServicesContext } from '../context';
import { ActivityGroup } from '../group/group.entity';
import { DayServicesOffer } from './offer.entity';
import { OfferStub } from './offer.stub';
import { placesOf } from './offer.rules';

/** Where the hub's catalogue offers get their day-services detail. */
@Resolver(() => OfferStub)
export class OfferStubResolver {
  @FieldResolver(() => DayServicesOffer, {
    nullable: true,
    description: 'Groups and places at the municipal day services (BKD); null for an offer of another provider.',
  })
  dayServices(@Root() offer: OfferStub, @Ctx() { loaders }: DayServicesContext) {
    return loaders.offer.load(offer.id);
  }
}

@Resolver(() => DayServicesOffer)
export class DayServicesOfferResolver {
  @FieldResolver(() => [ActivityGroup], { description: 'The activity groups of the offer, by name.' })
  groups(@Root() offer: DayServicesOffer, @Ctx() { loaders }: DayServicesContext): Promise<ActivityGroup[]> {
    return loaders.groupsByOffer.load(offer.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Places of the offer: the sum of its groups' capacities; null when a group has no capacity.",
  })
  async places(@Root() offer: DayServicesOffer, @Ctx() { loaders }: DayServicesContext): Promise<number | null> {
    return placesOf(await loaders.groupsByOffer.load(offer.id));
  }
}
