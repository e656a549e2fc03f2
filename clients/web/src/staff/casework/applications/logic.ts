// Pure logic of the applications pages: the URL's list state as the worklist query's variables, the deadline of an
// application, and the decide form as the decision's input.
import type { ApplicationFilter, ApplicationOrder, DecideApplicationInput } from '../../../../../src/gql/graphql';

export const PAGE_SIZE = 20;
export const WORKLIST_FILTERS = ['status', 'round', 'kind', 'provider', 'q'] as const;
export type WorklistFilter = (typeof WORKLIST_FILTERS)[number];

const ORDER_FIELDS: Record<string, ApplicationOrder['field']> = {
  name: 'NAME',
  submitted: 'SUBMITTED_AT',
  deadline: 'DEADLINE',
  status: 'STATUS',
};

/**
 * The worklist query's variables for the URL's state. The graph pages by cursor; a page number in the URL is asked
 * as the first `page * PAGE_SIZE` rows, of which the page shows the last PAGE_SIZE (`pageRows`).
 */
export function worklistVariables(state: {
  filters: Record<WorklistFilter, string>;
  sort: string;
  direction: 'asc' | 'desc';
  page: number;
}): { filter: ApplicationFilter; orderBy: ApplicationOrder; first: number } {
  const { filters } = state;
  const filter: ApplicationFilter = {};
  if (filters.status) filter.status = filters.status.split(',') as ApplicationFilter['status'];
  if (filters.round) filter.round = filters.round as ApplicationFilter['round'];
  if (filters.kind) filter.kind = filters.kind as ApplicationFilter['kind'];
  if (filters.provider) filter.providerId = filters.provider;
  if (filters.q.trim()) filter.search = filters.q.trim();
  return {
    filter,
    orderBy: {
      field: ORDER_FIELDS[state.sort] ?? 'SUBMITTED_AT',
      direction: state.direction === 'desc' ? 'DESC' : 'ASC',
    },
    first: Math.max(1, state.page) * PAGE_SIZE,
  };
}

/** The rows of page `page` out of the first `page * PAGE_SIZE` the query asked for. */
export function pageRows<T>(rows: T[], page: number): T[] {
  return rows.slice((Math.max(1, page) - 1) * PAGE_SIZE, Math.max(1, page) * PAGE_SIZE);
}

/** The main-intake deadline: 1 February of the intake year; null for continuous intake. */
export function deadlineOf(intakeYear: number | null | undefined): string | null {
  return intakeYear == null ? null : `${intakeYear}-02-01`;
}

export interface DecideForm {
  outcome: 'GRANTED' | 'REJECTED' | 'WAITING';
  offerId: string;
  groupId: string;
  startDate: string;
  daysPerWeek: string;
  hoursPerWeek: string;
  reason: string;
}

/** The form as decideApplication's input: only what the outcome takes, numbers as numbers, blanks left out. */
export function decisionInput(applicationId: string, version: number, form: DecideForm): DecideApplicationInput {
  const input: DecideApplicationInput = { applicationId, expectedVersion: version, outcome: form.outcome };
  const reason = form.reason.trim();
  if (reason) input.reason = reason;
  if (form.outcome === 'REJECTED') return input;
  if (form.offerId) input.offerId = form.offerId;
  if (form.outcome === 'WAITING') return input;
  if (form.groupId) input.groupId = form.groupId;
  if (form.startDate) input.startDate = form.startDate;
  const days = Number.parseInt(form.daysPerWeek, 10);
  if (form.daysPerWeek.trim() && Number.isFinite(days)) input.daysPerWeek = days;
  const hours = Number.parseFloat(form.hoursPerWeek.replace(',', '.'));
  if (form.hoursPerWeek.trim() && Number.isFinite(hours)) input.hoursPerWeek = hours;
  return input;
}

/** The day (YYYY-MM-DD) in Oslo of a DateTime, for `formatDate`. */
export function osloDay(dateTime: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(dateTime));
}
