import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { rowScope } from '../../access/row-scope';
import type { IntakeContext } from '../../context';
import { Offer, Provider } from '../../catalogue';
import { Participant } from '../../people';
import { WaitingEntry } from './waiting-entry.entity';

@Resolver(() => WaitingEntry)
export class WaitingEntryResolver {
  @Query(() => [WaitingEntry], {
    description:
      'Everyone on a waiting list the caller may see, across providers, longest waiting first: their own participants’ entries, their provider’s lists, NAV’s staff the state places’ (everything for the allocation office). Counts for everyone are in `Capacity.waiting`.',
  })
  async waitingList(
    @Arg('offerId', () => ID, { nullable: true, description: 'Only those waiting for this offer.' })
    offerId: string | null,
    @Arg('includeLeft', () => Boolean, {
      defaultValue: false,
      description: 'Also those who have left the list (placed, withdrawn, moved).',
    })
    includeLeft: boolean,
    @Ctx() ctx: IntakeContext,
  ): Promise<WaitingEntry[]> {
    const where: FilterQuery<WaitingEntry> = {};
    if (offerId) where.offerId = offerId;
    if (!includeLeft) where.leftOn = null;
    const scoped = { $and: [where, await rowScope(ctx).waitingWhere()] };
    return ctx.em.find(WaitingEntry, scoped, { orderBy: { since: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => Participant, { nullable: true, description: 'Who waits; null until the hub knows the person.' })
  participant(@Root() entry: WaitingEntry, @Ctx() ctx: IntakeContext): Promise<Participant | null> {
    return entry.participantId ? rowScope(ctx).participant(entry.participantId) : Promise.resolve(null);
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The offer waited for; null if not in the catalogue.' })
  offer(@Root() entry: WaitingEntry, @Ctx() { loaders }: IntakeContext): Promise<Offer | null> {
    return entry.offerId ? loaders.offer.load(entry.offerId) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Place in the queue for the offer among those waiting now, longest waiting first (1 is next); null once left, or when no offer is named.',
  })
  async position(@Root() entry: WaitingEntry, @Ctx() { loaders }: IntakeContext): Promise<number | null> {
    if (!entry.offerId || entry.leftOn !== null) return null;
    const queue = await loaders.openWaitingByOffer.load(entry.offerId);
    const index = queue.findIndex((w) => w.id === entry.id);
    return index < 0 ? null : index + 1;
  }

  @FieldResolver(() => Provider, {
    nullable: true,
    description: 'Who keeps the list: e.g. NAV, or the allocation office (Tildelingskontoret) for its own decisions.',
  })
  source(@Root() entry: WaitingEntry, @Ctx() { loaders }: IntakeContext): Promise<Provider | null> {
    return loaders.provider.load(entry.sourceId);
  }
}
