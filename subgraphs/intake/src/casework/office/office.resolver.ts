import { Access, ConnectionArgs } from '@veiinn/kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { requireCaseWorker } from '../../access/write-rules';
import { FeedStatus, Offer, OfferKind } from '../../catalogue';
import type { IntakeContext } from '../../context';
import { FeedStatusResolver, WaitingEntry, WaitingEntryResolver } from '../../network';
import { Participant, ParticipantConnection, ParticipantFilter, ParticipantResolver } from '../../people';

const READ_OFFICE = { no: 'lese tildelingskontorets arbeidsflate', en: 'read the allocation office’s workspace' };

/**
 * The allocation office's workspace: the lists its pages show, under one field that only case workers may select.
 * Each field answers as the root field of the same name does for a case worker (the same resolver, the same row
 * rules); what is new is that an office page's operation is refused as a whole, on the wire, to every other role,
 * rather than answering them with their own smaller view.
 */
@ObjectType({
  description:
    'The allocation office’s workspace (Tildelingskontoret): participants, waiting lists and feeds as its pages show them. Only case workers may select `office`; each field answers as the root field of the same name does for them.',
})
export class Office {}

const participants = new ParticipantResolver();
const waiting = new WaitingEntryResolver();
const feeds = new FeedStatusResolver();

@Resolver(() => Office)
export class OfficeResolver {
  @Directive(Access.CASE_WORKER)
  @Query(() => Office, {
    description:
      'The allocation office’s workspace: FORBIDDEN for anyone but a case worker, so that its pages’ operations are refused as a whole to every other role.',
  })
  office(@Ctx() ctx: IntakeContext): Office {
    requireCaseWorker(ctx.caller, READ_OFFICE);
    return new Office();
  }

  @FieldResolver(() => ParticipantConnection, {
    description: 'Participants by family name, then given name, with cursor pagination, as `Query.participants`.',
  })
  participants(
    @Arg('filter', () => ParticipantFilter, {
      nullable: true,
      description: 'Conditions the participants must meet; all when left out.',
    })
    filter: ParticipantFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: IntakeContext,
  ): Promise<ParticipantConnection> {
    return participants.participants(filter, page, ctx);
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description: 'One participant by id; null when there is none with that id, as `Query.participant`.',
  })
  participant(
    @Arg('id', () => ID, { description: 'Id of the participant.' }) id: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Participant | null> {
    return participants.participant(id, ctx);
  }

  @FieldResolver(() => [WaitingEntry], {
    description:
      'Everyone on a waiting list, across providers, longest waiting first, as `Query.waitingList`; with `kinds`, only those waiting for an offer of these kinds (e.g. VTA: the VTA list across providers that shows the state the need).',
  })
  async waitingList(
    @Arg('offerId', () => ID, { nullable: true, description: 'Only those waiting for this offer.' })
    offerId: string | null,
    @Arg('kinds', () => [OfferKind], {
      nullable: true,
      description: 'Only those waiting for an offer of one of these kinds; every kind when left out.',
    })
    kinds: OfferKind[] | null,
    @Arg('includeLeft', () => Boolean, {
      defaultValue: false,
      description: 'Also those who have left the list (placed, withdrawn, moved), with the day and the reason.',
    })
    includeLeft: boolean,
    @Ctx() ctx: IntakeContext,
  ): Promise<WaitingEntry[]> {
    const entries = await waiting.waitingList(offerId, includeLeft, ctx);
    if (!kinds) return entries;
    // One query for the offers of these kinds, whatever the number of entries.
    const offerIds = new Set(
      (await ctx.em.find(Offer, { kind: { $in: kinds } }, { fields: ['id'] })).map((offer) => offer.id),
    );
    return entries.filter((entry) => entry.offerId !== null && offerIds.has(entry.offerId));
  }

  @FieldResolver(() => [FeedStatus], {
    description: 'Every provider feed the hub follows, by provider id, as `Query.feeds`.',
  })
  feeds(@Ctx() ctx: IntakeContext): Promise<FeedStatus[]> {
    return feeds.feeds(ctx);
  }
}
