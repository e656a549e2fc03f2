// My page's logic, kept apart from React so vitest can pin it: the career plan form's rules, an audit entry in
// words, the waiting time in words, and an application's timeline.
import { z } from 'zod';

export const WISH_MAX = 2000;

const wish = z.string().trim().max(WISH_MAX, { message: 'mine.plan.tooLong' });

/** The career plan form: three wishes, each at most 2000 characters, at least one filled in. Messages are text keys. */
export const careerPlanSchema = z
  .object({ shortTermWishes: wish, longTermWishes: wish, educationWishes: wish })
  .refine((plan) => Boolean(plan.shortTermWishes || plan.longTermWishes || plan.educationWishes), {
    message: 'mine.plan.empty',
    path: ['shortTermWishes'],
  });

export type CareerPlanForm = z.infer<typeof careerPlanSchema>;

/** A wish as the mutation takes it: an empty one clears the stored wish (null). */
export const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Who read, as a text key under mine.log.who: the reader themself, else by role (and the subgraph for staff). */
export function readerKey(entry: { readerSub: string; readerRoles: string[]; subgraph: string }, mySub?: string) {
  if (mySub && entry.readerSub === mySub) return 'you';
  const roles = entry.readerRoles;
  if (roles.includes('guardian')) return 'guardian';
  if (roles.includes('applicant')) return 'you';
  if (roles.includes('case-worker')) return 'caseWorker';
  if (roles.includes('provider-staff')) {
    if (entry.subgraph === 'day-services') return 'dayServices';
    if (entry.subgraph === 'work-centre') return 'workCentre';
    if (entry.subgraph === 'arba') return 'arba';
    return 'provider';
  }
  if (roles.includes('nav-staff')) return 'nav';
  if (roles.includes('privacy-officer')) return 'privacyOfficer';
  if (roles.includes('analyst')) return 'analyst';
  if (roles.includes('partner-system')) return 'system';
  return 'someone';
}

/** The day (YYYY-MM-DD) a DateTime falls on in Norway. */
export function osloDay(dateTime: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(dateTime));
}

/** Whole months between two days (YYYY-MM-DD), never below 0. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return Math.max(0, months);
}

/** Whole days between two days. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}

/** How long someone has waited, as a text key and count: days under a month, months under two years, else years. */
export function waitedFor(since: string, today: string): { key: 'days' | 'months' | 'years'; count: number } {
  const months = monthsBetween(since, today);
  if (months < 1) return { key: 'days', count: daysBetween(since, today) };
  if (months < 24) return { key: 'months', count: months };
  return { key: 'years', count: Math.floor(months / 12) };
}

export interface StatusChange {
  status: string;
  at: string;
  by: string;
}

/**
 * An application's timeline, oldest first: each change with its day in Norway. A draft saved again and again shows
 * once (the first time).
 */
export function timeline(history: StatusChange[]): { status: string; day: string; by: string }[] {
  const sorted = [...history].sort((a, b) => a.at.localeCompare(b.at));
  const steps: { status: string; day: string; by: string }[] = [];
  for (const change of sorted) {
    if (steps.at(-1)?.status === change.status) continue;
    steps.push({ status: change.status, day: osloDay(change.at), by: change.by });
  }
  return steps;
}
