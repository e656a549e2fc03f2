import type { EntityManager } from '@mikro-orm/core';
import {
  appendToFeed,
  applyExtent,
  alreadyPlaced,
  assertRoomInGroup,
  findOverlappingPlacement,
  expectVersion,
  NotFoundError,
  periodProblems,
  UserInputError,
  type ExtentRequest,
  type ExtentRule,
  type PlacementNeeds,
} from '@veiinn/kit';
import { asUuid } from '../common/ids';
import { placementChange } from '../feed/changes';
import { ActivityGroup } from '../group/group.entity';
import { lockOffer } from '../offer/offer.lock';
import { ActivityPlacement } from './placement.entity';
import { daysProblems, startPlacementProblems } from './placement.rules';

/**
 * The day services' placement writes, shared by the staff's GraphQL mutations and the placement protocol
 * (placement.protocol.ts). Each runs inside the caller's transaction `tx` and opens none of its own.
 */

/** What a placement here needs beside participant, offer and start: a group and days a week. */
export const DAY_SERVICES_NEEDS: PlacementNeeds = { group: true, daysPerWeek: true, hoursPerWeek: false };

/** What a new placement needs; `groupId` and `daysPerWeek` may be missing when the protocol's caller left them out. */
export interface StartPlacementFields {
  participantId: string;
  offerId: string;
  groupId: string | null;
  daysPerWeek: number | null;
  startDate: string;
  endDate?: string | null;
}

export interface EndPlacementFields {
  placementId: string;
  endDate: string | null;
  expectedVersion: number | null;
}

/**
 * Another placement of the participant in the offer that overlaps the days from `from` to `to` (open-ended when
 * null), if there is one: the kit's rule, shared with the work centre.
 */
function findOverlap(
  em: EntityManager,
  placement: { participantId: string; offerId: string; excludeId?: string },
  from: string,
  to: string | null,
) {
  const { participantId, offerId, excludeId } = placement;
  return findOverlappingPlacement(em, ActivityPlacement, { participantId, offerId, from, to, exceptId: excludeId });
}

const dayAfter = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** Places a participant in an activity group: BAD_USER_INPUT, or FAILED_PRECONDITION GROUP_FULL / ALREADY_PLACED. */
export async function startPlacement(tx: EntityManager, input: StartPlacementFields): Promise<ActivityPlacement> {
  const problems = startPlacementProblems(input);
  const [participantId, offerId, groupId] = [input.participantId, input.offerId, input.groupId ?? ''].map(asUuid);
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
  if (overlap) throw alreadyPlaced(overlap);
  await assertRoomInGroup(tx, ActivityPlacement, group!, input.startDate);

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
}

/**
 * The placement a change targets, read again under its offer's lock: NOT_FOUND when there is none, CONFLICT when a
 * change committed meanwhile (or before the caller read it) left another version.
 */
async function placementToChange(
  tx: EntityManager,
  placementId: string,
  expectedVersion: number | null,
): Promise<ActivityPlacement> {
  const id = asUuid(placementId) ?? placementId;
  const found = asUuid(id) ? await tx.findOne(ActivityPlacement, { id }) : null;
  if (!found) throw new NotFoundError('DayServicesPlacement', id);
  await lockOffer(tx, found.offer.id);
  const placement = await tx.findOneOrFail(ActivityPlacement, { id }, { refresh: true });
  expectVersion(placement, expectedVersion, { nb: 'Plassen', en: `Placement ${id}`, it: 'den' });
  return placement;
}

/** How a placement here keeps its extent, for the placement protocol. */
const DAYS_EXTENT: ExtentRule<ActivityPlacement> = {
  needs: DAY_SERVICES_NEEDS,
  field: 'daysPerWeek',
  rangeProblems: daysProblems,
  change: placementChange,
};

/**
 * Changes a placement's days a week (the placement protocol's extent): BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * ALREADY_ENDED. A placement here keeps one extent, not its history, so `from` is checked but the new days hold
 * for the whole placement; a group's room counts placements, not days, so it is not asked again.
 */
export async function changePlacementDays(tx: EntityManager, id: string, request: ExtentRequest) {
  return applyExtent(tx, await placementToChange(tx, id, request.expectedVersion), request, DAYS_EXTENT);
}

/**
 * Staff's change of a placement's days a week (`changeDayServicesPlacementDays`): from today, or from the start of
 * one that starts later; the same checks as the protocol's extent (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * ALREADY_ENDED).
 */
export async function changeDaysFromToday(
  tx: EntityManager,
  input: { placementId: string; daysPerWeek: number; expectedVersion: number },
  today: string,
): Promise<ActivityPlacement> {
  const placement = await placementToChange(tx, input.placementId, input.expectedVersion);
  const from = placement.startDate > today ? placement.startDate : today;
  const request = {
    idempotencyKey: '',
    daysPerWeek: input.daysPerWeek,
    hoursPerWeek: null,
    from,
    expectedVersion: input.expectedVersion,
  };
  return applyExtent(tx, placement, request, DAYS_EXTENT);
}

/** Sets (or takes back) a placement's last day: NOT_FOUND, CONFLICT, BAD_USER_INPUT, GROUP_FULL, ALREADY_PLACED. */
export async function endPlacement(tx: EntityManager, input: EndPlacementFields): Promise<ActivityPlacement> {
  const placement = await placementToChange(tx, input.placementId, input.expectedVersion);
  const id = placement.id;
  const endDate = input.endDate ?? null;
  const problems = periodProblems(placement.startDate, endDate);
  if (problems.length) throw new UserInputError(problems);
  if (placement.endDate === endDate) return placement;

  if (placement.endDate !== null && (endDate === null || endDate > placement.endDate)) {
    // A later end gives the participant days the group did not count on: check them as a new placement would be.
    const from = dayAfter(placement.endDate);
    const ref = { participantId: placement.participantId, offerId: placement.offer.id, excludeId: id };
    const overlap = await findOverlap(tx, ref, from, endDate);
    if (overlap) throw alreadyPlaced(overlap);
    await assertRoomInGroup(
      tx,
      ActivityPlacement,
      await tx.findOneOrFail(ActivityGroup, { id: placement.group.id }),
      from,
      id,
    );
  }
  placement.endDate = endDate;
  await tx.flush();
  await appendToFeed(tx, [placementChange(placement)]);
  return placement;
}
