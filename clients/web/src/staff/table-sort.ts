// The sort of one table among several on a page, in the URL under the table's own name (?grupper=free&grupper-dir=
// desc): each table keeps its own sort, and the page's main list keeps `sort`/`dir` (list-state.ts).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readList, withSort, type SortDirection } from './list-state';

export interface TableSort {
  sort: string;
  direction: SortDirection;
  toggleSort(column: string): void;
}

/** The table `name`'s URL parameters as list-state's `sort` and `dir`, so its rules (and tests) hold for them. */
function asList(params: URLSearchParams, name: string): URLSearchParams {
  const view = new URLSearchParams();
  const sort = params.get(name);
  const dir = params.get(`${name}-dir`);
  if (sort) view.set('sort', sort);
  if (dir) view.set('dir', dir);
  return view;
}

/** The sort of table `name` as the URL says, else `defaultSort` ascending (or `defaultDirection`). */
export function readTableSort(
  params: URLSearchParams,
  name: string,
  defaultSort: string,
  defaultDirection: SortDirection = 'asc',
) {
  const { sort, direction } = readList(asList(params, name), {
    filters: [],
    sort: defaultSort,
    direction: defaultDirection,
  });
  return { sort, direction };
}

/** The URL with table `name` sorted by `column`: ascending when new, the other way when already sorted by it. */
export function withTableSort(
  params: URLSearchParams,
  name: string,
  column: string,
  defaultSort: string,
  defaultDirection: SortDirection = 'asc',
): URLSearchParams {
  const sorted = withSort(asList(params, name), column, {
    filters: [],
    sort: defaultSort,
    direction: defaultDirection,
  });
  const next = new URLSearchParams(params);
  next.set(name, sorted.get('sort')!);
  next.set(`${name}-dir`, sorted.get('dir')!);
  return next;
}

export function useTableSort(name: string, defaultSort: string, defaultDirection: SortDirection = 'asc'): TableSort {
  const [params, setParams] = useSearchParams();
  const { sort, direction } = useMemo(
    () => readTableSort(params, name, defaultSort, defaultDirection),
    [params, name, defaultSort, defaultDirection],
  );
  const toggleSort = useCallback(
    (column: string) => setParams((current) => withTableSort(current, name, column, defaultSort, defaultDirection)),
    [setParams, name, defaultSort, defaultDirection],
  );
  return { sort, direction, toggleSort };
}
