import { Access } from '@veiinn/kit';
import { Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import type { IntakeContext } from '../../context';
import { FeedStatus, Provider } from '../../catalogue';

@Resolver(() => FeedStatus)
export class FeedStatusResolver {
  @Directive(Access.FEED_STATUS)
  @Query(() => [FeedStatus], {
    description: 'Every provider feed the hub follows, by provider id; for provider staff, their own provider’s.',
  })
  async feeds(@Ctx() ctx: IntakeContext): Promise<FeedStatus[]> {
    const providers = await ctx.em.find(Provider, { feedUrl: { $ne: null } }, { orderBy: { id: 'asc' } });
    const scope = rowScope(ctx);
    const seen = await Promise.all(providers.map((p) => scope.seesFeed(p.id)));
    const shown = providers.filter((_, i) => seen[i]);
    return Promise.all(shown.map((p) => ctx.loaders.feedStatus.load(p.id))) as Promise<FeedStatus[]>;
  }

  @FieldResolver(() => Provider, { description: 'The provider whose feed it is.' })
  async provider(@Root() status: FeedStatus, @Ctx() { loaders }: IntakeContext): Promise<Provider> {
    return (await loaders.provider.load(status.providerId))!;
  }
}
