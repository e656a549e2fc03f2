import { FailedPreconditionError, type FieldProblem } from '@veiinn/kit';
import { ArbaMunicipality, type ArbaMeasure } from '../common/enums';
import { isUuid } from '../common/ids';

/** A full-time week in Norway; nobody works or trains more at Arba. */
export const FULL_TIME_HOURS = 37.5;

export function startProblems(input: { participantId: string; hoursPerWeek: number | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isUuid(input.participantId)) {
    problems.push({
      field: 'participantId',
      nb: 'må være deltakerens id i huben (en UUID).',
      en: "must be the hub's participant id (a UUID).",
    });
  }
  problems.push(...hoursProblems(input.hoursPerWeek));
  return problems;
}

/** Hours a week as a participation has them: more than none, at most a full-time week. */
export function hoursProblems(hours: number | null): FieldProblem[] {
  if (hours !== null && Number.isFinite(hours) && hours > 0 && hours <= FULL_TIME_HOURS) return [];
  return [
    {
      field: 'hoursPerWeek',
      nb: `må være mer enn 0 og høyst ${FULL_TIME_HOURS} timer i uka.`,
      en: `must be more than 0 and at most ${FULL_TIME_HOURS} hours a week.`,
    },
  ];
}

export interface PlaceCount {
  measure: ArbaMeasure;
  /** Places of the offer; null when not counted. */
  places: number | null;
  reservations: { municipality: ArbaMunicipality; places: number }[];
  /** Municipalities of the offer's participations that have not ended before the new start. */
  occupying: ArbaMunicipality[];
}

const municipalityName = (m: ArbaMunicipality) => `${m} kommune`;

/**
 * NO_FREE_PLACE when a new participation from `startDate` would not fit: every place is taken, or every place the
 * municipality may use is (places reserved for other municipalities are not its to take). Null when it fits.
 */
export function noFreePlace(count: PlaceCount, municipality: ArbaMunicipality, startDate: string) {
  if (count.places === null) return null;
  const taken = count.occupying.length;
  if (taken >= count.places) {
    return new FailedPreconditionError(
      'NO_FREE_PLACE',
      {
        nb: `${count.measure} hos Arba har ingen ledig plass fra ${startDate}. Alle ${count.places} plassene er tatt.`,
        en: `Arba's ${count.measure} has no free place from ${startDate}: all ${count.places} places are taken.`,
      },
      { places: count.places, taken },
    );
  }
  const reservedForOthers = count.reservations.filter((r) => r.municipality !== municipality);
  const reserved = reservedForOthers.reduce((sum, r) => sum + r.places, 0);
  const own = count.places - reserved;
  const takenByOwn = count.occupying.filter((m) => m === municipality).length;
  if (takenByOwn >= own) {
    const which = reservedForOthers.map((r) => `${r.places} for ${municipalityName(r.municipality)}`).join(', ');
    return new FailedPreconditionError(
      'NO_FREE_PLACE',
      {
        nb: `${count.measure} hos Arba har ingen ledig plass for ${municipalityName(municipality)} fra ${startDate}. ${own} av de ${count.places} plassene er kommunens, og alle er tatt. De andre ${reserved} er satt av (${which}).`,
        en: `Arba's ${count.measure} has no free place for ${municipalityName(municipality)} from ${startDate}: ${own} of the ${count.places} places are its to use and all are taken; the other ${reserved} are reserved (${which}).`,
      },
      { places: count.places, taken, reserved, municipalityPlaces: own, municipalityTaken: takenByOwn },
    );
  }
  return null;
}

/** Default municipality of a new participation: Bærum owns Arba. */
export const DEFAULT_MUNICIPALITY = ArbaMunicipality.BAERUM;
