import { conflictOnRace, Access } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayReadParticipant, PROVIDER_WRITE, readableRows, requireProviderWrite, rowAccess } from '@veiinn/kit';
import { asUuid } from '../common/ids';
import type { DayServicesContext } from '../context';
import { ActivityGroup } from '../group/group.entity';
import { OfferStub, offerStub } from '../offer/offer.stub';
import { ActivityPlacement } from './placement.entity';
import { ChangePlacementDaysInput, EndPlacementInput, StartPlacementInput } from './placement.inputs';
import { PlacementStub } from './placement.stub';
import { changeDaysFromToday, endPlacement, startPlacement } from './placement.service';

/** Where the hub's placements get their day-services detail. */
@Resolver(() => PlacementStub)
export class PlacementStubResolver {
  @Directive(Access.PROVIDER_DETAIL)
  @FieldResolver(() => ActivityPlacement, {
    nullable: true,
    description:
      'The placement as the municipal day services keep it; null when it is not a day-services placement, and ' +
      "null when the caller may not see it (only the allocation office, BKD's own staff and system, and the " +
      'participant or their guardian may).',
  })
  async dayServices(
    @Root() placement: PlacementStub,
    @Ctx() { loaders, caller, app }: DayServicesContext,
  ): Promise<ActivityPlacement | null> {
    const access = rowAccess(caller, app);
    if (access.kind === 'none') return null;
    const found = await loaders.placement.load(placement.id);
    return found && mayReadParticipant(access, found.participantId) ? found : null;
  }
}

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

  @FieldResolver(() => OfferStub, { description: 'The offer the placement is in.' })
  offer(@Root() placement: ActivityPlacement): OfferStub {
    return offerStub(placement.offer.id);
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
    return em.transactional((tx) => startPlacement(tx, { ...input, endDate: input.endDate ?? null }));
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
      em.transactional((tx) => endPlacement(tx, { ...input, endDate: input.endDate ?? null })),
    );
  }

  @Directive(PROVIDER_WRITE)
  @Mutation(() => ActivityPlacement, {
    description:
      "Changes a placement's days a week, from today (or from its start, when it starts later): for the allocation " +
      "office and BKD's own staff and system; anyone else gets FORBIDDEN. Days outside 1 to 5 give BAD_USER_INPUT, " +
      'an unknown placement NOT_FOUND, a stale expectedVersion CONFLICT, an ended one FAILED_PRECONDITION ALREADY_ENDED.',
  })
  async changeDayServicesPlacementDays(
    @Arg('input', () => ChangePlacementDaysInput, { description: 'The placement and its new days a week.' })
    input: ChangePlacementDaysInput,
    @Ctx() { em, caller, app }: DayServicesContext,
  ): Promise<ActivityPlacement> {
    requireProviderWrite(caller, app, { no: 'endre dagene til en plassering', en: "change a placement's days" });
    const id = asUuid(input.placementId) ?? input.placementId;
    const name = { nb: 'Plassen', en: `Placement ${id}`, it: 'den' } as const;
    return conflictOnRace(name, () => em.transactional((tx) => changeDaysFromToday(tx, input, app.today())));
  }
}
