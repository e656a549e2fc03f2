// The people pages' logic, kept apart from React so vitest can pin it: the registration and correction form's
// rules, ages and waiting times, a waiting list's reason for leaving in words, and how fresh a feed is.
import { z } from 'zod';
import { daysBetween, osloDay } from '../../../pages/mine/logic';

/** Today (YYYY-MM-DD) in Norway. */
export const todayInOslo = (now = Date.now()) => osloDay(new Date(now).toISOString());

export const MAX_NAME = 100;

const name = z.string().trim().min(1, 'required').max(MAX_NAME, 'tooLong');
const email = z.union([z.literal(''), z.string().trim().email('email')]);
const phone = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^(\d{8}|\+\d{6,15})$/, 'phone'),
]);

/**
 * Registering a participant: names, the identity number (11 digits; its control digits are left to the server,
 * which knows D-numbers and synthetic numbers), and contact if they want one used. Messages are keys under
 * `people.error`.
 */
export const registerSchema = z.object({
  givenName: name,
  familyName: name,
  nationalIdentityNumber: z
    .string()
    .transform((value) => value.replace(/\s/g, ''))
    .superRefine((value, ctx) => {
      if (!value) ctx.addIssue({ code: 'custom', message: 'required' });
      else if (!/^\d{11}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'identityNumber' });
    }),
  email,
  phone,
});
export type RegisterValues = z.input<typeof registerSchema>;

/** Correcting a participant: names and contact; an empty e-mail or phone clears it. */
export const correctionSchema = z.object({ givenName: name, familyName: name, email, phone });
export type CorrectionValues = z.infer<typeof correctionSchema>;

export const REGISTER_FIELDS = ['givenName', 'familyName', 'nationalIdentityNumber', 'email', 'phone'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** The form's id of a field, for its label, the error summary's link and the server's field problems. */
export const fieldId = (form: string, field: string) => `${form}-${field}`;

/** Only what changed, as `updateParticipant` takes it: an emptied e-mail or phone is null (cleared). */
export function correctionInput(
  before: { givenName: string; familyName: string; email?: string | null; phone?: string | null },
  values: CorrectionValues,
): Partial<Record<'givenName' | 'familyName' | 'email' | 'phone', string | null>> {
  const changes: Partial<Record<'givenName' | 'familyName' | 'email' | 'phone', string | null>> = {};
  if (values.givenName.trim() !== before.givenName) changes.givenName = values.givenName.trim();
  if (values.familyName.trim() !== before.familyName) changes.familyName = values.familyName.trim();
  for (const key of ['email', 'phone'] as const) {
    const value = values[key].trim() || null;
    if (value !== (before[key] ?? null)) changes[key] = value;
  }
  return changes;
}

/** Whole years of age on a day (YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Days on the list: until the day they left, or until today while still waiting. */
export const waitedDays = (entry: { since: string; leftOn?: string | null }, today: string) =>
  daysBetween(entry.since, entry.leftOn ?? today);

/** A waiting time as weeks and days ("12 uker og 3 dager"), as a text key under `people.waited` and its counts. */
export function waitedText(days: number): { key: 'days' | 'weeks' | 'weeksDays'; weeks: number; days: number } {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  if (weeks === 0) return { key: 'days', weeks, days };
  return rest === 0 ? { key: 'weeks', weeks, days: rest } : { key: 'weeksDays', weeks, days: rest };
}

/** The reasons for leaving a list the pages say in words (`people.left.*`); others are shown as the source wrote. */
export const LEFT_REASONS = [
  'PLACED',
  'WITHDRAWN',
  'REMOVED_AT_SOURCE',
  'DELTAR',
  'VENTER_PA_OPPSTART',
  'HAR_SLUTTET',
  'IKKE_AKTUELL',
  'AVBRUTT',
  'FULLFORT',
  'FEILREGISTRERT',
] as const;

/**
 * Why someone left a list, as text keys: the status (NAV writes `STATUS/REASON`, e.g. `IKKE_AKTUELL/FATT_JOBB`)
 * and NAV's reason, each null when the pages have no words for it (then the source's own words are shown).
 */
export function leftReasonKeys(reason: string | null | undefined): { status: string | null; cause: string | null } {
  if (!reason) return { status: null, cause: null };
  const [status, cause] = reason.split('/');
  return {
    status: (LEFT_REASONS as readonly string[]).includes(status) ? status : null,
    cause: cause ?? null,
  };
}

/** A moment before `now` as Intl.RelativeTimeFormat's value and unit: seconds under a minute, then minutes, hours, days. */
export function ago(at: string, now: number): { value: number; unit: 'second' | 'minute' | 'hour' | 'day' } {
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  if (seconds < 60) return { value: -seconds, unit: 'second' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { value: -minutes, unit: 'minute' };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { value: -hours, unit: 'hour' };
  return { value: -Math.floor(hours / 24), unit: 'day' };
}

/** How a feed stands, for its status tag: never read, failing, behind, or up to date (read to the end). */
export function feedState(feed: {
  behind: number;
  lastSyncedAt?: string | null;
  lastError?: string | null;
}): 'never' | 'failing' | 'behind' | 'current' {
  if (feed.lastError) return 'failing';
  if (!feed.lastSyncedAt) return 'never';
  return feed.behind > 0 ? 'behind' : 'current';
}

/** Applications the office still works on: submitted or under assessment (drafts and decided ones are not open). */
export const openApplications = (applications: { status: string }[]) =>
  applications.filter((application) => application.status === 'SUBMITTED' || application.status === 'UNDER_ASSESSMENT')
    .length;

/** The value of the waiting lists' choice of list: the VTA list across providers, or one offer's id. */
export const VTA_LIST = 'vta';
