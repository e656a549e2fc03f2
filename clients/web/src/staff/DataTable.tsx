import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SortDirection } from './list-state';
import type { Column } from './table-model';

export { sortRows, type Column } from './table-model';

export interface DataTableProps<Row> {
  /** Read out before the table by a screen reader, and shown. */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  sort?: string;
  direction?: SortDirection;
  /** Called with a column's key when its header is pressed (a button: Enter or Space by keyboard). */
  onSort?(key: string): void;
  /** Shown in place of the table when there are no rows. */
  empty: string;
}

/**
 * A real table: a caption, header cells with `scope`, and for each sortable column a button in its header that
 * says how it is sorted (`aria-sort`). Wide tables scroll inside their own box, so the page never scrolls sideways.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  direction,
  onSort,
  empty,
}: DataTableProps<Row>) {
  if (rows.length === 0) {
    return (
      <Paragraph>
        <strong>{caption}:</strong> {empty}
      </Paragraph>
    );
  }
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table zebra data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {columns.map((column) => {
              const sortable = Boolean(onSort && (column.sortable || column.sortValue));
              const state = sort === column.key ? (direction === 'desc' ? 'descending' : 'ascending') : 'none';
              return (
                <Table.HeaderCell
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'numeric' : undefined}
                  sort={sortable ? state : undefined}
                  onClick={sortable ? () => onSort?.(column.key) : undefined}
                >
                  {column.header}
                </Table.HeaderCell>
              );
            })}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Cell key={column.key} className={column.numeric ? 'numeric' : undefined}>
                  {column.cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** "Page 2 of 5" with previous and next buttons; nothing when everything fits on one page. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage(page: number): void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('staff.pager.label')} className="pager">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('staff.pager.previous')}
      </Button>
      <Paragraph aria-live="polite">{t('staff.pager.position', { page, pages })}</Paragraph>
      <Button variant="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('staff.pager.next')}
      </Button>
    </nav>
  );
}
