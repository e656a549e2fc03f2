import { FailedPreconditionError, isIsoDate, type FieldProblem, textProblems } from '@veiinn/kit';
import { isoWeekMonday } from '../calendar/intake-calendar';
import type { PlacementNeeds } from '../provider-client/provider-client';

const MAX_TEXT = 2000;
/** Hours a week in a full position at the work centre; the provider checks the same. */
const MAX_HOURS_PER_WEEK = 30;

/** A target as asked for, with what its provider needs (null: unknown offer, not placeable, or terms unknown). */
export interface TargetDraft {
  offerId: string;
  groupId: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  startDate: string;
  known: boolean;
  /** The hub can start placements at the offer's provider (it has a feed and a subgraph). */
  placeable: boolean;
  needs: PlacementNeeds | null;
}

/** A text that must be there, trimmed and not too long; else a problem for `field`. */
export function textProblem(field: string, text: string | null | undefined, required: boolean): FieldProblem | null {
  if (text == null) return required ? { field, nb: 'må fylles ut.', en: 'is required.' } : null;
  // Notes and wishes are multi-line free text: line breaks are kept, other control characters refused.
  return textProblems(field, text, { max: MAX_TEXT, required, multiline: true })[0] ?? null;
}

/**
 * Every problem with a proposal's targets and from-list (BAD_USER_INPUT) that needs no placement looked up. What a
 * target needs (group, days or hours) is what its provider's own placement mutation needs, as for decisions.
 */
export function proposalProblems(
  fromIds: readonly string[],
  fromEnds: readonly (string | null)[],
  targets: readonly TargetDraft[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!fromIds.length)
    problems.push({
      field: 'from',
      nb: 'velg minst én plass som er i gang.',
      en: 'name at least one current placement.',
    });
  if (new Set(fromIds).size !== fromIds.length)
    problems.push({ field: 'from', nb: 'kan ikke ha samme plass to ganger.', en: 'must not name a placement twice.' });
  fromEnds.forEach((end, i) => {
    if (end != null && !isIsoDate(end))
      problems.push({ field: `from.${i}.endDate`, nb: 'må være en dato.', en: 'must be a date.' });
  });
  if (!targets.length)
    problems.push({ field: 'targets', nb: 'velg minst ett nytt tilbud.', en: 'name at least one target offer.' });
  targets.forEach((t, i) => {
    const at = (f: string) => `targets.${i}.${f}`;
    if (!t.known) problems.push({ field: at('offerId'), nb: 'tilbudet finnes ikke.', en: 'no such offer.' });
    else if (!t.placeable)
      problems.push({
        field: at('offerId'),
        nb: 'huben kan ikke starte plasser hos denne tilbyderen.',
        en: 'the hub cannot start placements with this provider.',
      });
    if (!isIsoDate(t.startDate))
      problems.push({
        field: at('startDate'),
        nb: 'må være en dato (ÅÅÅÅ-MM-DD).',
        en: 'must be a date (YYYY-MM-DD).',
      });
    else if (t.startDate < today)
      problems.push({ field: at('startDate'), nb: `kan ikke være før ${today}.`, en: `must not be before ${today}.` });
    const needs = t.needs;
    if (needs?.group && !t.groupId)
      problems.push({ field: at('groupId'), nb: 'velg gruppen hos tilbyderen.', en: 'name the provider’s group.' });
    if (needs?.daysPerWeek && t.daysPerWeek == null)
      problems.push({ field: at('daysPerWeek'), nb: 'skriv hvor mange dager i uka.', en: 'give the days a week.' });
    if (needs && !needs.daysPerWeek && t.daysPerWeek != null)
      problems.push({
        field: at('daysPerWeek'),
        nb: 'denne tilbyderen teller timer, ikke dager. La feltet stå tomt.',
        en: 'this provider counts hours, not days; leave it out.',
      });
    if (needs?.hoursPerWeek && t.hoursPerWeek == null)
      problems.push({ field: at('hoursPerWeek'), nb: 'skriv hvor mange timer i uka.', en: 'give the hours a week.' });
    if (needs && !needs.hoursPerWeek && t.hoursPerWeek != null)
      problems.push({
        field: at('hoursPerWeek'),
        nb: 'denne tilbyderen teller dager, ikke timer. La feltet stå tomt.',
        en: 'this provider counts days, not hours; leave it out.',
      });
    if (t.daysPerWeek != null && (!Number.isInteger(t.daysPerWeek) || t.daysPerWeek < 1 || t.daysPerWeek > 5))
      problems.push({
        field: at('daysPerWeek'),
        nb: 'må være et helt tall fra 1 til 5.',
        en: 'must be a whole number from 1 to 5.',
      });
    if (t.hoursPerWeek != null && !(t.hoursPerWeek > 0 && t.hoursPerWeek <= MAX_HOURS_PER_WEEK))
      problems.push({
        field: at('hoursPerWeek'),
        nb: `må være mer enn 0 og høyst ${MAX_HOURS_PER_WEEK}.`,
        en: `must be more than 0 and at most ${MAX_HOURS_PER_WEEK}.`,
      });
  });
  return problems;
}

/** The Sunday that ends ISO week `week` of `year`: the last day of a flow meeting's week. */
export function isoWeekSunday(year: number, week: number): string {
  const monday = new Date(`${isoWeekMonday(year, week)}T00:00:00Z`);
  return new Date(monday.getTime() + 6 * 86_400_000).toISOString().slice(0, 10);
}

/** A flow meeting is created for a week still to come or under way (Oslo date), never for one that has ended. */
export function assertFlowMeetingNotPast(year: number, week: number, today: string): void {
  const weekEnds = isoWeekSunday(year, week);
  if (weekEnds < today) {
    throw new FailedPreconditionError(
      'FLOW_MEETING_IN_PAST',
      {
        nb: `Uke ${week} ${year} er over (${weekEnds}); et flytmøte kan bare opprettes for en uke som ikke er over.`,
        en: `Week ${week} ${year} has ended (${weekEnds}); a flow meeting can only be created for a week that has not ended.`,
      },
      { year, week, weekEnds },
    );
  }
}

/**
 * What a flow meeting decided can be recorded, and carried out, only once its week has begun (Oslo date): before, the
 * meeting has not been held, and a changed decision dated today would cite a meeting still to come.
 */
export function assertFlowMeetingHeld(meeting: { year: number; week: number; startDate: string }, today: string): void {
  if (today < meeting.startDate) {
    throw new FailedPreconditionError(
      'FLOW_MEETING_NOT_HELD',
      {
        nb: `Flytmøtet i uke ${meeting.week} ${meeting.year} er ikke holdt ennå (uka begynner ${meeting.startDate}); registrer utfallet når møtet er holdt.`,
        en: `The flow meeting of week ${meeting.week} ${meeting.year} has not been held yet (its week begins on ${meeting.startDate}); record the outcome once it has been held.`,
      },
      { year: meeting.year, week: meeting.week, weekBegins: meeting.startDate },
    );
  }
}
