import { periodProblems, type FieldProblem } from '@veiinn/kit';
import { isUuid } from '../common/ids';

/** Days a week a day-services placement may have: one to a full working week. */
export const DAYS_PER_WEEK = { min: 1, max: 5 } as const;

/** Days a week as a placement here has them: a whole number from one to five. */
export function daysProblems(daysPerWeek: number | null): FieldProblem[] {
  if (
    daysPerWeek !== null &&
    Number.isInteger(daysPerWeek) &&
    daysPerWeek >= DAYS_PER_WEEK.min &&
    daysPerWeek <= DAYS_PER_WEEK.max
  )
    return [];
  return [
    {
      field: 'daysPerWeek',
      nb: `må være et helt antall dager fra ${DAYS_PER_WEEK.min} til ${DAYS_PER_WEEK.max}.`,
      en: `must be a whole number of days from ${DAYS_PER_WEEK.min} to ${DAYS_PER_WEEK.max}.`,
    },
  ];
}

/** Problems with a new placement's own fields, before anything is looked up. */
export function startPlacementProblems(input: {
  participantId: string;
  daysPerWeek: number | null;
  startDate: string;
  endDate?: string | null;
}): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isUuid(input.participantId)) {
    problems.push({
      field: 'participantId',
      nb: 'må være deltakerens id i huben (en UUID).',
      en: "must be a participant's id in the hub (a UUID).",
    });
  }
  problems.push(...daysProblems(input.daysPerWeek));
  problems.push(...periodProblems(input.startDate, input.endDate));
  return problems;
}

/** The day-services rule names a client can branch on (`extensions.rule` of FAILED_PRECONDITION). */
export const PlacementRule = {
  GROUP_FULL: 'GROUP_FULL',
  ALREADY_PLACED: 'ALREADY_PLACED',
} as const;
