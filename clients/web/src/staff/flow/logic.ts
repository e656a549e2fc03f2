// The flow workspace's rules that need no page: which year to show, which meetings are missing, how an agenda
// stands, and what the allocation office may do with a transition now (from the hub's `nextStatuses`).

/** The weeks of the flow meetings (flytmøter), as the intake calendar has them. */
export const FLOW_WEEKS = [18, 41] as const;

/** The Monday of ISO week `week` of `year`, as YYYY-MM-DD. */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday.getTime() + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** The Sunday that ends ISO week `week` of `year`. */
export const isoWeekSunday = (year: number, week: number) =>
  new Date(Date.parse(`${isoWeekMonday(year, week)}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);

/** The year whose week-41 meeting is still ahead of (or in) `today`: this year until week 41 is over, then the next. */
export function yearWithAutumnMeetingAhead(today: string): number {
  const year = Number(today.slice(0, 4));
  return isoWeekSunday(year, 41) >= today ? year : year + 1;
}

/** The year in the URL (`?ar=2027`) when it is a sensible year, else the default. */
export function yearFromUrl(value: string | null, today: string): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : yearWithAutumnMeetingAhead(today);
}

/** The flow meeting weeks of a year without a meeting that can still be created (their week has not ended). */
export function missingWeeks(year: number, existing: readonly { week: number }[], today: string): number[] {
  return FLOW_WEEKS.filter(
    (week) => !existing.some((meeting) => meeting.week === week) && isoWeekSunday(year, week) >= today,
  );
}

/** Whether a meeting has been held (its week has begun): only then can its outcomes be recorded. */
export const meetingHeld = (meeting: { startDate: string }, today: string) => today >= meeting.startDate;

export interface AgendaCounts {
  items: number;
  decided: number;
  open: number;
  stalled: number;
}

/** How an agenda stands: its items, those with an outcome, those without, and those stalled at a provider. */
export function agendaCounts(
  agenda: readonly { outcome?: string | null; transition: { stalled: boolean } }[],
): AgendaCounts {
  const decided = agenda.filter((item) => item.outcome != null).length;
  return {
    items: agenda.length,
    decided,
    open: agenda.length - decided,
    stalled: agenda.filter((item) => item.transition.stalled).length,
  };
}

/** What the allocation office may do with a transition now, from the statuses the hub says it may go to. */
export interface TransitionActions {
  recordOutcome: boolean;
  execute: boolean;
  settle: boolean;
  revert: boolean;
}

export function transitionActions(transition: { status: string; nextStatuses?: readonly string[] | null }) {
  const next = transition.nextStatuses ?? [];
  return {
    recordOutcome: transition.status === 'ON_AGENDA' && next.includes('AGREED'),
    execute: transition.status === 'AGREED' && next.includes('EXECUTING'),
    settle: transition.status === 'EXECUTING' && next.includes('COMPLETED'),
    revert: transition.status === 'EXECUTING' && next.includes('REVERTING'),
  } satisfies TransitionActions;
}

/** A step the provider must be asked again: it refused or did not answer, while the transition is under way. */
export const canRetry = (status: string, step: { outcome: string }) =>
  (status === 'EXECUTING' || status === 'REVERTING') && (step.outcome === 'REFUSED' || step.outcome === 'UNREACHABLE');

/** The state of one step as the page shows it. */
export type StepState = 'done' | 'waiting' | 'refused' | 'unreachable' | 'notAsked';

export function stepState(step: { outcome: string }): StepState {
  switch (step.outcome) {
    case 'ENDED':
    case 'CREATED':
    case 'RESTORED':
      return 'done';
    case 'REFUSED':
      return 'refused';
    case 'UNREACHABLE':
      return 'unreachable';
    default:
      return 'notAsked';
  }
}

/** The steps that hold a transition up: refused or unanswered ones. */
export const stalledSteps = <S extends { outcome: string }>(steps: readonly S[]) =>
  steps.filter((step) => step.outcome === 'REFUSED' || step.outcome === 'UNREACHABLE');

/** An outcome form's problems: a rejection needs its reason; a note is at most 2000 characters. */
export function outcomeProblems(outcome: string, note: string): ('outcome' | 'noteRequired' | 'noteLong')[] {
  const problems: ('outcome' | 'noteRequired' | 'noteLong')[] = [];
  if (!['AGREED', 'REJECTED', 'POSTPONED'].includes(outcome)) problems.push('outcome');
  if (outcome === 'REJECTED' && note.trim() === '') problems.push('noteRequired');
  if (note.length > 2000) problems.push('noteLong');
  return problems;
}

/** Today in Oslo as YYYY-MM-DD: the hub's day for the meeting rules. */
export const osloToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now);

/** The meeting a proposed transition goes to by default: the first whose week has not ended, else none. */
export function nextMeeting<M extends { year: number; week: number }>(meetings: readonly M[], today: string) {
  return meetings.find((meeting) => isoWeekSunday(meeting.year, meeting.week) >= today);
}

/** The provider answers the page explains in words of its own; any other answer shows the provider's message. */
export const KNOWN_REFUSALS = ['CONFLICT', 'GROUP_FULL', 'NO_FREE_PLACE', 'PLACEMENT_ENDED', 'ALREADY_PLACED'] as const;
export type RefusalKey = (typeof KNOWN_REFUSALS)[number] | 'other';

/**
 * Which explanation a provider's refusal gets: its rule (FAILED_PRECONDITION's GROUP_FULL, …) when the page knows it,
 * else its code (CONFLICT), else `other`, for which only the provider's own message (one language) can be shown.
 */
export function refusalKey(refusal: { code: string; rule?: string | null }): RefusalKey {
  const known = (value?: string | null) => KNOWN_REFUSALS.find((key) => key === value);
  return known(refusal.rule) ?? known(refusal.code) ?? 'other';
}

interface WaitingStep {
  kind: string;
  seenInHub: boolean;
  placement?: { id: string } | null;
  offer?: { id: string } | null;
}

/**
 * The steps the hub waits to see (`waitingFor`, e.g. "END <placement id>" or "START <offer id>"), each matched to its
 * step so the page can say which provider and offer; a label no step matches comes back with its kind only.
 */
export function waitingSteps<S extends WaitingStep>(waitingFor: readonly string[], steps: readonly S[]) {
  return waitingFor.map((label) => {
    const [kind, id] = label.split(' ');
    const step =
      steps.find((s) => s.kind === kind && (s.placement?.id === id || s.offer?.id === id)) ??
      // The id may be one the page cannot see (a placement outside the caller's rows): the only unseen step of
      // that kind is the one.
      only(steps.filter((s) => s.kind === kind && !s.seenInHub));
    return { kind, step };
  });
}

const only = <T>(items: readonly T[]) => (items.length === 1 ? items[0] : undefined);

interface DecisionStep {
  kind: string;
  startDate?: string | null;
  endDate?: string | null;
}

/**
 * What a changed decision (endret vedtak) says, from its transition's steps: the places that end (their last day) and
 * those that start (their first day), and the day the change applies from. Undo steps are not part of it.
 */
export function changedDecision<S extends DecisionStep>(decision: { startDate?: string | null }, steps: readonly S[]) {
  const ends = steps.filter((step) => step.kind === 'END');
  const starts = steps.filter((step) => step.kind === 'START');
  const firstStart = starts
    .map((step) => step.startDate)
    .filter((day): day is string => Boolean(day))
    .sort()[0];
  return { ends, starts, from: decision.startDate ?? firstStart ?? null };
}
