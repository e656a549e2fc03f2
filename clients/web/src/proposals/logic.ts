// The proposal form's rules (dynamisk flyt), kept apart from React so vitest can pin them: what an offer's provider
// needs, the form's own checks, the form as proposeTransition's input, the graph's field names as the form's, and
// the start day to suggest.
import type { ProposalOfferFragment, ProposeTransitionInput, TransitionKind } from '../../../src/gql/graphql';

export const TRANSITION_KINDS = [
  'ACTIVITY_TO_WORK',
  'BETWEEN_PROVIDERS',
  'COMBINE_WITH_ORDINARY_WORK',
  'SPLIT_WEEK',
  'TO_LESS_DEMANDING',
  'CHANGE_EXTENT',
] as const satisfies readonly TransitionKind[];

/** The hub's limits: a wish of at most 2000 characters, hours a week above 0 and at most 30, days 1 to 5. */
export const WISH_MAX = 2000;
export const MAX_HOURS = 30;

/** The weeks of the flow meetings, where proposals are decided. */
export const MEETING_WEEKS = [18, 41] as const;

export interface ProposalForm {
  kind: TransitionKind | '';
  wish: string;
  /** The current places it ends, in the order the page lists them. */
  from: string[];
  /** A chosen place's last day as typed, by placement id; blank for the day before the start. */
  endDates: Record<string, string>;
  offerId: string;
  groupId: string;
  daysPerWeek: string;
  hoursPerWeek: string;
  startDate: string;
}

export const emptyForm = (from: string[], startDate: string): ProposalForm => ({
  kind: '',
  wish: '',
  from,
  endDates: {},
  offerId: '',
  groupId: '',
  daysPerWeek: '',
  hoursPerWeek: '',
  startDate,
});

/** What a target at this offer needs, as its provider's own placement does: a group or arena, days or hours. */
export interface OfferNeeds {
  groups: { id: string; name: string; free?: number | null }[];
  days: boolean;
  hours: boolean;
}

export function needsOf(offer: ProposalOfferFragment | undefined): OfferNeeds {
  if (offer?.dayServices) return { groups: offer.dayServices.groups, days: true, hours: false };
  if (offer?.workCentre) return { groups: offer.workCentre.groups, days: false, hours: true };
  if (offer?.arba) return { groups: offer.arba.arenas, days: false, hours: true };
  // Another provider's offer: the hub asks it as it is, with nothing more.
  return { groups: [], days: false, hours: false };
}

/** A day typed as 2027-08-16 or 16.8.2027, as YYYY-MM-DD; null when it is not a real day. */
export function readDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const nordic = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : nordic ? [nordic[3], nordic[2], nordic[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

/** Hours a week typed with a comma or a point; null when not a number above 0 and at most 30. */
export function readHours(text: string): number | null {
  const hours = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(hours) && hours > 0 && hours <= MAX_HOURS ? hours : null;
}

export type Problem =
  | 'wishRequired'
  | 'wishLong'
  | 'kind'
  | 'from'
  | 'endDate'
  | 'offer'
  | 'group'
  | 'days'
  | 'hours'
  | 'startDate'
  | 'startPast';

/**
 * The form's own checks, by field (`endDate-<placementId>` for a last day): the hub checks the same and more, but
 * a person should not have to send a form to learn that the wish is missing. Empty when the form may be sent.
 */
export function formProblems(
  form: ProposalForm,
  offer: ProposalOfferFragment | undefined,
  today: string,
): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  if (!form.wish.trim()) problems.wish = 'wishRequired';
  else if (form.wish.trim().length > WISH_MAX) problems.wish = 'wishLong';
  if (!form.kind) problems.kind = 'kind';
  if (form.from.length === 0) problems.from = 'from';
  for (const id of form.from) {
    const typed = form.endDates[id]?.trim();
    if (typed && !readDate(typed)) problems[`endDate-${id}`] = 'endDate';
  }
  if (!offer) problems.offerId = 'offer';
  const needs = needsOf(offer);
  if (needs.groups.length > 0 && !form.groupId) problems.groupId = 'group';
  if (needs.days && !['1', '2', '3', '4', '5'].includes(form.daysPerWeek)) problems.daysPerWeek = 'days';
  if (needs.hours && readHours(form.hoursPerWeek) === null) problems.hoursPerWeek = 'hours';
  const start = readDate(form.startDate);
  if (!start) problems.startDate = 'startDate';
  else if (start < today) problems.startDate = 'startPast';
  return problems;
}

/**
 * The form as proposeTransition's input: one target, what its provider needs and nothing it does not (the hub
 * refuses days where hours are counted), a last day only where one was typed.
 */
export function proposalInput(
  participantId: string,
  form: ProposalForm,
  offer: ProposalOfferFragment | undefined,
): ProposeTransitionInput {
  const needs = needsOf(offer);
  const target: ProposeTransitionInput['targets'][number] = {
    offerId: form.offerId,
    startDate: readDate(form.startDate) ?? form.startDate.trim(),
  };
  if (needs.groups.length > 0 && form.groupId) target.groupId = form.groupId;
  if (needs.days && form.daysPerWeek) target.daysPerWeek = Number(form.daysPerWeek);
  if (needs.hours && readHours(form.hoursPerWeek) !== null) target.hoursPerWeek = readHours(form.hoursPerWeek);
  return {
    participantId,
    kind: form.kind as TransitionKind,
    participantWish: form.wish.trim(),
    from: form.from.map((placementId) => {
      const endDate = readDate(form.endDates[placementId] ?? '');
      return endDate ? { placementId, endDate } : { placementId };
    }),
    targets: [target],
  };
}

/**
 * The form's field for a field the graph names in a BAD_USER_INPUT: `from.1.endDate` is the second chosen place's
 * last day, `targets.0.groupId` the group; a field the form does not have goes to the summary only (null).
 */
export function formField(field: string, from: readonly string[]): string | null {
  if (field === 'participantWish') return 'wish';
  if (field === 'kind' || field === 'from') return field;
  if (field === 'targets') return 'offerId';
  const fromField = /^from\.(\d+)\.(placementId|endDate)$/.exec(field);
  if (fromField) {
    const id = from[Number(fromField[1])];
    return fromField[2] === 'endDate' && id ? `endDate-${id}` : 'from';
  }
  const target = /^targets\.\d+\.(offerId|groupId|daysPerWeek|hoursPerWeek|startDate)$/.exec(field);
  return target ? target[1] : null;
}

/** The Monday of ISO week `week` of `year`, as YYYY-MM-DD. */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** The next flow meeting whose week has not begun: week 18 or 41, this year or the next. */
export function nextMeetingWeek(today: string): { year: number; week: number } {
  const year = Number(today.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    for (const week of MEETING_WEEKS) {
      if (isoWeekMonday(candidate, week) > today) return { year: candidate, week };
    }
  }
  return { year: year + 1, week: MEETING_WEEKS[0] };
}

/** The start to suggest: the Monday after the next flow meeting's week, the first day the change can begin. */
export function suggestedStart(today: string): string {
  const { year, week } = nextMeetingWeek(today);
  return isoWeekMonday(year, week + 1);
}

/** A transition the participant may still take back (it leaves the agenda unanswered). */
export const withdrawable = (status: string) => status === 'PROPOSED' || status === 'ON_AGENDA';
