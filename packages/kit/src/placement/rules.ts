import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';

/**
 * The placement rules every provider with groups has (the day services', the work centre's), written once: which of
 * a participant's placements in an offer overlaps a period (ALREADY_PLACED), and how many placements hold a place in
 * a group from a day (GROUP_FULL). They read an entity with `participantId`, `offer`, `group`, `startDate` and
 * `endDate` (dates as YYYY-MM-DD); each provider words its own refusal. Arba counts places per offer and
 * municipality instead, and keeps its rule.
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
