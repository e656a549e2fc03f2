import {
  UserInputError,
  Access,
  mayReadParticipant,
  PROVIDER_WRITE,
  requireProviderWrite,
  rowAccess,
} from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireTrainingPlanWrite } from '../access';
import type { WorkCentreContext } from '../context';
import { WorkGroup } from '../group/group.entity';
import { OfferStub } from '../offer/offer.stub';
import { TrainingCandidacy } from '../training/training.entity';
import { WorkPlacement } from './placement.entity';
import { ChangeHoursInput, EndPlacementInput, StartPlacementInput } from './placement.inputs';
import { hoursProblems } from './placement.rules';
import {
  changingPlacement,
  endPlacement,
  placementForChange,
  setPlacementHours,
  startPlacement,
} from './placement.service';
import { PlacementStub } from './placement.stub';

@Resolver(() => WorkPlacement)
export class WorkPlacementResolver {
  @FieldResolver(() => WorkGroup, { description: 'The work group the participant works in.' })
  async group(@Root() placement: WorkPlacement, @Ctx() { loaders }: WorkCentreContext): Promise<WorkGroup> {
    const group = await loaders.group.load(placement.group.id);
    if (!group) throw new Error(`Placement ${placement.id} refers to missing group ${placement.group.id}`);
    return group;
  }

  @FieldResolver(() => OfferStub, { description: 'The catalogue offer the placement is in.' })
  offer(@Root() placement: WorkPlacement): OfferStub {
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
    return em.transactional((tx) => startPlacement(tx, { ...input, endDate: input.endDate ?? null }));
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
        return setPlacementHours(tx, placement, input.hoursPerWeek);
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
      em.transactional((tx) => endPlacement(tx, { ...input, endDate: input.endDate ?? null })),
    );
  }
}

/** Adds the work centre's detail to the hub's placements. */
@Resolver(() => PlacementStub)
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
    @Root() placement: PlacementStub,
    @Ctx() { loaders, caller, app }: WorkCentreContext,
  ): Promise<WorkPlacement | null> {
    const access = rowAccess(caller, app);
    if (access.kind === 'none') return null;
    const found = await loaders.placement.load(placement.id);
    return found && mayReadParticipant(access, found.participantId) ? found : null;
  }
}
