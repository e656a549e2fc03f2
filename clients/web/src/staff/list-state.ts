// A list's filters, sort and page live in the URL (?status=SUBMITTED&sort=submittedAt&dir=desc&page=2): a list can
// be bookmarked, shared with a colleague, and comes back as it was after "back" in the browser.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortDirection = 'asc' | 'desc';

export interface ListDefaults<F extends string> {
  filters: readonly F[];
  sort: string;
  direction?: SortDirection;
}

export interface ListView<F extends string> {
  /** Each filter's value; '' when not set. A filter with several values is comma-separated. */
  filters: Record<F, string>;
  sort: string;
  direction: SortDirection;
  /** 1-based. */
  page: number;
}

export interface ListState<F extends string> extends ListView<F> {
  /** Sets filters; the page goes back to 1. An empty value removes the filter from the URL. */
  setFilters(next: Partial<Record<F, string>>): void;
  /** Sorts by `column`: ascending first, the other way when it is already sorted by it. The page goes back to 1. */
  toggleSort(column: string): void;
  setPage(page: number): void;
}

/** The list as the URL says, with the defaults for what it does not say (or says wrong). */
export function readList<F extends string>(params: URLSearchParams, defaults: ListDefaults<F>): ListView<F> {
  const dir = params.get('dir');
  return {
    filters: Object.fromEntries(defaults.filters.map((name) => [name, params.get(name) ?? ''])) as Record<F, string>,
    sort: params.get('sort') ?? defaults.sort,
    direction: dir === 'asc' || dir === 'desc' ? dir : (defaults.direction ?? 'asc'),
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
  };
}

/** The URL with these filters set (empty removes) and the page back to 1. */
export function withFilters(params: URLSearchParams, values: Record<string, string | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(values)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  next.delete('page');
  return next;
}

/** The URL sorted by `column`: ascending when new, the other way when already sorted by it; page back to 1. */
export function withSort<F extends string>(
  params: URLSearchParams,
  column: string,
  defaults: ListDefaults<F>,
): URLSearchParams {
  const current = readList(params, defaults);
  const next = new URLSearchParams(params);
  next.set('sort', column);
  next.set('dir', current.sort === column && current.direction === 'asc' ? 'desc' : 'asc');
  next.delete('page');
  return next;
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

export function useListState<F extends string>(defaults: ListDefaults<F>): ListState<F> {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readList(params, defaults), [params, defaults]);
  const setFilters = useCallback(
    (values: Partial<Record<F, string>>) => setParams((current) => withFilters(current, values)),
    [setParams],
  );
  const toggleSort = useCallback(
    (column: string) => setParams((current) => withSort(current, column, defaults)),
    [setParams, defaults],
  );
  const setPage = useCallback((page: number) => setParams((current) => withPage(current, page)), [setParams]);
  return { ...view, setFilters, toggleSort, setPage };
}
