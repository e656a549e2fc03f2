import { Access } from '@veiinn/kit';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import type { IntakeContext } from '../../context';
import { Provider } from '../../catalogue/provider/provider.entity';

@Directive(Access.FEED_STATUS)
@ObjectType({ description: "How far the hub has read one provider's change feed." })
export class FeedStatus {
  providerId!: string;

  @Field(() => String, { description: 'Where the hub reads the feed.' })
  url!: string;

  @Field(() => Int, { description: 'Sequence of the last event the hub has applied (0 before the first).' })
  lastSequence!: number;

  @Field(() => Int, { description: "The feed's newest sequence when the hub last asked." })
  head!: number;

  @Field(() => Int, { description: 'Events the hub has not applied yet, as of the last read (head − lastSequence).' })
  behind!: number;

  @Field(() => Int, { description: 'Events applied since the hub began following this feed.' })
  eventsApplied!: number;

  @Field(() => Int, { description: 'Events the hub could not use (they broke the protocol) and skipped.' })
  rejectedEvents!: number;

  @Field(() => Date, { nullable: true, description: 'When the hub last read the feed successfully.' })
  lastSyncedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last read failed; null when it succeeded.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the last read failed.' })
  lastErrorAt!: Date | null;
}

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
