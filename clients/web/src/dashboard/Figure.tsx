import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartProps } from './Chart';
import { cellText, csvFileName, hiddenReason, toCsv, type Cell, type CsvColumn, type DashboardFilters } from './model';

/** A column of a figure's table; the same column makes the CSV. */
export interface StatColumn<Row> extends CsvColumn<Row> {
  key: string;
  numeric?: boolean;
}

export interface FigureProps<Row> {
  /** Unique on the page; names the section's heading, its chart and its file. */
  id: string;
  title: string;
  /** One sentence in plain language: what the figures say. */
  summary: string;
  chart?: Omit<ChartProps, 'id' | 'title' | 'summary'>;
  caption: string;
  /** The first column names the row (a row header). */
  columns: StatColumn<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Shown in place of the chart and table when there are no rows. */
  empty: string;
  /** A note below the table, such as what a column does not tell. */
  note?: string;
  /** The period, for the file's name. */
  filters: Pick<DashboardFilters, 'from' | 'to'>;
}

/** Starts the browser's download of `text` as `name` (a CSV file), from memory. */
function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const isHiddenCell = (cell: Cell) => typeof cell === 'object' && cell !== null && cell.suppressed;

/**
 * One figure: its heading, a one-sentence summary, the chart, and beside it the same figures as a real table (a
 * caption, column and row headers) that can be downloaded as CSV. When a count is hidden, "<5" and the graph's
 * reason below the table say why.
 */
export function Figure<Row>(props: FigureProps<Row>) {
  const { t, i18n } = useTranslation();
  const { id, title, summary, chart, caption, columns, rows, rowKey, empty, note, filters } = props;
  const cells = rows.flatMap((row) => columns.map((column) => column.value(row)));
  const hidden = cells.filter(isHiddenCell) as { suppressed: boolean; reason?: string | null }[];
  return (
    <section className="stack dashboard-figure" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {title}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <>
          <Paragraph className="dashboard-summary">{summary}</Paragraph>
          {chart && <Chart id={`${id}-chart`} title={title} summary={summary} {...chart} />}
          <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
            <Table zebra data-size="sm" id={`${id}-table`}>
              <caption>{caption}</caption>
              <Table.Head>
                <Table.Row>
                  {columns.map((column) => (
                    <Table.HeaderCell key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                      {column.header}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((row) => (
                  <Table.Row key={rowKey(row)}>
                    {columns.map((column, index) => {
                      const cell = column.value(row);
                      const text = cellText(cell, i18n.language);
                      const className = [column.numeric ? 'numeric' : '', isHiddenCell(cell) ? 'hidden-count' : '']
                        .filter(Boolean)
                        .join(' ');
                      return index === 0 ? (
                        <Table.HeaderCell key={column.key} scope="row" className={className || undefined}>
                          {text}
                        </Table.HeaderCell>
                      ) : (
                        <Table.Cell key={column.key} className={className || undefined}>
                          {text}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          {note && <Paragraph data-size="sm">{note}</Paragraph>}
          {hidden.length > 0 && (
            <Paragraph data-size="sm" className="hidden-legend">
              <strong>{t('dashboard.hiddenLegend')}</strong>{' '}
              {hiddenReason(hidden, i18n.language, t('dashboard.hiddenReason'))}
            </Paragraph>
          )}
          <div className="dashboard-actions">
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => download(toCsv(columns, rows), csvFileName(id, filters))}
            >
              {t('dashboard.csv')}
              <span className="sr-only">: {caption}</span>
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
