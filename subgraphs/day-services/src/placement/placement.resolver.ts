import { type EntityManager } from '@mikro-orm/core';
import {
  appendToFeed,
  conflictOnRace,
  expectVersion,
  FailedPreconditionError,
  NotFoundError,
  periodProblems,
  UserInputError,
  Access,
} from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayReadParticipant, PROVIDER_WRITE, readableRows, requireProviderWrite, rowAccess } from '@veiinn/kit';
import { asUuid } from '../common/ids';
import type { DayServicesContext } from '../context';
import { placementChange } from '../feed/changes';
import { ActivityGroup } from '../group/group.entity';
import { lockOffer } from '../offer/offer.lock';
import { OfferReference, offerReference } from '../offer/offer.reference';
import { ActivityPlacement } from './placement.entity';
import { EndPlacementInput, StartPlacementInput } from './placement.inputs';
import { PlacementReference } from './placement.reference';
import { PlacementRule, startPlacementProblems } from './placement.rules';

/** Where the hub's placements get their day-services detail. */
@Resolver(() => PlacementReference)
export class PlacementReferenceResolver {
  @Directive(Access.PROVIDER_DETAIL)
  @FieldResolver(() => ActivityPlacement, {
    nullable: true,
    description:
      'The placement as the municipal day services keep it; null when it is not a day-services placement, and ' +
      "null when the caller may not see it (only the allocation office, BKD's own staff and system, and the " +
      'participant or their guardian may).',
  })
  async dayServices(
    @Root() placement: PlacementReference,
    @Ctx() { loaders, caller, app }: DayServicesContext,
  ): Promise<ActivityPlacement | null> {
    const access = rowAccess(caller, app);
    if (access.kind === 'none') return null;
    const found = await loaders.placement.load(placement.id);
    return found && mayReadParticipant(access, found.participantId) ? found : null;
  }
}

/**
 * Another placement of the participant in the offer that overlaps the days from `from` to `to` (open-ended when
 * null), if there is one.
 */
function findOverlap(
  em: EntityManager,
  placement: { participantId: string; offerId: string; excludeId?: string },
  from: string,
  to: string | null,
) {
  return em.findOne(ActivityPlacement, {
    participantId: placement.participantId,
    offer: placement.offerId,
    ...(placement.excludeId ? { id: { $ne: placement.excludeId } } : {}),
    ...(to === null ? {} : { startDate: { $lte: to } }),
    $or: [{ endDate: null }, { endDate: { $gte: from } }],
  });
}

/** Refuses a placement in a full group: one with capacity N that has N placements not ended before `from`. */
async function checkRoom(em: EntityManager, group: ActivityGroup, from: string, excludeId?: string): Promise<void> {
  if (group.capacity === null) return;
  const taken = await em.count(ActivityPlacement, {
    group: group.id,
    ...(excludeId ? { id: { $ne: excludeId } } : {}),
    $or: [{ endDate: null }, { endDate: { $gte: from } }],
  });
  if (taken >= group.capacity) {
    throw new FailedPreconditionError(
      PlacementRule.GROUP_FULL,
      {
        nb: `Gruppen «${group.name}» er full fra ${from}. Alle ${group.capacity} plassene er tatt.`,
        en: `The group "${group.name}" is full from ${from}: its ${group.capacity} places are taken.`,
      },
      { groupId: group.id, capacity: group.capacity },
    );
  }
}

function refuseOverlap(existing: ActivityPlacement): never {
  throw new FailedPreconditionError(
    PlacementRule.ALREADY_PLACED,
    {
      nb: `Deltakeren har allerede en plass i dette tilbudet fra ${existing.startDate}${existing.endDate ? ` til ${existing.endDate}` : ''} som overlapper.`,
      en: `The participant already has a placement in this offer from ${existing.startDate}${existing.endDate ? ` to ${existing.endDate}` : ''} that overlaps this one.`,
    },
    { placementId: existing.id },
  );
}

const dayAfter = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

@Resolver(() => ActivityPlacement)
export class PlacementResolver {
  @Directive(Access.PROVIDER_DETAIL)
  @Query(() => [ActivityPlacement], {
    description:
      "A participant's placements at the day services, newest start first (ended ones included). Empty when the " +
      "caller may not see the participant's placements here (only the allocation office, BKD's own staff and " +
      'system, and the participant or their guardian may).',
  })
  async dayServicesPlacements(
    @Arg('participantId', () => ID, { description: "The participant's id in the hub." }) participantId: string,
    @Ctx() { loaders, caller, app }: DayServicesContext,
  ): Promise<ActivityPlacement[]> {
    const id = asUuid(participantId);
    const access = rowAccess(caller, app);
    // Decided before the query: a caller who may see none of the rows does not make the database look.
    if (!id || !mayReadParticipant(access, id)) return [];
    return readableRows(access, await loaders.placementsByParticipant.load(id));
  }

  @FieldResolver(() => ActivityGroup, { description: 'The activity group the participant is in.' })
  async group(@Root() placement: ActivityPlacement, @Ctx() { loaders }: DayServicesContext): Promise<ActivityGroup> {
    const group = await loaders.group.load(placement.group.id);
    if (!group) throw new Error(`Placement ${placement.id} refers to missing group ${placement.group.id}`);
    return group;
  }

  @FieldResolver(() => OfferReference, { description: 'The offer the placement is in.' })
  offer(@Root() placement: ActivityPlacement): OfferReference {
    return offerReference(placement.offer.id);
  }

  @Directive(PROVIDER_WRITE)
  @Mutation(() => ActivityPlacement, {
    description:
      "Places a participant in an activity group: for the allocation office, BKD's own staff and system, and the " +
      'hub placing a decided place; anyone else gets FORBIDDEN. Invalid input or an unknown offer or group gives BAD_USER_INPUT; ' +
      'a full group gives FAILED_PRECONDITION with rule GROUP_FULL, and an overlapping placement of the same ' +
      'participant in the offer gives FAILED_PRECONDITION with rule ALREADY_PLACED.',
  })
  async startDayServicesPlacement(
    @Arg('input', () => StartPlacementInput, { description: 'The new placement.' }) input: StartPlacementInput,
    @Ctx() { em, caller, app }: DayServicesContext,
  ): Promise<ActivityPlacement> {
    requireProviderWrite(caller, app, { no: 'starte en plassering', en: 'start a placement' });
    return em.transactional(async (tx) => {
      const problems = startPlacementProblems(input);
      const [participantId, offerId, groupId] = [input.participantId, input.offerId, input.groupId].map(asUuid);
      const offer = offerId ? await lockOffer(tx, offerId) : null;
      const group = groupId ? await tx.findOne(ActivityGroup, { id: groupId }) : null;
      if (!offer) {
        problems.push({
          field: 'offerId',
          nb: `dagtilbudet har ikke noe tilbud med id «${input.offerId}».`,
          en: `no offer of the day services has the id "${input.offerId}".`,
        });
      }
      if (!group) {
        problems.push({
          field: 'groupId',
          nb: `det finnes ingen aktivitetsgruppe med id «${input.groupId}».`,
          en: `no activity group has the id "${input.groupId}".`,
        });
      } else if (offer && group.offer.id !== offer.id) {
        problems.push({
          field: 'groupId',
          nb: `gruppen «${group.name}» hører til et annet tilbud.`,
          en: `the group "${group.name}" belongs to another offer.`,
        });
      }
      if (problems.length) throw new UserInputError(problems);

      const endDate = input.endDate ?? null;
      const overlap = await findOverlap(
        tx,
        { participantId: participantId!, offerId: offer!.id },
        input.startDate,
        endDate,
      );
      if (overlap) refuseOverlap(overlap);
      await checkRoom(tx, group!, input.startDate);

      const placement = tx.create(ActivityPlacement, {
        participantId,
        offer: offer!,
        group: group!,
        daysPerWeek: input.daysPerWeek,
        startDate: input.startDate,
        endDate,
      } as never);
      await tx.flush();
      await appendToFeed(tx, [placementChange(placement)]);
      return placement;
    });
  }

  @Directive(PROVIDER_WRITE)
  @Mutation(() => ActivityPlacement, {
    description:
      "Sets the last day of a placement: for the allocation office, BKD's own staff and system, and the hub in a " +
      'transition; anyone else gets FORBIDDEN. Unknown id gives NOT_FOUND; a stale expectedVersion gives CONFLICT; an end ' +
      'before the start gives BAD_USER_INPUT. Moving an earlier end later is checked like a new placement from the ' +
      'day after it (GROUP_FULL, ALREADY_PLACED), and so is removing the end (endDate null).',
  })
  async endDayServicesPlacement(
    @Arg('input', () => EndPlacementInput, { description: 'The placement and its last day.' }) input: EndPlacementInput,
    @Ctx() { em, caller, app }: DayServicesContext,
  ): Promise<ActivityPlacement> {
    requireProviderWrite(caller, app, { no: 'avslutte en plassering', en: 'end a placement' });
    const id = asUuid(input.placementId) ?? input.placementId;
    const name = { nb: 'Plassen', en: `Placement ${id}`, it: 'den' } as const;
    return conflictOnRace(name, () =>
      em.transactional(async (tx) => {
        const found = asUuid(id) ? await tx.findOne(ActivityPlacement, { id }) : null;
        if (!found) throw new NotFoundError('DayServicesPlacement', id);
        await lockOffer(tx, found.offer.id);
        // Read again under the lock: a change committed meanwhile shows as CONFLICT, with the version now stored.
        const placement = await tx.findOneOrFail(ActivityPlacement, { id }, { refresh: true });
        expectVersion(placement, input.expectedVersion, name);
        const endDate = input.endDate ?? null;
        const problems = periodProblems(placement.startDate, endDate);
        if (problems.length) throw new UserInputError(problems);
        if (placement.endDate === endDate) return placement;

        if (placement.endDate !== null && (endDate === null || endDate > placement.endDate)) {
          // A later end gives the participant days the group did not count on: check them as a new placement would be.
          const from = dayAfter(placement.endDate);
          const ref = { participantId: placement.participantId, offerId: placement.offer.id, excludeId: id };
          const overlap = await findOverlap(tx, ref, from, endDate);
          if (overlap) refuseOverlap(overlap);
          await checkRoom(tx, await tx.findOneOrFail(ActivityGroup, { id: placement.group.id }), from, id);
        }
        placement.endDate = endDate;
        await tx.flush();
        await appendToFeed(tx, [placementChange(placement)]);
        return placement;
      }),
    );
  }
}
