import { OfferKind } from '../../catalogue';

/** The answers an application may carry beside the offers; each is asked only by the forms that need it. */
export const FORM_FIELDS = [
  'desiredStartDate',
  'daysPerWeek',
  'hoursPerWeek',
  'activityWishes',
  'tradeWishes',
  'education',
  'navContact',
  'workTrials',
  'jobTastes',
  'workPractice',
] as const;
export type FormFieldName = (typeof FORM_FIELDS)[number];

/** Labels as the form shows them: plain Norwegian bokmål first, for applicants, guardians and teachers. */
export const FORM_FIELD_LABELS: Record<FormFieldName, { nb: string; en: string }> = {
  desiredStartDate: { nb: 'Når ønsker du å begynne?', en: 'When would you like to start?' },
  daysPerWeek: { nb: 'Hvor mange dager i uken ønsker du?', en: 'How many days a week would you like?' },
  hoursPerWeek: {
    nb: 'Hvor mange timer i uken ønsker du å jobbe?',
    en: 'How many hours a week would you like to work?',
  },
  activityWishes: { nb: 'Hva liker du å gjøre?', en: 'What do you like doing?' },
  tradeWishes: { nb: 'Hvilket arbeid har du lyst til å prøve?', en: 'What kind of work would you like to try?' },
  education: { nb: 'Skole og utdanning', en: 'School and education' },
  navContact: { nb: 'Veileder eller kontor i NAV', en: 'Adviser or office at NAV' },
  workTrials: { nb: 'Hospitering (sted og periode)', en: 'Work trials (place and period)' },
  jobTastes: { nb: 'Jobbsmak (sted og dato)', en: 'Job tastes (place and date)' },
  workPractice: {
    nb: 'Arbeidspraksis (sted, periode og hva du gjorde)',
    en: 'Work practice (place, period and what you did)',
  },
};

const EXPERIENCE: FormFieldName[] = ['workTrials', 'jobTastes', 'workPractice'];

/**
 * Which answers each kind of offer asks for, in the order the form shows them. Activity asks about days and what
 * the applicant likes; work asks about work and documented experience; NAV's measures ask who at NAV follows the
 * applicant; training and apprenticeship ask about school. Nothing else is asked (data minimisation).
 */
export const APPLICATION_FORMS: Record<OfferKind, readonly FormFieldName[]> = {
  [OfferKind.ACTIVITY]: ['desiredStartDate', 'daysPerWeek', 'activityWishes'],
  [OfferKind.ADAPTED_WORK]: ['desiredStartDate', 'hoursPerWeek', 'tradeWishes', ...EXPERIENCE],
  [OfferKind.VTA]: ['desiredStartDate', 'tradeWishes', 'navContact', ...EXPERIENCE],
  [OfferKind.VTAO]: ['desiredStartDate', 'tradeWishes', 'navContact', ...EXPERIENCE],
  [OfferKind.AFT]: ['desiredStartDate', 'tradeWishes', 'navContact', ...EXPERIENCE],
  [OfferKind.TRAINING_CANDIDATE]: ['desiredStartDate', 'hoursPerWeek', 'tradeWishes', 'education', ...EXPERIENCE],
  [OfferKind.APPRENTICESHIP]: ['desiredStartDate', 'tradeWishes', 'education', ...EXPERIENCE],
  [OfferKind.YOUTH_PROGRAMME]: ['desiredStartDate', 'tradeWishes', 'education', 'navContact', ...EXPERIENCE],
};

/** The answers an application for these kinds of offer may give: the union of their forms. */
export function fieldsAskedFor(kinds: Iterable<OfferKind>): Set<FormFieldName> {
  const asked = new Set<FormFieldName>();
  for (const kind of kinds) for (const field of APPLICATION_FORMS[kind]) asked.add(field);
  return asked;
}

/**
 * The answers each kind's form requires: checked when the application is submitted (a draft may lack them), and
 * shown as `required` in `applicationForm`. None is required today: each form asks only what may help, and the
 * allocation office follows up in person; a requirement added here is enforced by `submitApplication` at once.
 */
export const REQUIRED_AT_SUBMIT: Record<OfferKind, readonly FormFieldName[]> = {
  [OfferKind.ACTIVITY]: [],
  [OfferKind.ADAPTED_WORK]: [],
  [OfferKind.VTA]: [],
  [OfferKind.VTAO]: [],
  [OfferKind.AFT]: [],
  [OfferKind.TRAINING_CANDIDATE]: [],
  [OfferKind.APPRENTICESHIP]: [],
  [OfferKind.YOUTH_PROGRAMME]: [],
};

/** The answers an application for these kinds of offer must have when it is submitted. */
export function requiredAtSubmit(kinds: Iterable<OfferKind>): Set<FormFieldName> {
  const required = new Set<FormFieldName>();
  for (const kind of kinds) for (const field of REQUIRED_AT_SUBMIT[kind]) required.add(field);
  return required;
}
