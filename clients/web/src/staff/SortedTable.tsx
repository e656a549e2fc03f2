import { DataTable, sortRows, type DataTableProps } from './DataTable';
import type { SortDirection } from './list-state';
import { useTableSort } from './table-sort';

/**
 * A short list's DataTable, sorted on the client, its sort in the URL under `name` (?grupper=free&grupper-dir=desc),
 * so several tables of one page each keep their own sort beside the page's main list (`sort`, `dir`).
 */
export function SortedTable<Row>({
  name,
  defaultSort,
  defaultDirection,
  ...table
}: { name: string; defaultSort: string; defaultDirection?: SortDirection } & Omit<
  DataTableProps<Row>,
  'sort' | 'direction' | 'onSort'
>) {
  const sort = useTableSort(name, defaultSort, defaultDirection);
  return (
    <DataTable
      {...table}
      rows={sortRows(table.rows, table.columns, sort.sort, sort.direction)}
      sort={sort.sort}
      direction={sort.direction}
      onSort={sort.toggleSort}
    />
  );
}
