import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AskerProduktDepartment } from '../department/department.entity';
import type { AskerProduktContext } from '../subgraph';
import { AskerProduktOffer } from './offer.entity';
import { OfferStub } from './offer.stub';

@Resolver(() => OfferStub)
export class OfferStubResolver {
  @FieldResolver(() => AskerProduktOffer, {
    nullable: true,
    description: "Asker Produkt's detail of the offer: places and departments; null when the offer is not theirs.",
  })
  askerProdukt(@Root() offer: OfferStub, @Ctx() { loaders }: AskerProduktContext): Promise<AskerProduktOffer | null> {
    return loaders.offer.load(offer.id);
  }
}

@Resolver(() => AskerProduktOffer)
export class OfferResolver {
  @FieldResolver(() => [AskerProduktDepartment], {
    description: 'The departments of the offer, by name; empty for AFT, which trains across them and outside.',
  })
  departments(@Root() offer: AskerProduktOffer, @Ctx() { loaders }: AskerProduktContext) {
    return loaders.departmentsByOffer.load(offer.id);
  }

  @Query(() => [AskerProduktDepartment], { description: "Every department of Asker Produkt's VTA, by name." })
  async askerProduktDepartments(@Ctx() { loaders }: AskerProduktContext): Promise<AskerProduktDepartment[]> {
    return loaders.departments();
  }
}
