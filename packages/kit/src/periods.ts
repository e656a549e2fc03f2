import { type FieldProblem, isIsoDate } from '@veiinn/contracts';

/** A date field that is not a date. */
export const NOT_A_DATE = { nb: 'må være en dato (ÅÅÅÅ-MM-DD).', en: 'must be a date (YYYY-MM-DD).' };

/**
 * Checks a period of dates (YYYY-MM-DD): both real dates, and the end, when there is one, not before the start.
 * Field names are the input's, so the problems go straight into a UserInputError.
 */
export function periodProblems(
  startDate: string,
  endDate: string | null | undefined,
  fields: { start: string; end: string } = { start: 'startDate', end: 'endDate' },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(startDate)) problems.push({ field: fields.start, ...NOT_A_DATE });
  if (endDate != null && !isIsoDate(endDate)) problems.push({ field: fields.end, ...NOT_A_DATE });
  if (!problems.length && endDate != null && endDate < startDate) {
    problems.push({
      field: fields.end,
      nb: `Slutten (${endDate}) er før starten (${startDate}).`,
      en: `The end (${endDate}) is before the start (${startDate}).`,
    });
  }
  return problems;
}

/** Whether a period is current on `day`: started on or before it, and not ended before it. */
export function periodCovers(startDate: string, endDate: string | null, day: string): boolean {
  return startDate <= day && (endDate === null || endDate >= day);
}
