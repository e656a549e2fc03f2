import { Access } from '@veiinn/kit';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

// The type lives with the provider registry (which holds the feed's URL) so that `Provider.feed` needs nothing from
// the network module; the network module fills it (network/feed/feed-status.loader.ts) and resolves `feeds`.
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
