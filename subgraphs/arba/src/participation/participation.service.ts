import type { EntityManager } from '@mikro-orm/core';
import {
  appendToFeed,
  applyExtent,
  FailedPreconditionError,
  lockForWrite,
  UserInputError,
  type ExtentRequest,
  type ExtentRule,
  type FieldProblem,
  type PlacementNeeds,
} from '@veiinn/kit';
import { AftPeriod } from '../aft/aft-period.entity';
import { initialAftPeriod } from '../aft/aft.rules';
import { ArbaArena } from '../arena/arena.entity';
import { ArbaMeasure, type ArbaMunicipality } from '../common/enums';
import { ArbaOffer } from '../offer/offer.entity';
import { ArbaPlaceReservation } from '../offer/place-reservation.entity';
import { placementChange } from './participation.feed';
import { ArbaParticipation, type ArbaAftOutcome } from './participation.entity';
import { DEFAULT_MUNICIPALITY, hoursProblems, noFreePlace, startProblems } from './participation.rules';
import { assertRunning, findTarget } from './participation.target';

/**
 * Arba's participation writes, shared by the staff's GraphQL mutations and the placement protocol
 * (participation.protocol.ts). Each runs inside the caller's transaction and opens none of its own.
 */

/** What a participation needs beside participant, offer and start: an arena (the protocol's group) and hours. */
export const ARBA_NEEDS: PlacementNeeds = { group: true, daysPerWeek: false, hoursPerWeek: true };

/** A new participation; `arenaId` and `hoursPerWeek` may be missing when the protocol's caller left them out. */
export interface StartParticipationFields {
  participantId: string;
  offerId: string;
  arenaId: string | null;
  municipality?: ArbaMunicipality | null;
  hoursPerWeek: number | null;
  startDate: string;
}

export interface EndParticipationFields {
  participationId: string;
  endDate: string | null;
  outcome?: ArbaAftOutcome | null;
  expectedVersion: number | null;
}

/** Starts a participation in VTA or AFT: BAD_USER_INPUT, or FAILED_PRECONDITION NO_FREE_PLACE / ALREADY_PLACED. */
export async function startParticipation(
  tx: EntityManager,
  input: StartParticipationFields,
): Promise<ArbaParticipation> {
  const municipality = input.municipality ?? DEFAULT_MUNICIPALITY;
  const participantId = input.participantId.toLowerCase();
  const problems: FieldProblem[] = startProblems(input);
  // Locked, so two starts at once cannot both take the last place (PostgreSQL; SQLite has one writer anyway).
  const offer = await lockForWrite(tx, ArbaOffer, input.offerId);
  const arena = await tx.findOne(ArbaArena, { id: input.arenaId });
  if (!offer)
    problems.push({
      field: 'offerId',
      nb: `Arba har ikke noe tilbud med id «${input.offerId}».`,
      en: `no Arba offer has the id "${input.offerId}".`,
    });
  else if (offer.measure === null) {
    problems.push({
      field: 'offerId',
      nb: `«${offer.catalogue.titleNb}» står bare i katalogen. Plasser føres for VTA og AFT.`,
      en: `"${offer.catalogue.titleNb}" is in the catalogue only; participations are kept for VTA and AFT.`,
    });
  }
  if (!arena)
    problems.push({
      field: 'arenaId',
      nb: `Arba har ingen arena med id «${input.arenaId}».`,
      en: `no Arba arena has the id "${input.arenaId}".`,
    });
  else if (offer?.measure && arena.onlyFor !== null && arena.onlyFor !== offer.measure) {
    problems.push({
      field: 'arenaId',
      nb: `«${arena.name}» er en arena bare for ${arena.onlyFor}.`,
      en: `"${arena.name}" is an arena for ${arena.onlyFor} only.`,
    });
  }
  if (problems.length) throw new UserInputError(problems);
  const measure = offer!.measure!;

  // Participations that have not ended before the start hold a place on the start day or later.
  const occupying = await tx.find(ArbaParticipation, {
    offer: offer!.id,
    $or: [{ endDate: null }, { endDate: { $gte: input.startDate } }],
  });
  if (occupying.some((p) => p.participantId === participantId)) {
    throw new FailedPreconditionError('ALREADY_PLACED', {
      nb: `Deltakeren har allerede en plass i ${measure} hos Arba som ikke slutter før ${input.startDate}.`,
      en: `Participant ${participantId} already has a placement in Arba's ${measure} that has not ended before ${input.startDate}.`,
    });
  }
  const reservations = await tx.find(ArbaPlaceReservation, { offer: offer!.id });
  const full = noFreePlace(
    { measure, places: offer!.places, reservations, occupying: occupying.map((p) => p.municipality) },
    municipality,
    input.startDate,
  );
  if (full) throw full;

  const initial = measure === ArbaMeasure.AFT ? initialAftPeriod(input.startDate) : null;
  const participation = tx.create(ArbaParticipation, {
    participantId,
    offer: offer!,
    arena: arena!,
    measure,
    municipality,
    hoursPerWeek: input.hoursPerWeek,
    startDate: input.startDate,
    aftGrantedUntil: initial?.endDate ?? null,
  } as never);
  if (initial) tx.create(AftPeriod, { participation, ...initial });
  await tx.flush();
  await appendToFeed(tx, [placementChange(participation)]);
  return participation;
}

/** Ends a participation, or takes its end back (endDate null): NOT_FOUND, CONFLICT, BAD_USER_INPUT, ALREADY_ENDED. */
export async function endParticipation(tx: EntityManager, input: EndParticipationFields): Promise<ArbaParticipation> {
  const participation = await findTarget(tx, input.participationId, input.expectedVersion);
  const endDate = input.endDate ?? null;
  if (endDate === null) {
    // Taking back an end (the hub undoing a transition's end): the participation runs on, without an outcome.
    if (input.outcome != null)
      throw new UserInputError([
        {
          field: 'outcome',
          nb: 'skal stå tomt når slutten tas tilbake.',
          en: 'leave it out when taking back an end.',
        },
      ]);
    if (participation.endDate === null) return participation;
    participation.endDate = null;
    participation.outcome = null;
    await tx.flush();
    await appendToFeed(tx, [placementChange(participation)]);
    return participation;
  }
  const problems: FieldProblem[] = [];
  if (endDate < participation.startDate) {
    problems.push({
      field: 'endDate',
      nb: `Slutten (${endDate}) er før starten (${participation.startDate}).`,
      en: `The end (${endDate}) is before the start (${participation.startDate}).`,
    });
  }
  if (participation.measure === ArbaMeasure.AFT) {
    if (input.outcome == null)
      problems.push({ field: 'outcome', nb: 'må fylles ut når AFT slutter.', en: 'is required when AFT ends.' });
    const last = participation.aftGrantedUntil;
    if (last !== null && endDate > last) {
      problems.push({
        field: 'endDate',
        nb: `er etter den siste innvilgede AFT-perioden, som slutter ${last}. Forleng perioden først.`,
        en: `is after the last granted AFT period, which ends ${last}; extend the period first.`,
      });
    }
  } else if (input.outcome != null) {
    problems.push({
      field: 'outcome',
      nb: 'føres bare for AFT. La feltet stå tomt for VTA.',
      en: 'is recorded for AFT only; leave it out for VTA.',
    });
  }
  if (problems.length) throw new UserInputError(problems);
  assertRunning(participation);

  participation.endDate = endDate;
  participation.outcome = input.outcome ?? null;
  await tx.flush();
  await appendToFeed(tx, [placementChange(participation)]);
  return participation;
}

/** How a placement here keeps its extent, for the placement protocol. */
const HOURS_EXTENT: ExtentRule<ArbaParticipation> = {
  needs: ARBA_NEEDS,
  field: 'hoursPerWeek',
  rangeProblems: hoursProblems,
  change: placementChange,
};

/**
 * Changes a participation's hours a week (the placement protocol's extent): BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * ALREADY_ENDED. A participation keeps one number of hours, not their history, so `from` is checked but the new
 * hours hold for the whole participation; the places counted do not depend on hours.
 */
export async function changeParticipationHours(tx: EntityManager, id: string, request: ExtentRequest) {
  return applyExtent(tx, await findTarget(tx, id, request.expectedVersion), request, HOURS_EXTENT);
}

/**
 * Staff's change of a participation's hours a week (`changeArbaParticipationHours`): from today, or from the start
 * of one that starts later; the same checks as the protocol's extent (BAD_USER_INPUT, NOT_FOUND, CONFLICT,
 * ALREADY_ENDED).
 */
export async function changeHoursFromToday(
  tx: EntityManager,
  input: { participationId: string; hoursPerWeek: number; expectedVersion: number },
  today: string,
): Promise<ArbaParticipation> {
  const participation = await findTarget(tx, input.participationId, input.expectedVersion);
  const from = participation.startDate > today ? participation.startDate : today;
  const request = {
    idempotencyKey: '',
    hoursPerWeek: input.hoursPerWeek,
    daysPerWeek: null,
    from,
    expectedVersion: input.expectedVersion,
  };
  return applyExtent(tx, participation, request, HOURS_EXTENT);
}
