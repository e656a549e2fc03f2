import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { FailedPreconditionError, UserInputError, type FieldProblem } from '@veiinn/contracts';
import { appendToFeed, type FeedChange } from '../feed/outbox';
import { PlacementRefusalRule, type ExtentRequest, type PlacementNeeds } from './protocol';

/**
 * The placement rules every provider with groups has (the day services', the work centre's), written once: which of
 * a participant's placements in an offer overlaps a period (ALREADY_PLACED), and how many placements hold a place in
 * a group from a day (GROUP_FULL). They read an entity with `participantId`, `offer`, `group`, `startDate` and
 * `endDate` (dates as YYYY-MM-DD), and refuse in the same words everywhere (`alreadyPlaced`, `assertRoomInGroup`).
 * Arba and Asker Produkt count places per offer (and municipality, or in hours) instead, and keep their rule.
 */

/** The participant's placement in the offer that shares a day with `from`..`to` (open-ended when null), if any. */
export function findOverlappingPlacement<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  period: { participantId: string; offerId: string; from: string; to: string | null; exceptId?: string },
): Promise<T | null> {
  const where = {
    participantId: period.participantId,
    offer: period.offerId,
    ...(period.exceptId ? { id: { $ne: period.exceptId } } : {}),
    ...(period.to === null ? {} : { startDate: { $lte: period.to } }),
    $or: [{ endDate: null }, { endDate: { $gte: period.from } }],
  } as unknown as FilterQuery<T>;
  return em.findOne(entity, where, { orderBy: { startDate: 'asc', id: 'asc' } as never });
}

/** Placements of the group that hold a place on `from` or later: not ended before it (current or booked). */
export function countPlacesHeld<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  group: { groupId: string; from: string; exceptId?: string },
): Promise<number> {
  const where = {
    group: group.groupId,
    ...(group.exceptId ? { id: { $ne: group.exceptId } } : {}),
    $or: [{ endDate: null }, { endDate: { $gte: group.from } }],
  } as unknown as FilterQuery<T>;
  return em.count(entity, where);
}

/** ALREADY_PLACED: `existing`, the participant's placement in the offer, shares a day with the period asked for. */
export function alreadyPlaced(existing: { id: string; startDate: string; endDate: string | null }) {
  const nbUntil = existing.endDate ? ` til ${existing.endDate}` : '';
  const enUntil = existing.endDate ? ` to ${existing.endDate}` : '';
  return new FailedPreconditionError(
    PlacementRefusalRule.ALREADY_PLACED,
    {
      nb: `Deltakeren har allerede en plass i dette tilbudet fra ${existing.startDate}${nbUntil} som overlapper.`,
      en: `The participant already has a placement in this offer from ${existing.startDate}${enUntil} that overlaps the period.`,
    },
    { placementId: existing.id },
  );
}

/**
 * Refuses GROUP_FULL unless the group has room from `from`: a capacity of N with N placements holding a place then
 * (`countPlacesHeld`, leaving out `exceptId`). A group without a capacity (null) always has room.
 */
export async function assertRoomInGroup<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  group: { id: string; name: string; capacity: number | null },
  from: string,
  exceptId?: string,
): Promise<void> {
  if (group.capacity === null) return;
  const taken = await countPlacesHeld(em, entity, { groupId: group.id, from, exceptId });
  if (taken < group.capacity) return;
  throw new FailedPreconditionError(
    PlacementRefusalRule.GROUP_FULL,
    {
      nb: `Gruppen «${group.name}» er full fra ${from}: alle ${group.capacity} plassene er tatt.`,
      en: `The group "${group.name}" is full from ${from}: all ${group.capacity} places are taken.`,
    },
    { groupId: group.id, capacity: group.capacity },
  );
}

/**
 * The checks of an extent change every provider makes (`POST /placements/{id}/extent`), given the placement it
 * changes and what the provider's placements need: the extent it counts is given, within the provider's own range
 * (`rangeProblems`, its rule for a new placement), and the other left out (BAD_USER_INPUT); `from` is not before the
 * start (BAD_USER_INPUT) nor after the last day (FAILED_PRECONDITION ALREADY_ENDED).
 */
export function checkExtent(
  placement: { id: string; startDate: string; endDate: string | null },
  request: Pick<ExtentRequest, 'hoursPerWeek' | 'daysPerWeek' | 'from'>,
  needs: PlacementNeeds,
  rangeProblems: (value: number) => FieldProblem[],
): void {
  const problems: FieldProblem[] = [];
  for (const field of ['daysPerWeek', 'hoursPerWeek'] as const) {
    const value = request[field];
    if (needs[field] && value === null)
      problems.push({ field, nb: 'må være med hos denne tilbyderen.', en: 'is required by this provider.' });
    else if (needs[field] && value !== null) problems.push(...rangeProblems(value));
    else if (value !== null)
      problems.push({
        field,
        nb: 'brukes ikke hos denne tilbyderen. La feltet stå tomt.',
        en: 'is not kept by this provider; leave it out.',
      });
  }
  if (request.from < placement.startDate)
    problems.push({
      field: 'from',
      nb: `kan ikke være før plassens start, ${placement.startDate}.`,
      en: `must not be before the placement's start, ${placement.startDate}.`,
    });
  if (problems.length) throw new UserInputError(problems);
  if (placement.endDate !== null && request.from > placement.endDate)
    throw new FailedPreconditionError(
      PlacementRefusalRule.ALREADY_ENDED,
      {
        nb: `Plassen sluttet ${placement.endDate}, før ${request.from}, så omfanget kan ikke endres fra da.`,
        en: `The placement ended on ${placement.endDate}, before ${request.from}, so its extent cannot change from then.`,
      },
      { placementId: placement.id, endDate: placement.endDate },
    );
}

/**
 * Sets a placement's days or hours a week, checked by the caller, in the caller's transaction; when they change,
 * the placement's feed event (`change`) goes out with the write. The placement's version column moves with it.
 */
export async function setExtent<T extends Partial<Record<'daysPerWeek' | 'hoursPerWeek', number | null>>>(
  em: EntityManager,
  placement: T,
  field: 'daysPerWeek' | 'hoursPerWeek',
  value: number,
  change: (placement: T) => FeedChange,
): Promise<T> {
  if (placement[field] === value) return placement;
  placement[field] = value;
  await em.flush();
  await appendToFeed(em, [change(placement)]);
  return placement;
}

/** How a provider keeps an extent: what its placements need, the field, its range and its feed event. */
export interface ExtentRule<T> {
  needs: PlacementNeeds;
  field: 'daysPerWeek' | 'hoursPerWeek';
  rangeProblems: (value: number) => FieldProblem[];
  change: (placement: T) => FeedChange;
}

/** An extent change of `placement` as the protocol asks it: `checkExtent`, then `setExtent`. */
export function applyExtent<
  T extends { id: string; startDate: string; endDate: string | null } & Partial<
    Record<'daysPerWeek' | 'hoursPerWeek', number | null>
  >,
>(em: EntityManager, placement: T, request: ExtentRequest, rule: ExtentRule<T>): Promise<T> {
  checkExtent(placement, request, rule.needs, rule.rangeProblems);
  return setExtent(em, placement, rule.field, request[rule.field]!, rule.change);
}
