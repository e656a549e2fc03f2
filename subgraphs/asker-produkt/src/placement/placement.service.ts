import type { EntityManager } from '@mikro-orm/core';
import {
  appendToFeed,
  asUuid,
  expectVersion,
  FailedPreconditionError,
  findOverlappingPlacement,
  lockForWrite,
  NotFoundError,
  periodProblems,
  PlacementRefusalRule,
  UserInputError,
  type FeedChange,
  type FieldProblem,
  placementFeedChange,
} from '@veiinn/kit';
import { AskerProduktAftPeriod, AskerProduktWorkTraining } from '../aft/aft-period.entity';
import { AskerProduktDepartment } from '../department/department.entity';
import { AskerProduktMeasure, AskerProduktOffer } from '../offer/offer.entity';
import { AskerProduktPlacement } from './placement.entity';

/*
 * Asker Produkt's placement writes, used by the placement protocol (placement.protocol.ts). Each runs inside the
 * caller's transaction `tx` and opens none of its own.
 */

/** A full-time week in Norway: one place. Places are shared, so a place is counted in hours, not in heads. */
export const FULL_TIME_HOURS = 37.5;

/** Asker Produkt's own refusal beside the protocol's: the offer's places are used up from the start day. */
export const NO_FREE_PLACE = 'NO_FREE_PLACE';

export interface PlaceFields {
  participantId: string;
  offerId: string;
  /** The VTA department (the protocol's group); null for AFT, or for VTA when not recorded. */
  groupId: string | null;
  hoursPerWeek: number | null;
  startDate: string;
  endDate: string | null;
}

export interface EndFields {
  endDate: string | null;
  expectedVersion: number | null;
}

/** The `placement` event for a placement as it is now (the kit's). Call after the flush. */
export const placementChange = (placement: AskerProduktPlacement): FeedChange => placementFeedChange(placement);

const dayAfter = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** Refuses when the participant has a placement in the offer sharing a day with `from`..`to`. */
async function checkNotPlaced(
  tx: EntityManager,
  placement: { participantId: string; offerId: string; exceptId?: string },
  from: string,
  to: string | null,
): Promise<void> {
  const existing = await findOverlappingPlacement(tx, AskerProduktPlacement, { ...placement, from, to });
  if (!existing) return;
  throw new FailedPreconditionError(
    PlacementRefusalRule.ALREADY_PLACED,
    {
      nb: `Deltakeren har allerede en plass i dette tilbudet fra ${existing.startDate} som overlapper.`,
      en: `The participant already has a placement in this offer from ${existing.startDate} that overlaps this one.`,
    },
    { placementId: existing.id },
  );
}

/**
 * Refuses when `hours` more a week from `from` would use more than the offer's places, counted in full-time places:
 * 42 people share VTA's 41 places because some work part-time.
 */
async function checkRoom(
  tx: EntityManager,
  offer: AskerProduktOffer,
  hours: number,
  from: string,
  exceptId?: string,
): Promise<void> {
  const holding = await tx.find(AskerProduktPlacement, {
    offer: offer.id,
    ...(exceptId ? { id: { $ne: exceptId } } : {}),
    $or: [{ endDate: null }, { endDate: { $gte: from } }],
  });
  const used = holding.reduce((sum, p) => sum + p.hoursPerWeek, 0);
  if (used + hours <= offer.places * FULL_TIME_HOURS) return;
  throw new FailedPreconditionError(
    NO_FREE_PLACE,
    {
      nb: `${offer.measure} hos Asker Produkt har ikke ledig plass fra ${from}. Alle ${offer.places} plassene er i bruk.`,
      en: `Asker Produkt's ${offer.measure} has no free place from ${from}: all its ${offer.places} places are in use.`,
    },
    { offerId: offer.id, places: offer.places },
  );
}

function hoursProblems(hours: number | null): FieldProblem[] {
  if (hours !== null && Number.isFinite(hours) && hours > 0 && hours <= FULL_TIME_HOURS) return [];
  return [
    {
      field: 'hoursPerWeek',
      nb: `må være mer enn 0 og høyst ${FULL_TIME_HOURS} timer i uka.`,
      en: `must be more than 0 and at most ${FULL_TIME_HOURS} hours a week.`,
    },
  ];
}

/** Places a participant in VTA or AFT: BAD_USER_INPUT, or FAILED_PRECONDITION NO_FREE_PLACE / ALREADY_PLACED. */
export async function startPlacement(tx: EntityManager, input: PlaceFields): Promise<AskerProduktPlacement> {
  const problems = [...periodProblems(input.startDate, input.endDate), ...hoursProblems(input.hoursPerWeek)];
  const participantId = asUuid(input.participantId);
  if (!participantId) {
    problems.push({
      field: 'participantId',
      nb: 'må være deltakerens id i huben (en UUID).',
      en: "must be the hub's participant id (a UUID).",
    });
  }
  // Locked, so two placements at once cannot both take the last place (PostgreSQL; SQLite has one writer anyway).
  const offer = await lockForWrite(tx, AskerProduktOffer, input.offerId);
  if (!offer) {
    problems.push({
      field: 'offerId',
      nb: `Asker Produkt har ikke noe tilbud med id «${input.offerId}».`,
      en: `no Asker Produkt offer has the id "${input.offerId}".`,
    });
  }
  const department = input.groupId === null ? null : await tx.findOne(AskerProduktDepartment, { id: input.groupId });
  if (input.groupId !== null && (!department || (offer && department.offer.id !== offer.id))) {
    problems.push({
      field: 'groupId',
      nb: `${offer?.measure ?? 'tilbudet'} hos Asker Produkt har ingen avdeling med id «${input.groupId}».`,
      en: `Asker Produkt's ${offer?.measure ?? 'offer'} has no department with the id "${input.groupId}".`,
    });
  }
  if (problems.length) throw new UserInputError(problems);

  await checkNotPlaced(tx, { participantId: participantId!, offerId: offer!.id }, input.startDate, input.endDate);
  await checkRoom(tx, offer!, input.hoursPerWeek!, input.startDate);
  const placement = tx.create(AskerProduktPlacement, {
    participantId,
    offer: offer!,
    department,
    measure: offer!.measure,
    hoursPerWeek: input.hoursPerWeek!,
    startDate: input.startDate,
    endDate: input.endDate,
  } as never);
  // AFT starts with training in house; the staff move it outside when a partner is found.
  if (placement.measure === AskerProduktMeasure.AFT) {
    tx.create(AskerProduktAftPeriod, {
      placement,
      startDate: input.startDate,
      endDate: input.endDate,
      workTraining: AskerProduktWorkTraining.INTERNAL,
    } as never);
  }
  await tx.flush();
  await appendToFeed(tx, [placementChange(placement)]);
  return placement;
}

/**
 * Sets (or, with null, takes back) a placement's last day: NOT_FOUND, CONFLICT, BAD_USER_INPUT, or for a later end
 * ALREADY_PLACED / NO_FREE_PLACE. An AFT placement's last period ends (or runs on) with it; its outcome is
 * recorded by Asker Produkt's staff, not by the protocol.
 */
export async function endPlacement(tx: EntityManager, id: string, input: EndFields): Promise<AskerProduktPlacement> {
  const placement = await lockForWrite(tx, AskerProduktPlacement, id);
  if (!placement) throw new NotFoundError('AskerProduktPlacement', id);
  expectVersion(placement, input.expectedVersion, { nb: 'Plassen', en: `Placement ${id}`, it: 'den' });
  const endDate = input.endDate ?? null;
  const problems = periodProblems(placement.startDate, endDate);
  if (problems.length) throw new UserInputError(problems);
  const before = placement.endDate;
  if (before === endDate) return placement;
  if (before !== null && (endDate === null || endDate > before)) {
    // Days the offer did not count on: checked as a new placement's would be.
    const from = dayAfter(before);
    const ref = { participantId: placement.participantId, offerId: placement.offer.id, exceptId: placement.id };
    await checkNotPlaced(tx, ref, from, endDate);
    const offer = await tx.findOneOrFail(AskerProduktOffer, { id: placement.offer.id });
    await checkRoom(tx, offer, placement.hoursPerWeek, from, placement.id);
  }
  const last = (
    await tx.find(AskerProduktAftPeriod, { placement: placement.id }, { orderBy: { startDate: 'desc' } })
  )[0];
  if (last && last.endDate === before) {
    last.endDate = endDate;
    if (endDate === null) last.outcome = null;
  }
  placement.endDate = endDate;
  await tx.flush();
  await appendToFeed(tx, [placementChange(placement)]);
  return placement;
}

export interface ExtentFields {
  hoursPerWeek: number | null;
  /** The day the new extent applies from; with no history of extent kept, it is the day the room is checked from. */
  from: string;
  expectedVersion: number | null;
}

/**
 * Changes a running placement's hours a week: NOT_FOUND, CONFLICT, BAD_USER_INPUT, or NO_FREE_PLACE when more hours
 * would not fit from `from`. Asker Produkt keeps no history of extent: the new hours replace the current ones.
 */
export async function changeExtent(tx: EntityManager, id: string, input: ExtentFields): Promise<AskerProduktPlacement> {
  const placement = await lockForWrite(tx, AskerProduktPlacement, id);
  if (!placement) throw new NotFoundError('AskerProduktPlacement', id);
  expectVersion(placement, input.expectedVersion, { nb: 'Plassen', en: `Placement ${id}`, it: 'den' });
  const problems = [
    ...periodProblems(input.from, null, { start: 'from', end: 'from' }),
    ...hoursProblems(input.hoursPerWeek),
  ];
  if (problems.length) throw new UserInputError(problems);
  if (input.hoursPerWeek! > placement.hoursPerWeek) {
    const offer = await lockForWrite(tx, AskerProduktOffer, placement.offer.id);
    await checkRoom(tx, offer!, input.hoursPerWeek!, input.from, placement.id);
  }
  placement.hoursPerWeek = input.hoursPerWeek!;
  await tx.flush();
  await appendToFeed(tx, [placementChange(placement)]);
  return placement;
}
