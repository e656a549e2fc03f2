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
