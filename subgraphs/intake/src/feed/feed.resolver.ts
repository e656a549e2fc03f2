import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { IntakeContext } from '../context';
import { Provider } from '../provider/provider.entity';

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
  @Query(() => [FeedStatus], { description: 'Every provider feed the hub follows, by provider id.' })
  async feeds(@Ctx() { em, loaders }: IntakeContext): Promise<FeedStatus[]> {
    const providers = await em.find(Provider, { feedUrl: { $ne: null } }, { orderBy: { id: 'asc' } });
    return Promise.all(providers.map((p) => loaders.feedStatus.load(p.id))) as Promise<FeedStatus[]>;
  }

  @FieldResolver(() => Provider, { description: 'The provider whose feed it is.' })
  async provider(@Root() status: FeedStatus, @Ctx() { loaders }: IntakeContext): Promise<Provider> {
    return (await loaders.provider.load(status.providerId))!;
  }
}
