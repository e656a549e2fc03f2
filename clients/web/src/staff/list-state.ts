// A list's filters, sort and page live in the URL (?status=SUBMITTED&sort=submittedAt&dir=desc&page=2): a list can
// be bookmarked, shared with a colleague, and comes back as it was after "back" in the browser.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type SortDirection = 'asc' | 'desc';

export interface ListState<F extends string> {
  /** Each filter's value; '' when not set. A filter with several values is comma-separated. */
  filters: Record<F, string>;
  sort: string;
  direction: SortDirection;
  /** 1-based. */
  page: number;
  /** Sets filters; the page goes back to 1. An empty value removes the filter from the URL. */
  setFilters(next: Partial<Record<F, string>>): void;
  /** Sorts by `column`: ascending first, the other way when it is already sorted by it. The page goes back to 1. */
  toggleSort(column: string): void;
  setPage(page: number): void;
}

export interface ListDefaults<F extends string> {
  filters: readonly F[];
  sort: string;
  direction?: SortDirection;
}

export function useListState<F extends string>(defaults: ListDefaults<F>): ListState<F> {
  const [params, setParams] = useSearchParams();
  const defaultDirection = defaults.direction ?? 'asc';
  const filters = useMemo(
    () => Object.fromEntries(defaults.filters.map((name) => [name, params.get(name) ?? ''])) as Record<F, string>,
    [params, defaults.filters],
  );
  const sort = params.get('sort') ?? defaults.sort;
  const direction: SortDirection =
    params.get('dir') === 'asc' || params.get('dir') === 'desc'
      ? (params.get('dir') as SortDirection)
      : defaultDirection;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );

  const setFilters = useCallback(
    (values: Partial<Record<F, string>>) =>
      update((next) => {
        for (const [name, value] of Object.entries(values) as [string, string | undefined][]) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        next.delete('page');
      }),
    [update],
  );
  const toggleSort = useCallback(
    (column: string) =>
      update((next) => {
        const same = (next.get('sort') ?? defaults.sort) === column;
        const currentDirection = next.get('dir') ?? defaultDirection;
        next.set('sort', column);
        next.set('dir', same && currentDirection === 'asc' ? 'desc' : 'asc');
        next.delete('page');
      }),
    [update, defaults.sort, defaultDirection],
  );
  const setPage = useCallback(
    (value: number) =>
      update((next) => {
        if (value <= 1) next.delete('page');
        else next.set('page', String(value));
      }),
    [update],
  );
  return { filters, sort, direction, page, setFilters, toggleSort, setPage };
}
