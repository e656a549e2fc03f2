import { periodProblems, type FieldProblem, textProblems } from '@veiinn/kit';
import { isUuid } from '../common/ids';

/** Adapted work at the work centre is at most 30 hours a week in a full position. */
export const FULL_POSITION_HOURS = 30;
/** A training candidate trains at work for at most 2 years (after 2 years at school). */
export const TRAINING_MAX_YEARS = 2;
/** Longest goal text of a training candidacy. */
export const GOAL_MAX_LENGTH = 1000;

/** Problems with hours a week for a placement (field `hoursPerWeek`). */
export function hoursProblems(hoursPerWeek: number | null): FieldProblem[] {
  if (hoursPerWeek !== null && Number.isFinite(hoursPerWeek) && hoursPerWeek > 0 && hoursPerWeek <= FULL_POSITION_HOURS)
    return [];
  return [
    {
      field: 'hoursPerWeek',
      nb: `må være mer enn 0 og høyst ${FULL_POSITION_HOURS} timer i uka (full stilling ved arbeidssenteret er ${FULL_POSITION_HOURS} timer).`,
      en: `must be more than 0 and at most ${FULL_POSITION_HOURS} hours a week (a full position at the work centre is ${FULL_POSITION_HOURS} hours).`,
    },
  ];
}

/** The same day `years` years later (YYYY-MM-DD); 29 February becomes 28 February in a year without it. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface StartPlacementFields {
  participantId: string;
  hoursPerWeek: number | null;
  startDate: string;
  endDate: string | null;
  trainingCandidacy: { goal: string; plannedEnd: string } | null;
}

/** Problems with a new placement that need no stored data; the resolver adds those about offer and group. */
export function startProblems(input: StartPlacementFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isUuid(input.participantId)) {
    problems.push({
      field: 'participantId',
      nb: 'må være deltakerens id i huben (en UUID).',
      en: "must be the hub's participant id (a UUID).",
    });
  }
  problems.push(...hoursProblems(input.hoursPerWeek), ...periodProblems(input.startDate, input.endDate));
  const training = input.trainingCandidacy;
  if (training) {
    problems.push(...textProblems('trainingCandidacy.goal', training.goal, { max: GOAL_MAX_LENGTH, multiline: true }));
    const latest = addYears(input.startDate, TRAINING_MAX_YEARS);
    if (training.plannedEnd < input.startDate) {
      problems.push({
        field: 'trainingCandidacy.plannedEnd',
        nb: `Planlagt slutt (${training.plannedEnd}) er før starten (${input.startDate}).`,
        en: `The planned end (${training.plannedEnd}) is before the start (${input.startDate}).`,
      });
    } else if (training.plannedEnd > latest) {
      problems.push({
        field: 'trainingCandidacy.plannedEnd',
        nb: `kan være høyst ${TRAINING_MAX_YEARS} år etter at opplæringen starter (senest ${latest}).`,
        en: `must be at most ${TRAINING_MAX_YEARS} years after the start of training (${latest} at the latest).`,
      });
    }
  }
  return problems;
}
