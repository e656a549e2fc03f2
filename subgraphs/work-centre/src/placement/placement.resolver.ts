import { type EntityManager, type FilterQuery } from '@mikro-orm/core';
import {
  conflictOnRace,
  expectVersion,
  FailedPreconditionError,
  NotFoundError,
  UserInputError,
  Access,
  appendToFeed,
  mayReadParticipant,
  periodProblems,
  PROVIDER_WRITE,
  requireProviderWrite,
  rowAccess,
  type FieldProblem,
  normalizeText,
  lockForWrite,
} from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireTrainingPlanWrite } from '../common/access';
import { placementChange } from '../common/feed';
import { isUuid } from '../common/ids';
import type { WorkCentreContext } from '../context';
import { WorkGroup } from '../group/group.entity';
import { WorkCentreOffer } from '../offer/offer.entity';
import { Offer } from '../offer/offer.stub';
import { TrainingCandidacy } from '../training/training.entity';
import { WorkPlacement } from './placement.entity';
import { ChangeHoursInput, EndPlacementInput, StartPlacementInput } from './placement.inputs';
import { hoursProblems, startProblems } from './placement.rules';
import { Placement } from './placement.stub';

/** The order of the start input's fields, in which its problems are listed. */
const START_FIELDS = [
  'participantId',
  'offerId',
  'groupId',
  'hoursPerWeek',
  'startDate',
  'endDate',
  'trainingCandidacy',
];
const fieldRank = (problem: FieldProblem) => START_FIELDS.indexOf(problem.field.split('.')[0]);

/**
 * Checks a start's input against itself and the stored offer and group, and returns those two; throws
 * BAD_USER_INPUT with every problem otherwise. The group's row is locked until the transaction ends, which orders
 * concurrent starts in one group, so two cannot both take its last place.
 */
async function offerAndGroupFor(
  em: EntityManager,
  input: StartPlacementInput,
  participantId: string,
): Promise<{ offer: WorkCentreOffer; group: WorkGroup }> {
  const offer = isUuid(input.offerId) ? await em.findOne(WorkCentreOffer, { id: input.offerId }) : null;
  const group = await lockForWrite(em, WorkGroup, input.groupId);
  const problems = startProblems({
    participantId,
    hoursPerWeek: input.hoursPerWeek,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    trainingCandidacy: input.trainingCandidacy ?? null,
  });
  if (!offer) {
    problems.push({
      field: 'offerId',
      nb: `Bærum arbeidssenter har ikke noe tilbud med id «${input.offerId}».`,
      en: `Bærum arbeidssenter has no offer with the id "${input.offerId}".`,
    });
  }
  if (!group) {
    problems.push({
      field: 'groupId',
      nb: `Bærum arbeidssenter har ingen gruppe med id «${input.groupId}».`,
      en: `Bærum arbeidssenter has no group with the id "${input.groupId}".`,
    });
  } else if (offer && group.offer.id !== offer.id) {
    problems.push({
      field: 'groupId',
      nb: `gruppen «${group.name}» hører til et annet tilbud.`,
      en: `the group "${group.name}" belongs to another offer.`,
    });
  }
  if (input.trainingCandidacy && offer && offer.entry.kind !== 'TRAINING_CANDIDATE') {
    problems.push({
      field: 'trainingCandidacy',
      nb: 'bare et tilbud for lærekandidater kan ha en lærekandidatplan.',
      en: 'only a training-candidate offer (lærekandidat) can have a training candidacy.',
    });
  }
  if (problems.length) throw new UserInputError(problems.sort((a, b) => fieldRank(a) - fieldRank(b)));
  return { offer: offer!, group: group! };
}

/** A placement of the same participant in the same offer that shares a day with the period, other than `except`. */
async function overlappingPlacement(
  em: EntityManager,
  placement: { participantId: string; offerId: string; startDate: string; endDate: string | null },
  except?: string,
): Promise<WorkPlacement | null> {
  const where: FilterQuery<WorkPlacement> = {
    participantId: placement.participantId,
    offer: placement.offerId,
    $or: [{ endDate: null }, { endDate: { $gte: placement.startDate } }],
  };
  if (placement.endDate !== null) where.startDate = { $lte: placement.endDate };
  if (except) where.id = { $ne: except };
  return em.findOne(WorkPlacement, where, { orderBy: { startDate: 'asc', id: 'asc' } });
}

const alreadyPlaced = (existing: WorkPlacement) =>
  new FailedPreconditionError(
    'ALREADY_PLACED',
    {
      nb: `Deltakeren har allerede en plass i dette tilbudet fra ${existing.startDate}${existing.endDate ? ` til ${existing.endDate}` : ''} som overlapper.`,
      en: `The participant already has a placement in this offer from ${existing.startDate}${existing.endDate ? ` to ${existing.endDate}` : ''} that overlaps the period.`,
    },
    { placementId: existing.id },
  );

/** Finds the placement a change targets and checks the version the caller read. */
async function placementForChange(em: EntityManager, id: string, expectedVersion: number): Promise<WorkPlacement> {
  const placement = isUuid(id) ? await em.findOne(WorkPlacement, { id }) : null;
  if (!placement) throw new NotFoundError('WorkCentrePlacement', id);
  expectVersion(placement, expectedVersion, { nb: 'Plassen', en: `Placement ${id}`, it: 'den' });
  return placement;
}

/** Runs a change of one placement; a concurrent write caught by the ORM's version check becomes CONFLICT. */
function changingPlacement<T>(id: string, change: () => Promise<T>): Promise<T> {
  return conflictOnRace({ nb: 'Plassen', en: `Placement ${id}`, it: 'den' }, change);
}

@Resolver(() => WorkPlacement)
export class WorkPlacementResolver {
  @FieldResolver(() => WorkGroup, { description: 'The work group the participant works in.' })
  async group(@Root() placement: WorkPlacement, @Ctx() { loaders }: WorkCentreContext): Promise<WorkGroup> {
    const group = await loaders.group.load(placement.group.id);
    if (!group) throw new Error(`Placement ${placement.id} refers to missing group ${placement.group.id}`);
    return group;
  }

  @FieldResolver(() => Offer, { description: 'The catalogue offer the placement is in.' })
  offer(@Root() placement: WorkPlacement): Offer {
    return { id: placement.offer.id };
  }

  @FieldResolver(() => TrainingCandidacy, {
    nullable: true,
    description: 'The training candidacy (lærekandidat) that goes with the placement; null for ordinary work.',
  })
  async trainingCandidacy(
    @Root() placement: WorkPlacement,
    @Ctx() { loaders }: WorkCentreContext,
  ): Promise<TrainingCandidacy | null> {
    return loaders.trainingByPlacement.load(placement.id);
  }

  @Directive(PROVIDER_WRITE)
  @Mutation(() => WorkPlacement, {
    description:
      "Places a participant in a work group: for the allocation office, the work centre's own staff and system, " +
      'and the hub placing a decided place; anyone else gets FORBIDDEN, and so does a partner system that sends a ' +
      'training candidacy (it may read the plan, not write it). Invalid input gives BAD_USER_INPUT; FAILED_PRECONDITION with rule ' +
      'GROUP_FULL when the group has no room from the start date, ALREADY_PLACED when the participant has an ' +
      'overlapping placement in the same offer.',
  })
  async startWorkCentrePlacement(
    @Arg('input', () => StartPlacementInput, { description: 'The new placement.' }) input: StartPlacementInput,
    @Ctx() { em, caller, app }: WorkCentreContext,
  ): Promise<WorkPlacement> {
    if (input.trainingCandidacy) requireTrainingPlanWrite(caller, app);
    else requireProviderWrite(caller, app, { no: 'starte en plassering', en: 'start a placement' });
    const participantId = input.participantId.trim().toLowerCase();
    const startDate = input.startDate;
    const endDate = input.endDate ?? null;
    return em.transactional(async (tx) => {
      const { offer, group } = await offerAndGroupFor(tx, input, participantId);
      const existing = await overlappingPlacement(tx, { participantId, offerId: offer.id, startDate, endDate });
      if (existing) throw alreadyPlaced(existing);
      if (group.capacity !== null) {
        // Placements not ended before the start hold a place: current ones and those booked to start later.
        const taken = await tx.count(WorkPlacement, {
          group: group.id,
          $or: [{ endDate: null }, { endDate: { $gte: startDate } }],
        });
        if (taken >= group.capacity) {
          throw new FailedPreconditionError(
            'GROUP_FULL',
            {
              nb: `Gruppen «${group.name}» er full. Alle ${group.capacity} plassene er tatt fra ${startDate}.`,
              en: `The group "${group.name}" is full: all ${group.capacity} places are taken from ${startDate}.`,
            },
            { groupId: group.id, capacity: group.capacity },
          );
        }
      }

      const placement = tx.create(WorkPlacement, {
        participantId,
        offer,
        group,
        hoursPerWeek: input.hoursPerWeek,
        startDate,
        endDate,
      } as never);
      if (input.trainingCandidacy) {
        tx.create(TrainingCandidacy, {
          placement,
          trade: group.trade,
          goal: normalizeText(input.trainingCandidacy.goal),
          trainingStart: startDate,
          plannedEnd: input.trainingCandidacy.plannedEnd,
        } as never);
      }
      await tx.flush();
      await appendToFeed(tx, [placementChange(placement)]);
      return placement;
    });
  }

  @Directive(PROVIDER_WRITE)
  @Mutation(() => WorkPlacement, {
    description:
      "Changes the hours a week of a placement: for the allocation office and the work centre's own staff and " +
      'system; anyone else gets FORBIDDEN. Invalid hours give BAD_USER_INPUT, an unknown placement NOT_FOUND, ' +
      'a stale expectedVersion CONFLICT.',
  })
  async changeWorkCentrePlacementHours(
    @Arg('input', () => ChangeHoursInput, { description: 'The placement and its new hours.' }) input: ChangeHoursInput,
    @Ctx() { em, caller, app }: WorkCentreContext,
  ): Promise<WorkPlacement> {
    requireProviderWrite(caller, app, { no: 'endre timene til en plassering', en: "change a placement's hours" });
    const problems = hoursProblems(input.hoursPerWeek);
    if (problems.length) throw new UserInputError(problems);
    return changingPlacement(input.placementId, () =>
      em.transactional(async (tx) => {
        const placement = await placementForChange(tx, input.placementId, input.expectedVersion);
        if (placement.hoursPerWeek === input.hoursPerWeek) return placement;
        placement.hoursPerWeek = input.hoursPerWeek;
        await tx.flush();
        await appendToFeed(tx, [placementChange(placement)]);
        return placement;
      }),
    );
  }

  @Directive(PROVIDER_WRITE)
  @Mutation(() => WorkPlacement, {
    description:
      "Ends a placement on a day: for the allocation office, the work centre's own staff and system, and the hub " +
      'in a transition; anyone else gets FORBIDDEN. An end before the start gives BAD_USER_INPUT, an unknown placement NOT_FOUND, ' +
      'a stale expectedVersion CONFLICT; moving the end into another placement in the same offer, or removing it (endDate null) over one, ALREADY_PLACED.',
  })
  async endWorkCentrePlacement(
    @Arg('input', () => EndPlacementInput, { description: 'The placement and its last day.' }) input: EndPlacementInput,
    @Ctx() { em, caller, app }: WorkCentreContext,
  ): Promise<WorkPlacement> {
    requireProviderWrite(caller, app, { no: 'avslutte en plassering', en: 'end a placement' });
    return changingPlacement(input.placementId, () =>
      em.transactional(async (tx) => {
        const placement = await placementForChange(tx, input.placementId, input.expectedVersion);
        const endDate = input.endDate ?? null;
        const problems = periodProblems(placement.startDate, endDate);
        if (problems.length) throw new UserInputError(problems);
        if (placement.endDate === endDate) return placement;
        const existing = await overlappingPlacement(
          tx,
          {
            participantId: placement.participantId,
            offerId: placement.offer.id,
            startDate: placement.startDate,
            endDate,
          },
          placement.id,
        );
        if (existing) throw alreadyPlaced(existing);
        placement.endDate = endDate;
        await tx.flush();
        await appendToFeed(tx, [placementChange(placement)]);
        return placement;
      }),
    );
  }
}

/** Adds the work centre's detail to the hub's placements. */
@Resolver(() => Placement)
export class PlacementWorkCentreResolver {
  @Directive(Access.PROVIDER_DETAIL)
  @FieldResolver(() => WorkPlacement, {
    nullable: true,
    description:
      "The placement's detail at Bærum arbeidssenter; null when the placement is not the work centre's, and null " +
      "when the caller may not see it (only the allocation office, the work centre's own staff and system, and " +
      'the participant or their guardian may).',
  })
  async workCentre(
    @Root() placement: Placement,
    @Ctx() { loaders, caller, app }: WorkCentreContext,
  ): Promise<WorkPlacement | null> {
    const access = rowAccess(caller, app);
    if (access.kind === 'none') return null;
    const found = await loaders.placement.load(placement.id);
    return found && mayReadParticipant(access, found.participantId) ? found : null;
  }
}
