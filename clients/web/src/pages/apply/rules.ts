// The application's rules in the browser: each step's zod schema, the step logic, and the mapping of the server's
// BAD_USER_INPUT `fields` onto the form's fields. The server checks everything again (subgraphs/intake, rules);
// these only spare the person a round trip and say the problem in plain words beside the field.
// Messages are i18n keys under `apply.error`, translated where they are shown.
import { z } from 'zod';
import type { FieldProblem } from '../../graphql';

export const STEPS = 5;
export type Step = 1 | 2 | 3 | 4 | 5;

/** The answers an application may carry beside the offers (the hub's FORM_FIELDS). */
export const ABOUT_FIELDS = [
  'desiredStartDate',
  'daysPerWeek',
  'hoursPerWeek',
  'activityWishes',
  'tradeWishes',
  'education',
  'navContact',
] as const;
export const EXPERIENCE_FIELDS = ['workTrials', 'jobTastes', 'workPractice'] as const;
export type AboutField = (typeof ABOUT_FIELDS)[number];
export type ExperienceField = (typeof EXPERIENCE_FIELDS)[number];
export type FormFieldName = AboutField | ExperienceField;

export const MAX_OFFERS = 5;
export const MAX_TEXT = 1000;
export const MAX_SHORT = 200;
export const MAX_NAME = 100;
export const MAX_EXPERIENCE = 10;

/** One question of `applicationForm(kind)`. */
export interface AskedField {
  name: string;
  required: boolean;
  label: { nb: string; en: string };
}

/**
 * The questions for the chosen offers' kinds: the union of their forms, in the order the forms give them; a question
 * is required when any of the forms requires it.
 */
export function unionOfForms(forms: { fields: AskedField[] }[]): AskedField[] {
  const byName = new Map<string, AskedField>();
  for (const form of forms)
    for (const field of form.fields) {
      const known = byName.get(field.name);
      byName.set(field.name, known ? { ...known, required: known.required || field.required } : field);
    }
  return [...byName.values()];
}

// ---- Step 1: who applies -------------------------------------------------------------------------------------

const name = z.string().trim().min(1, 'required').max(MAX_NAME, 'tooLong');

export const registerSchema = z.object({
  givenName: name,
  familyName: name,
  email: z.union([z.literal(''), z.string().trim().email('email')]),
  phone: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^(\d{8}|\+\d{6,15})$/, 'phone'),
  ]),
});
export type RegisterValues = z.infer<typeof registerSchema>;

export const RELATIONS = ['PARENT', 'APPOINTED_GUARDIAN', 'OTHER_RELATIVE', 'OTHER'] as const;

/**
 * A guardian picks a young person named before, or names a new one. The identity number is checked for its form
 * only (11 digits): the control digits are left to the server, which knows D-numbers, synthetic numbers and the
 * numbers without control digits planned from 2032.
 */
export const wardSchema = z
  .object({
    choice: z.string().min(1, 'chooseWard'),
    givenName: z.string(),
    familyName: z.string(),
    nationalIdentityNumber: z.string(),
    relation: z.string(),
    guardianName: z.string().trim().min(1, 'required').max(MAX_SHORT, 'tooLong'),
  })
  .superRefine((value, ctx) => {
    if (value.choice !== 'new') return;
    for (const key of ['givenName', 'familyName'] as const) {
      const result = name.safeParse(value[key]);
      if (!result.success) ctx.addIssue({ code: 'custom', path: [key], message: result.error.issues[0].message });
    }
    const number = value.nationalIdentityNumber.replace(/\s/g, '');
    if (!number) ctx.addIssue({ code: 'custom', path: ['nationalIdentityNumber'], message: 'required' });
    else if (!/^\d{11}$/.test(number))
      ctx.addIssue({ code: 'custom', path: ['nationalIdentityNumber'], message: 'identityNumber' });
    if (!(RELATIONS as readonly string[]).includes(value.relation))
      ctx.addIssue({ code: 'custom', path: ['relation'], message: 'chooseRelation' });
  });
export type WardValues = z.infer<typeof wardSchema>;

/** Only the birth date of an identity number is shown back; the number itself is masked. */
export function maskIdentityNumber(number: string): string {
  const digits = number.replace(/\s/g, '');
  return digits.length === 11 ? `${digits.slice(0, 6)} *****` : '*****';
}

// ---- Step 2: the offers --------------------------------------------------------------------------------------

export interface OfferFact {
  id: string;
  intakeMode: string;
}

/** At least one offer, at most five, and main intake and continuous intake not mixed (the hub's rule). */
export function offersSchema(offers: OfferFact[]) {
  const modeOf = new Map(offers.map((offer) => [offer.id, offer.intakeMode]));
  return z.object({
    offerIds: z
      .array(z.string())
      .min(1, 'atLeastOneOffer')
      .max(MAX_OFFERS, 'tooManyOffers')
      .refine((ids) => new Set(ids.map((id) => modeOf.get(id))).size <= 1, 'mixedIntake'),
    newcomer: z.boolean(),
  });
}
export type OffersValues = z.infer<ReturnType<typeof offersSchema>>;

// ---- Step 3: about you ---------------------------------------------------------------------------------------

export type AboutValues = Record<AboutField, string>;

const optionalText = (max: number) => z.string().trim().max(max, 'tooLong');

/** Today as YYYY-MM-DD in Oslo, the day the hub counts by. */
export function todayInOslo(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now);
}

/** A schema for the questions asked (the others are not in the form at all), with the required ones required. */
export function aboutSchema(asked: AskedField[], today: string) {
  const rules: Record<AboutField, z.ZodType<string>> = {
    desiredStartDate: z
      .string()
      .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), 'date')
      .refine((value) => value === '' || value >= today, 'dateInPast'),
    daysPerWeek: z
      .string()
      .trim()
      .refine((value) => value === '' || (/^\d+$/.test(value) && +value >= 1 && +value <= 5), 'daysRange'),
    hoursPerWeek: z
      .string()
      .trim()
      .refine((value) => {
        if (value === '') return true;
        const hours = Number(value.replace(',', '.'));
        return Number.isFinite(hours) && hours > 0 && hours <= 37.5;
      }, 'hoursRange'),
    activityWishes: optionalText(MAX_TEXT),
    tradeWishes: optionalText(MAX_TEXT),
    education: optionalText(MAX_TEXT),
    navContact: optionalText(MAX_SHORT),
  };
  const shape: Record<string, z.ZodType<string>> = {};
  for (const field of asked) {
    if (!(ABOUT_FIELDS as readonly string[]).includes(field.name)) continue;
    const rule = rules[field.name as AboutField];
    shape[field.name] = field.required
      ? z
          .string()
          .trim()
          .min(1, 'required')
          .pipe(rule as z.ZodType<string, string>)
      : rule;
  }
  return z.object(shape);
}

// ---- Step 4: work trials, job tastes, work practice -----------------------------------------------------------

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const place = z.string().trim().min(1, 'required').max(MAX_SHORT, 'tooLong');
const period = <T extends { startDate: string; endDate: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.endDate && value.startDate && value.endDate < value.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endBeforeStart' });
};

export const workTrialSchema = z
  .object({ place, startDate: date, endDate: z.union([z.literal(''), date]) })
  .superRefine(period);
export const jobTasteSchema = z.object({ place, date });
export const workPracticeSchema = z
  .object({
    place,
    startDate: date,
    endDate: z.union([z.literal(''), date]),
    description: optionalText(MAX_TEXT),
  })
  .superRefine(period);

export interface ExperienceValues {
  workTrials: { place: string; startDate: string; endDate: string }[];
  jobTastes: { place: string; date: string }[];
  workPractice: { place: string; startDate: string; endDate: string; description: string }[];
}

/** Only the groups asked for; each at most ten entries; a required group needs one. */
export function experienceSchema(asked: AskedField[]) {
  const item = { workTrials: workTrialSchema, jobTastes: jobTasteSchema, workPractice: workPracticeSchema };
  const shape: Record<string, z.ZodType> = {};
  for (const field of asked) {
    if (!(EXPERIENCE_FIELDS as readonly string[]).includes(field.name)) continue;
    const list = z.array(item[field.name as ExperienceField]).max(MAX_EXPERIENCE, 'tooManyEntries');
    shape[field.name] = field.required ? list.min(1, 'required') : list;
  }
  return z.object(shape);
}

// ---- From the form to the graph, and back ----------------------------------------------------------------------

export interface DraftAnswers {
  desiredStartDate?: string | null;
  daysPerWeek?: number | null;
  hoursPerWeek?: number | null;
  activityWishes?: string | null;
  tradeWishes?: string | null;
  education?: string | null;
  navContact?: string | null;
  experience?: {
    kind: string;
    place: string;
    startDate: string;
    endDate?: string | null;
    description?: string | null;
  }[];
}

/** The form's values of a saved draft (empty strings for what is not answered). */
export function valuesOfDraft(draft: DraftAnswers): AboutValues & ExperienceValues {
  const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));
  const experience = draft.experience ?? [];
  return {
    desiredStartDate: text(draft.desiredStartDate),
    daysPerWeek: text(draft.daysPerWeek),
    hoursPerWeek: text(draft.hoursPerWeek),
    activityWishes: text(draft.activityWishes),
    tradeWishes: text(draft.tradeWishes),
    education: text(draft.education),
    navContact: text(draft.navContact),
    workTrials: experience
      .filter((e) => e.kind === 'WORK_TRIAL')
      .map((e) => ({ place: e.place, startDate: e.startDate, endDate: text(e.endDate) })),
    jobTastes: experience.filter((e) => e.kind === 'JOB_TASTE').map((e) => ({ place: e.place, date: e.startDate })),
    workPractice: experience
      .filter((e) => e.kind === 'WORK_PRACTICE')
      .map((e) => ({
        place: e.place,
        startDate: e.startDate,
        endDate: text(e.endDate),
        description: text(e.description),
      })),
  };
}

/**
 * The answers as the draft's input: every question asked with its value (null when left empty), and every question
 * not asked as null or empty, so that an answer kept from offers chosen before is cleared, not refused.
 */
export function answersInput(values: AboutValues & ExperienceValues, asked: AskedField[]) {
  const askedNames = new Set(asked.map((field) => field.name));
  const has = (name: FormFieldName) => askedNames.has(name);
  const text = (name: AboutField) => (has(name) && values[name].trim() ? values[name].trim() : null);
  const number = (name: AboutField) => {
    const value = text(name);
    return value == null ? null : Number(value.replace(',', '.'));
  };
  const orNull = (value: string) => (value.trim() ? value.trim() : null);
  return {
    desiredStartDate: text('desiredStartDate'),
    daysPerWeek: number('daysPerWeek'),
    hoursPerWeek: number('hoursPerWeek'),
    activityWishes: text('activityWishes'),
    tradeWishes: text('tradeWishes'),
    education: text('education'),
    navContact: text('navContact'),
    workTrials: has('workTrials')
      ? values.workTrials.map((w) => ({ place: w.place.trim(), startDate: w.startDate, endDate: orNull(w.endDate) }))
      : [],
    jobTastes: has('jobTastes') ? values.jobTastes.map((j) => ({ place: j.place.trim(), date: j.date })) : [],
    workPractice: has('workPractice')
      ? values.workPractice.map((w) => ({
          place: w.place.trim(),
          startDate: w.startDate,
          endDate: orNull(w.endDate),
          description: orNull(w.description),
        }))
      : [],
  };
}

/** The id of a form field's input in the page, for the ErrorSummary's links (`workTrials.0.place` → `apply-workTrials-0-place`). */
export const fieldId = (field: string) => `apply-${field.replace(/[^\w-]+/g, '-')}`;

const STEP_OF_FIELD: Record<string, Step> = {
  givenName: 1,
  familyName: 1,
  email: 1,
  phone: 1,
  nationalIdentityNumber: 1,
  relation: 1,
  guardianName: 1,
  submittedByName: 1,
  participantId: 1,
  offerIds: 2,
  newcomer: 2,
  intakeYear: 2,
  desiredStartDate: 3,
  daysPerWeek: 3,
  hoursPerWeek: 3,
  activityWishes: 3,
  tradeWishes: 3,
  education: 3,
  navContact: 3,
  workTrials: 4,
  jobTastes: 4,
  workPractice: 4,
};

/** Where a server field problem belongs: its step, and the form field it is shown at. */
export interface MappedProblem {
  step: Step;
  /** The form field's name (`offerIds.2` → `offerIds`, one group of checkboxes). */
  field: string;
  /** The input's id in the page. */
  id: string;
  nb: string;
  en: string;
}

export function mapServerFields(problems: FieldProblem[]): MappedProblem[] {
  return problems.map(({ field, nb, en }) => {
    const root = field.split('.')[0];
    const step = STEP_OF_FIELD[root] ?? 5;
    // The offers are one group of checkboxes; every other path is the form's own (workTrials.0.place).
    const formField = root === 'offerIds' || root === 'intakeYear' ? 'offerIds' : field;
    return { step, field: formField, id: fieldId(formField), nb, en };
  });
}

// ---- Step logic ----------------------------------------------------------------------------------------------

/** Reads `?steg=` (1 to 5); anything else is step 1. */
export function readStep(value: string | null): Step {
  const step = Number(value);
  return Number.isInteger(step) && step >= 1 && step <= STEPS ? (step as Step) : 1;
}

/**
 * The step a person may be on: offers need someone to apply for; the later steps need the draft, which is made at
 * the end of step 2. A submitted application has only its receipt (null).
 */
export function allowedStep(
  wanted: Step,
  state: { applicant: boolean; draft: boolean; submitted: boolean },
): Step | null {
  if (state.submitted) return null;
  if (wanted >= 3 && !state.draft) return state.applicant ? 2 : 1;
  if (wanted === 2 && !state.applicant && !state.draft) return 1;
  return wanted;
}

/** The URL of a step: the draft, when there is one, and the step. */
export function stepSearch(step: Step, draftId?: string, offerId?: string | null): string {
  const params = new URLSearchParams();
  if (draftId) params.set('utkast', draftId);
  else if (offerId) params.set('tilbud', offerId);
  params.set('steg', String(step));
  return `?${params.toString()}`;
}
