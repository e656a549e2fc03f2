import { type EntityManager } from '@mikro-orm/core';
import {
  appendToFeed,
  applyExtent,
  conflictOnRace,
  assertRoomInGroup,
  findOverlappingPlacement,
  expectVersion,
  alreadyPlaced,
  lockForWrite,
  normalizeText,
  NotFoundError,
  periodProblems,
  setExtent,
  UserInputError,
  type ExtentRequest,
  type ExtentRule,
  type FieldProblem,
  type PlacementNeeds,
} from '@veiinn/kit';
import { placementChange } from '../common/feed';
import { isUuid } from '../common/ids';
import { WorkGroup } from '../group/group.entity';
import { WorkCentreOffer } from '../offer/offer.entity';
import { TrainingCandidacy } from '../training/training.entity';
import { WorkPlacement } from './placement.entity';
import { hoursProblems, startProblems } from './placement.rules';

/**
 * The work centre's placement writes, shared by the staff's GraphQL mutations and the placement protocol
 * (placement.protocol.ts). Each runs inside the caller's transaction and opens none of its own.
 */

/** What a placement here needs beside participant, offer and start: a group and hours a week. */
export const WORK_CENTRE_NEEDS: PlacementNeeds = { group: true, daysPerWeek: false, hoursPerWeek: true };

/** A new placement; `groupId` and `hoursPerWeek` may be missing when the protocol's caller left them out. */
export interface StartPlacementFields {
  participantId: string;
  offerId: string;
  groupId: string | null;
  hoursPerWeek: number | null;
  startDate: string;
  endDate: string | null;
  trainingCandidacy?: { goal: string; plannedEnd: string } | null;
}

export interface EndPlacementFields {
  placementId: string;
  endDate: string | null;
  expectedVersion: number | null;
}

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
  input: StartPlacementFields,
  participantId: string,
): Promise<{ offer: WorkCentreOffer; group: WorkGroup }> {
  const offer = isUuid(input.offerId) ? await em.findOne(WorkCentreOffer, { id: input.offerId }) : null;
  const group = await lockForWrite(em, WorkGroup, input.groupId ?? '');
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
function overlappingPlacement(
  em: EntityManager,
  placement: { participantId: string; offerId: string; startDate: string; endDate: string | null },
  except?: string,
): Promise<WorkPlacement | null> {
  const { participantId, offerId, startDate: from, endDate: to } = placement;
  return findOverlappingPlacement(em, WorkPlacement, { participantId, offerId, from, to, exceptId: except });
}

/** Finds the placement a change targets and checks the version the caller read. */
export async function placementForChange(
  em: EntityManager,
  id: string,
  expectedVersion: number | null,
): Promise<WorkPlacement> {
  const placement = isUuid(id) ? await em.findOne(WorkPlacement, { id }) : null;
  if (!placement) throw new NotFoundError('WorkCentrePlacement', id);
  expectVersion(placement, expectedVersion, { nb: 'Plassen', en: `Placement ${id}`, it: 'den' });
  return placement;
}

/** Runs a change of one placement; a concurrent write caught by the ORM's version check becomes CONFLICT. */
export function changingPlacement<T>(id: string, change: () => Promise<T>): Promise<T> {
  return conflictOnRace({ nb: 'Plassen', en: `Placement ${id}`, it: 'den' }, change);
}

/** Places a participant in a work group: BAD_USER_INPUT, or FAILED_PRECONDITION GROUP_FULL / ALREADY_PLACED. */
export async function startPlacement(tx: EntityManager, input: StartPlacementFields): Promise<WorkPlacement> {
  const participantId = input.participantId.trim().toLowerCase();
  const startDate = input.startDate;
  const endDate = input.endDate ?? null;
  const { offer, group } = await offerAndGroupFor(tx, input, participantId);
  const existing = await overlappingPlacement(tx, { participantId, offerId: offer.id, startDate, endDate });
  if (existing) throw alreadyPlaced(existing);
  // Placements not ended before the start hold a place: current ones and those booked to start later.
  await assertRoomInGroup(tx, WorkPlacement, group, startDate);

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
}

/** Sets (or takes back) a placement's last day: NOT_FOUND, CONFLICT, BAD_USER_INPUT, ALREADY_PLACED. */
export async function endPlacement(tx: EntityManager, input: EndPlacementFields): Promise<WorkPlacement> {
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
}

/** Sets a placement's hours a week, checked by the caller, and tells the feed when they changed. */
export function setPlacementHours(tx: EntityManager, placement: WorkPlacement, hours: number): Promise<WorkPlacement> {
  return setExtent(tx, placement, 'hoursPerWeek', hours, placementChange);
}

/** How a placement here keeps its extent, for the placement protocol. */
const HOURS_EXTENT: ExtentRule<WorkPlacement> = {
  needs: WORK_CENTRE_NEEDS,
  field: 'hoursPerWeek',
  rangeProblems: hoursProblems,
  change: placementChange,
};

/**
 * Changes a placement's hours a week (the placement protocol's extent): BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * ALREADY_ENDED. A placement here keeps one number of hours, not their history, so `from` is checked but the new
 * hours hold for the whole placement.
 */
export async function changePlacementHours(
  tx: EntityManager,
  placementId: string,
  request: ExtentRequest,
): Promise<WorkPlacement> {
  return applyExtent(tx, await placementForChange(tx, placementId, request.expectedVersion), request, HOURS_EXTENT);
}
