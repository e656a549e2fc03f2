// Pure logic of the applications pages: the URL's list state as the worklist query's variables and cursors, the
// deadline of an application, the decide form as the decision's input, and what a decision's placement tells.
import type {
  ApplicationFilter,
  ApplicationOrder,
  DecideApplicationInput,
  DecisionOutcome,
  DecisionPlacementStatus,
  VtaAssessmentOutcome,
  VtaAssessmentStatus,
} from '../../../../../src/gql/graphql';
import { pick } from '../../../format';

export const PAGE_SIZE = 20;
/** The filters a person sets; a change of any of them (or of the sort) starts the list over at page 1. */
export const SEARCH_FILTERS = ['status', 'round', 'kind', 'provider', 'q'] as const;
/** The list's state in the URL: the filters and the cursor of the page (`after` forward, `before` back). */
export const WORKLIST_FILTERS = [...SEARCH_FILTERS, 'after', 'before'] as const;
export type WorklistFilter = (typeof WORKLIST_FILTERS)[number];

const ORDER_FIELDS: Record<string, ApplicationOrder['field']> = {
  name: 'NAME',
  submitted: 'SUBMITTED_AT',
  deadline: 'DEADLINE',
  status: 'STATUS',
};

export interface WorklistVariables {
  filter: ApplicationFilter;
  orderBy: ApplicationOrder;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

/**
 * The worklist query's variables for the URL's state. The graph pages by cursor and answers at most 100 rows, so a
 * page is always PAGE_SIZE rows after (or before) the cursor in the URL; the page number only labels it.
 */
export function worklistVariables(state: {
  filters: Record<WorklistFilter, string>;
  sort: string;
  direction: 'asc' | 'desc';
  page: number;
}): WorklistVariables {
  const { filters } = state;
  const filter: ApplicationFilter = {};
  if (filters.status) filter.status = filters.status.split(',') as ApplicationFilter['status'];
  if (filters.round) filter.round = filters.round as ApplicationFilter['round'];
  if (filters.kind) filter.kind = filters.kind as ApplicationFilter['kind'];
  if (filters.provider) filter.providerId = filters.provider;
  if (filters.q.trim()) filter.search = filters.q.trim();
  const orderBy: ApplicationOrder = {
    field: ORDER_FIELDS[state.sort] ?? 'SUBMITTED_AT',
    direction: state.direction === 'desc' ? 'DESC' : 'ASC',
  };
  if (filters.before) return { filter, orderBy, last: PAGE_SIZE, before: filters.before };
  if (filters.after) return { filter, orderBy, first: PAGE_SIZE, after: filters.after };
  return { filter, orderBy, first: PAGE_SIZE };
}

/** The URL's search params without the page and its cursor: after a new filter or sort the list starts over. */
export function withoutCursor(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('before');
  next.delete('page');
  return next;
}

/** The URL's search params at page `page`, reached from the page shown by its end cursor (forward) or start (back). */
export function withPageCursor(
  params: URLSearchParams,
  page: number,
  current: number,
  pageInfo: { startCursor?: string | null; endCursor?: string | null },
): URLSearchParams {
  const next = withoutCursor(params);
  if (page <= 1) return next;
  const forward = page > current;
  const cursor = forward ? pageInfo.endCursor : pageInfo.startCursor;
  if (!cursor) return next;
  next.set(forward ? 'after' : 'before', cursor);
  next.set('page', String(page));
  return next;
}

export type WorklistPosition =
  | { kind: 'page'; page: number; pages: number }
  /** The URL's page or cursor lies past the list's end (it got shorter, or the address was typed). */
  | { kind: 'pastEnd'; page: number; pages: number };

/**
 * Where the rows shown sit in the list. A page number without its cursor cannot be reached (the graph pages by
 * cursor), so the first page is shown; a page number or cursor past the end says so rather than "none match".
 */
export function worklistPosition(
  view: { page: number; filters: Record<WorklistFilter, string> },
  rows: number,
  total: number,
): WorklistPosition {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const cursor = Boolean(view.filters.after || view.filters.before);
  if (total > 0 && (view.page > pages || (cursor && rows === 0))) return { kind: 'pastEnd', page: view.page, pages };
  return { kind: 'page', page: cursor ? view.page : 1, pages };
}

type Choice = {
  rank: number;
  offer: { kind: string; title: { nb: string; en: string }; provider: { name: string } };
};

/** Each distinct value in the order given. */
const distinct = (values: string[]) => [...new Set(values)];

/**
 * The worklist row's choices as its columns show them, in the applicant's order: every offer, and every distinct
 * provider and kind, so a row found by a filter on any choice shows that choice.
 */
export function choiceColumns(
  choices: Choice[],
  language: string,
): { offers: string[]; providers: string[]; kinds: string[] } {
  const ranked = [...choices].sort((a, b) => a.rank - b.rank);
  return {
    offers: ranked.map((c) => pick(c.offer.title, language)),
    providers: distinct(ranked.map((c) => c.offer.provider.name)),
    kinds: distinct(ranked.map((c) => c.offer.kind)),
  };
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

/**
 * What sending a decision, or asking the provider again, did: the text's key under `casework.placed`. A grant says
 * where its placement stands (the provider may refuse it, or not answer); a rejection or waiting list has none.
 */
export function placementOutcome(
  write: 'decided' | 'retried',
  decision: { outcome: DecisionOutcome; placementStatus?: DecisionPlacementStatus | null },
): string {
  if (decision.outcome !== 'GRANTED' || !decision.placementStatus) return `${write}.${decision.outcome}`;
  return `${write}.${decision.placementStatus}`;
}

/** Whether the outcome is good news (placed, or arranged), or asks the case worker to do something next. */
export const placementSettled = (status: DecisionPlacementStatus | null | undefined) =>
  status !== 'PLACEMENT_REFUSED' && status !== 'PLACEMENT_REQUESTED';

/** The provider's refusal rules the page has advice for (`casework.decision.advice`); anything else gets `other`. */
const REFUSAL_RULES = ['GROUP_FULL', 'ALREADY_PLACED', 'NO_FREE_PLACE'] as const;

/** The key of the advice for a refusal's rule. */
export function refusalAdvice(rule: string | null | undefined): string {
  return (REFUSAL_RULES as readonly string[]).includes(rule ?? '') ? rule! : 'other';
}

/**
 * The VTA outcome menu's first value: the outcome recorded, so saving a note does not overwrite it; none while the
 * assessment is PENDING (the case worker must choose one).
 */
export function vtaStartOutcome(status: VtaAssessmentStatus | undefined): VtaAssessmentOutcome | '' {
  return status && status !== 'PENDING' ? status : '';
}

/**
 * Whether a write failed with CONFLICT: the application (or its decision) changed since it was read. Every write
 * sends the version read, so trying again with the cached case conflicts again; the writes refetch it on this.
 */
export function isConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'CONFLICT';
}
