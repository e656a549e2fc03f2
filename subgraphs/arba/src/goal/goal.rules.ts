import { textProblems, type FieldProblem } from '@veiinn/kit';
import { addMonths } from '../common/dates';

/** Individual goals are evaluated twice a year. */
export const EVALUATION_INTERVAL_MONTHS = 6;
export const GOAL_DESCRIPTION_MAX = 500;
export const EVALUATION_NOTE_MAX = 2000;

/** Six months after the last evaluation, or after the goal was set when it has none. */
export function nextEvaluationDue(setOn: string, evaluationDates: string[]): string {
  const last = evaluationDates.reduce((latest, d) => (d > latest ? d : latest), setOn);
  return addMonths(last, EVALUATION_INTERVAL_MONTHS);
}

export function goalDescriptionProblems(description: string): FieldProblem[] {
  return textProblems('description', description, { max: GOAL_DESCRIPTION_MAX, multiline: true });
}

export function evaluationProblems(
  input: { date: string; note?: string | null },
  goal: { setOn: string },
  placementEnd: string | null,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.date < goal.setOn) {
    problems.push({
      field: 'date',
      nb: `er før målet ble satt (${goal.setOn}).`,
      en: `is before the goal was set (${goal.setOn}).`,
    });
  } else if (input.date > today) {
    problems.push({
      field: 'date',
      nb: `er fram i tid (i dag er ${today}).`,
      en: `is in the future (today is ${today}).`,
    });
  } else if (placementEnd !== null && input.date > placementEnd) {
    problems.push({
      field: 'date',
      nb: `er etter at plassen sluttet (${placementEnd}).`,
      en: `is after the placement ended (${placementEnd}).`,
    });
  }
  if (input.note != null) {
    problems.push(...textProblems('note', input.note, { max: EVALUATION_NOTE_MAX, required: false, multiline: true }));
  }
  return problems;
}
