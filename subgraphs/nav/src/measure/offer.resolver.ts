import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NavContext } from '../context';
import { NavMeasureInstance } from './measure-instance.entity';
import { OfferStub } from './offer.stub';

@Resolver(() => OfferStub)
export class OfferResolver {
  @FieldResolver(() => [NavMeasureInstance], {
    description: "NAV's measure instances delivered as this offer (e.g. VTA at Arba); empty when there are none.",
  })
  navMeasureInstances(@Root() offer: OfferStub, @Ctx() { loaders }: NavContext): Promise<NavMeasureInstance[]> {
    return loaders.measureInstancesByOffer.load(offer.id);
  }
}
