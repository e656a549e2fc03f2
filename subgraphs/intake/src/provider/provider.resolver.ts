import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { IntakeContext } from '../context';
import { Offer } from '../offer/offer.entity';
import { Provider } from './provider.entity';

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => [Provider], { description: 'All organisations in the provider registry, by name.' })
  async providers(@Ctx() { em }: IntakeContext): Promise<Provider[]> {
    return em.find(Provider, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => Provider, { nullable: true, description: 'One provider by id; null when there is none with that id.' })
  async provider(
    @Arg('id', () => ID, { description: 'Id of the provider, e.g. "arba".' }) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<Provider | null> {
    return loaders.provider.load(id);
  }

  @FieldResolver(() => [Offer], { description: "The provider's offers in the catalogue, by title." })
  async offers(@Root() provider: Provider, @Ctx() { loaders }: IntakeContext): Promise<Offer[]> {
    return loaders.offersByProvider.load(provider.id);
  }
}
