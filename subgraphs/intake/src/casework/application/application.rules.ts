import { FailedPreconditionError, periodProblems, textProblems, type FieldProblem } from '@veiinn/kit';
import { IntakeMode, type OfferKind, MAIN_INTAKE_DEADLINE, nextApplicationDeadline } from '../../catalogue';
import { ApplicantRole, ApplicationRound } from './application.enums';
import { FORM_FIELDS, fieldsAskedFor, type FormFieldName } from './application.form';
import type { JobTasteInput, WorkPracticeInput, WorkTrialInput } from './application.inputs';

/** Most offers one application may rank. */
export const MAX_CHOICES = 5;
/** Most entries of each kind of documented experience. */
export const MAX_EXPERIENCE = 10;
const MAX_TEXT = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id can be one of ours; anything else is "not found" without asking a uuid column (PostgreSQL refuses). */
export const isUuid = (id: string) => UUID.test(id);

/** The answers as they would be after a create or an update. */
export interface ApplicationAnswers {
  desiredStartDate: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  activityWishes: string | null;
  tradeWishes: string | null;
  education: string | null;
  navContact: string | null;
  workTrials: WorkTrialInput[];
  jobTastes: JobTasteInput[];
  workPractice: WorkPracticeInput[];
}

export interface ApplicationDraft extends ApplicationAnswers {
  offerIds: string[];
  submittedByRole: ApplicantRole;
  submittedByName: string | null;
  newcomer: boolean;
  intakeYear: number | null;
}

/** What the rules need to know of an offer in the catalogue. */
export interface OfferFacts {
  kind: OfferKind;
  intakeMode: IntakeMode;
  withdrawn: boolean;
  openForApplications: boolean;
}

export interface CheckedApplication {
  problems: FieldProblem[];
  round: ApplicationRound;
  intakeYear: number | null;
}

/** Main intake if any offer has it (a newcomer's own round when the applicant is one), else continuous. */
export function roundOf(modes: IntakeMode[], newcomer: boolean): ApplicationRound {
  if (!modes.includes(IntakeMode.MAIN)) return ApplicationRound.CONTINUOUS;
  return newcomer ? ApplicationRound.NEWCOMER : ApplicationRound.MAIN;
}

export function mainIntakeDeadline(year: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(MAIN_INTAKE_DEADLINE.month)}-${pad(MAIN_INTAKE_DEADLINE.day)}`;
}

function answerGiven(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value != null;
}

function checkText(
  problems: FieldProblem[],
  field: string,
  value: string | null,
  max: number,
  { required = false, multiline = false } = {},
) {
  if (value == null) return;
  problems.push(...textProblems(field, value, { max, required, multiline }));
}

/**
 * All problems with an application as it would be saved, and the round and intake year it gets. `offers` holds
 * what the catalogue has for each id asked for (missing ids are absent). `today` is the date in Oslo.
 */
export function checkApplication(
  draft: ApplicationDraft,
  offers: ReadonlyMap<string, OfferFacts>,
  today: string,
): CheckedApplication {
  const problems: FieldProblem[] = [];
  const { found, modes } = choiceProblems(draft, offers, problems);
  submitterProblems(draft, problems);
  const { round, intakeYear } = intakeYearOf(draft, modes, today, problems);
  // A wish to start on a day gone by cannot be met: refused as soon as it is saved, not first at submit.
  if (draft.desiredStartDate != null && draft.desiredStartDate < today)
    problems.push({
      field: 'desiredStartDate',
      nb: `kan ikke være før i dag (${today}); velg en dag fra i dag av.`,
      en: `cannot be before today (${today}); choose a day from today on.`,
    });
  unaskedProblems(draft, found, problems);
  extentProblems(draft, problems);
  textProblemsOf(draft, problems);
  return { problems, round, intakeYear };
}

/** The offers chosen: at least one and at most MAX_CHOICES, none twice, each open in the catalogue, one intake mode. */
function choiceProblems(draft: ApplicationDraft, offers: ReadonlyMap<string, OfferFacts>, problems: FieldProblem[]) {
  if (draft.offerIds.length === 0)
    problems.push({ field: 'offerIds', nb: 'velg minst ett tilbud.', en: 'choose at least one offer.' });
  if (draft.offerIds.length > MAX_CHOICES)
    problems.push({
      field: 'offerIds',
      nb: `velg høyst ${MAX_CHOICES} tilbud.`,
      en: `choose at most ${MAX_CHOICES} offers.`,
    });
  const found: OfferFacts[] = [];
  draft.offerIds.forEach((id, i) => {
    const first = draft.offerIds.indexOf(id);
    const offer = offers.get(id);
    if (first < i)
      problems.push({
        field: `offerIds.${i}`,
        nb: `er allerede valg nummer ${first + 1}.`,
        en: `is already choice number ${first + 1}.`,
      });
    else if (!offer || offer.withdrawn)
      problems.push({
        field: `offerIds.${i}`,
        nb: `det finnes ikke noe tilbud med id «${id}».`,
        en: `no offer in the catalogue has the id "${id}".`,
      });
    else if (!offer.openForApplications)
      problems.push({
        field: `offerIds.${i}`,
        nb: 'tilbudet tar ikke imot søknader nå.',
        en: 'the offer does not take applications now.',
      });
    else found.push(offer);
  });
  const modes = [...new Set(found.map((o) => o.intakeMode))];
  if (modes.length > 1) {
    problems.push({
      field: 'offerIds',
      nb: 'tilbud med hovedopptak (kommunale plasser) og tilbud med løpende opptak (Arba og NAV) må søkes hver for seg.',
      en: 'main-intake offers (municipal places) and continuous-intake offers (Arba and NAV) go in separate applications.',
    });
  }
  return { found, modes };
}

/** Who applies: the applicant themselves (no name), or someone on their behalf (named). */
function submitterProblems(draft: ApplicationDraft, problems: FieldProblem[]): void {
  if (draft.submittedByRole === ApplicantRole.APPLICANT) {
    if (draft.submittedByName != null)
      problems.push({
        field: 'submittedByName',
        nb: 'skal stå tomt når søkeren søker selv.',
        en: 'leave it out when the applicant applies personally.',
      });
  } else if (!draft.submittedByName?.trim()) {
    problems.push({
      field: 'submittedByName',
      nb: 'skriv navnet på den som søker på vegne av søkeren.',
      en: 'give the name of the person applying on the behalf.',
    });
  } else checkText(problems, 'submittedByName', draft.submittedByName, 200);
}

/** The round the offers' intake mode gives, and for the main intake its year: this year's or next. */
function intakeYearOf(draft: ApplicationDraft, modes: IntakeMode[], today: string, problems: FieldProblem[]) {
  const round = roundOf(modes, draft.newcomer);
  let intakeYear: number | null = null;
  if (round !== ApplicationRound.CONTINUOUS) {
    const thisYear = Number(today.slice(0, 4));
    const nextYear = Number(nextApplicationDeadline(IntakeMode.MAIN, today)!.slice(0, 4));
    intakeYear = draft.intakeYear ?? nextYear;
    if (intakeYear !== thisYear && intakeYear !== nextYear) {
      problems.push({
        field: 'intakeYear',
        nb: `må være ${thisYear} eller ${nextYear}.`,
        en: `must be ${thisYear} or ${nextYear}.`,
      });
    }
  }
  return { round, intakeYear };
}

/** Answers to questions the chosen offers' forms do not ask. */
function unaskedProblems(draft: ApplicationDraft, found: OfferFacts[], problems: FieldProblem[]): void {
  // Only what the chosen offers' forms ask for: an answer to any other question is refused, not stored.
  const asked = fieldsAskedFor(found.map((o) => o.kind));
  const kinds = [...new Set(found.map((o) => o.kind))].join(', ');
  for (const field of Object.keys(draft) as (keyof ApplicationDraft)[]) {
    const name = field as FormFieldName;
    if (isFormField(name) && answerGiven(draft[field]) && found.length && !asked.has(name)) {
      problems.push({
        field,
        nb: `spørres det ikke om i en søknad om ${kinds}. La feltet stå tomt.`,
        en: `is not asked for in an application for ${kinds}; leave it out.`,
      });
    }
  }
}

/** Days and hours a week wished for. */
function extentProblems(draft: ApplicationDraft, problems: FieldProblem[]): void {
  if (
    draft.daysPerWeek != null &&
    (!Number.isInteger(draft.daysPerWeek) || draft.daysPerWeek < 1 || draft.daysPerWeek > 5)
  )
    problems.push({
      field: 'daysPerWeek',
      nb: 'må være et helt tall fra 1 til 5.',
      en: 'must be a whole number from 1 to 5.',
    });
  if (draft.hoursPerWeek != null && !(draft.hoursPerWeek > 0 && draft.hoursPerWeek <= 37.5))
    problems.push({
      field: 'hoursPerWeek',
      nb: 'må være mer enn 0 og høyst 37,5.',
      en: 'must be more than 0 and at most 37.5.',
    });
}

/** The free texts, and the work experience with its places and periods. */
function textProblemsOf(draft: ApplicationDraft, problems: FieldProblem[]): void {
  for (const field of ['activityWishes', 'tradeWishes', 'education'] as const)
    checkText(problems, field, draft[field], MAX_TEXT, { multiline: true });
  checkText(problems, 'navContact', draft.navContact, 200);
  for (const field of ['workTrials', 'jobTastes', 'workPractice'] as const) {
    if (draft[field].length > MAX_EXPERIENCE)
      problems.push({ field, nb: `høyst ${MAX_EXPERIENCE} oppføringer.`, en: `at most ${MAX_EXPERIENCE} entries.` });
  }
  draft.workTrials.forEach((w, i) => {
    checkText(problems, `workTrials.${i}.place`, w.place, 200, { required: true });
    problems.push(
      ...periodProblems(w.startDate, w.endDate, { start: `workTrials.${i}.startDate`, end: `workTrials.${i}.endDate` }),
    );
  });
  draft.jobTastes.forEach((j, i) => checkText(problems, `jobTastes.${i}.place`, j.place, 200, { required: true }));
  draft.workPractice.forEach((w, i) => {
    checkText(problems, `workPractice.${i}.place`, w.place, 200, { required: true });
    checkText(problems, `workPractice.${i}.description`, w.description ?? null, MAX_TEXT, { multiline: true });
    problems.push(
      ...periodProblems(w.startDate, w.endDate, {
        start: `workPractice.${i}.startDate`,
        end: `workPractice.${i}.endDate`,
      }),
    );
  });
}

const FORM_FIELD_SET = new Set<string>(FORM_FIELDS);
const isFormField = (name: string): name is FormFieldName => FORM_FIELD_SET.has(name);

/**
 * Main intake closes at the end of 1 February (a day in Oslo). After it, only a newcomer to the municipality may
 * submit for that year's intake; everyone else applies for next year's.
 */
/**
 * A draft saved with a wished start that has since gone by is not submitted as it is: the applicant picks a new day
 * (updateApplicationDraft refuses a past day with BAD_USER_INPUT).
 */
export function assertDesiredStartAhead(desiredStartDate: string | null, today: string): void {
  if (desiredStartDate != null && desiredStartDate < today) {
    throw new FailedPreconditionError(
      'DESIRED_START_PASSED',
      {
        nb: `Ønsket oppstart ${desiredStartDate} er passert; velg en ny dag i utkastet først.`,
        en: `The wished start ${desiredStartDate} has passed; choose a new day in the draft first.`,
      },
      { desiredStartDate },
    );
  }
}

export function assertBeforeDeadline(round: ApplicationRound, intakeYear: number | null, today: string): void {
  if (round !== ApplicationRound.MAIN || intakeYear === null) return;
  const deadline = mainIntakeDeadline(intakeYear);
  if (today > deadline) {
    throw new FailedPreconditionError(
      'APPLICATION_DEADLINE_PASSED',
      {
        nb: `Hovedopptaket for ${intakeYear} stengte ${deadline}. Nå kan bare nye innbyggere i kommunen søke om det. Søk til opptaket for ${intakeYear + 1} i stedet.`,
        en: `The main intake for ${intakeYear} closed on ${deadline}; only a newcomer to the municipality may apply for it now. Apply for the intake of ${intakeYear + 1} instead.`,
      },
      { deadline },
    );
  }
}
