// A table's columns and client-side sorting, apart from the component so they can be tested without a DOM.
import type { ReactNode } from 'react';
import { norwegian } from '../format';
import type { SortDirection } from './list-state';

export interface Column<Row> {
  /** Names the column in the URL's `sort` when it is sortable. */
  key: string;
  header: string;
  cell(row: Row): ReactNode;
  /** The value the column sorts by (client-side sorting, `sortRows`); a column with `sortable` only sorts on the server. */
  sortValue?(row: Row): string | number | null | undefined;
  sortable?: boolean;
  /** A number column: right-aligned. */
  numeric?: boolean;
}

/** Rows sorted by the column `key`'s sortValue: text in Norwegian order (æ, ø, å last), empty values last. */
export function sortRows<Row>(rows: Row[], columns: Column<Row>[], key: string, direction: SortDirection): Row[] {
  const column = columns.find((candidate) => candidate.key === key);
  if (!column?.sortValue) return rows;
  const value = column.sortValue;
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x == null || x === '') return y == null || y === '' ? 0 : 1;
    if (y == null || y === '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * norwegian.compare(String(x), String(y));
  });
}
