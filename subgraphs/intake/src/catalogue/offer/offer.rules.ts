import { easyReadProblems, kindDefaults, textProblems, type FieldProblem } from '@veiinn/kit';
import { DecisionAuthority, IntakeMode, OfferKind } from './offer.enums';

/** Deadline of the main intake for municipal places: 1 February each year. */
export const MAIN_INTAKE_DEADLINE = { month: 2, day: 1 } as const;
/** A full-time week in Norway. */
export const FULL_TIME_HOURS = 37.5;
/** Adapted work at the work centre is at most 30 hours a week in a full position. */
export const ADAPTED_WORK_MAX_HOURS = 30;

/** Who decides and how intake works when the caller does not say (the rule lives in the kit, shared with providers). */
export function defaultsForKind(kind: OfferKind): { intakeMode: IntakeMode; decidedBy: DecisionAuthority } {
  return kindDefaults(kind) as { intakeMode: IntakeMode; decidedBy: DecisionAuthority };
}

/** The next main-intake deadline on or after `today` (YYYY-MM-DD), or null for continuous intake. */
export function nextApplicationDeadline(intakeMode: IntakeMode, today: string): string | null {
  if (intakeMode !== IntakeMode.MAIN) return null;
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-02-01`;
  return today <= thisYear ? thisYear : `${year + 1}-02-01`;
}

export interface OfferFields {
  kind: OfferKind;
  title: { nb: string; en: string };
  description: { nb: string; en: string };
  eligibility: { nb: string; en: string };
  trade: string | null;
  site: string | null;
  hoursPerWeek: number | null;
  places: number | null;
}

function checkText(
  problems: FieldProblem[],
  field: string,
  value: { nb: string; en: string },
  max: number,
  multiline = false,
) {
  for (const lang of ['nb', 'en'] as const)
    problems.push(...textProblems(`${field}.${lang}`, value[lang], { max, multiline }));
}

/**
 * The problems with an easy-read text given in createOffer or updateOffer (none when it is left out of an update):
 * checked only when written, so an offer whose text came from the migration's backfill can still be changed.
 */
export function easyReadInputProblems(easyRead: { nb: string; en: string } | null | undefined): FieldProblem[] {
  if (easyRead == null) return [];
  return (['nb', 'en'] as const).flatMap((lang) => easyReadProblems(`easyRead.${lang}`, easyRead[lang]));
}

/** All problems with an offer as it would be after a create or update; empty when it may be saved. */
export function validateOffer(offer: OfferFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkText(problems, 'title', offer.title, 120);
  checkText(problems, 'description', offer.description, 2000, true);
  checkText(problems, 'eligibility', offer.eligibility, 2000, true);
  for (const field of ['trade', 'site'] as const) {
    const value = offer[field];
    if (value !== null) problems.push(...textProblems(field, value, { max: 80, required: false }));
  }
  const hours = offer.hoursPerWeek;
  if (hours !== null) {
    if (!Number.isFinite(hours) || hours <= 0 || hours > FULL_TIME_HOURS) {
      problems.push({
        field: 'hoursPerWeek',
        nb: `må være mer enn 0 og høyst ${FULL_TIME_HOURS} timer i uka.`,
        en: `must be more than 0 and at most ${FULL_TIME_HOURS} hours a week.`,
      });
    } else if (offer.kind === OfferKind.ADAPTED_WORK && hours > ADAPTED_WORK_MAX_HOURS) {
      problems.push({
        field: 'hoursPerWeek',
        nb: `tilrettelagt arbeid er høyst ${ADAPTED_WORK_MAX_HOURS} timer i uka i full stilling.`,
        en: `adapted work is at most ${ADAPTED_WORK_MAX_HOURS} hours a week in a full position.`,
      });
    }
  }
  if (offer.places !== null && (!Number.isInteger(offer.places) || offer.places < 0 || offer.places > 10_000)) {
    problems.push({
      field: 'places',
      nb: 'må være et helt tall fra 0 til 10000, eller stå tomt når det ikke er publisert.',
      en: 'must be a whole number from 0 to 10000, or left out when not published.',
    });
  }
  return problems;
}
