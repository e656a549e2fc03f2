import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import type { StaffNavImportParticipantsMutation } from '../../../../src/gql/graphql';
import { pick } from '../../format';
import { useTitle } from '../../pages/common';
import { DataTable, sortRows, type Column } from '../DataTable';
import { useListState } from '../list-state';

type Report = StaffNavImportParticipantsMutation['importNavParticipants'];
type Rejection = Report['rejected'][number];
type Line = Report['lines'][number];

/** What the import page hands the result page: the last import's report, in the query cache (memory only). */
export interface ImportResult {
  fileName: string;
  report: Report;
}

/**
 * Where the last import's result is kept: in the app's query cache, so it stays while the result table is sorted
 * (which changes the URL), and is forgotten with every other answer on signing out. Never in web storage.
 */
export const IMPORT_RESULT_KEY = ['staff', 'nav', 'import-result'] as const;

const FILTERS = [] as const;

/**
 * /nav/import/resultat: the result of the import just run: the counts (accepted, unchanged, stale, deleted,
 * rejected), every rejected line with its number, the record's id, the code and the reason in the person's
 * language, and every line taken with what became of it. The two tables sort by their own columns (their keys
 * differ, so sorting one leaves the other in the order of the file). The result is kept in memory only (IMPORT_RESULT_KEY): it holds NAV's record ids, and a reload forgets it.
 */
export function ImportResultPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('navWorkspace.result.title'));
  const list = useListState({ filters: FILTERS, sort: 'line' });
  const { data: result = null } = useQuery<ImportResult | null>({
    queryKey: IMPORT_RESULT_KEY,
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });

  const columns: Column<Rejection>[] = [
    {
      key: 'line',
      header: t('navWorkspace.result.column.line'),
      cell: (row) => row.line,
      sortValue: (row) => row.line,
      numeric: true,
    },
    {
      key: 'key',
      header: t('navWorkspace.result.column.key'),
      cell: (row) => (row.key ? <code>{row.key}</code> : '–'),
    },
    {
      key: 'code',
      header: t('navWorkspace.result.column.code'),
      cell: (row) => <code>{row.code}</code>,
      sortValue: (row) => row.code,
    },
    { key: 'reason', header: t('navWorkspace.result.column.reason'), cell: (row) => pick(row.reason, i18n.language) },
  ];
  const lineColumns: Column<Line>[] = [
    {
      key: 'takenLine',
      header: t('navWorkspace.result.column.line'),
      cell: (row) => row.line,
      sortValue: (row) => row.line,
      numeric: true,
    },
    { key: 'takenKey', header: t('navWorkspace.result.column.key'), cell: (row) => <code>{row.key}</code> },
    {
      key: 'outcome',
      header: t('navWorkspace.result.column.outcome'),
      cell: (row) => t(`navWorkspace.result.outcome.${row.outcome}`),
      sortValue: (row) => t(`navWorkspace.result.outcome.${row.outcome}`),
    },
  ];
  const heading = (
    <Heading level={1} data-size="lg">
      {t('navWorkspace.result.title')}
    </Heading>
  );
  if (!result) {
    return (
      <div className="stack">
        {heading}
        <Paragraph>{t('navWorkspace.result.none')}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/nav/import">{t('navWorkspace.result.toImport')}</RouterLink>
          </Link>
        </Paragraph>
      </div>
    );
  }
  const { report, fileName } = result;
  const counts: [string, number][] = [
    [t('navWorkspace.result.accepted'), report.accepted],
    [t('navWorkspace.result.unchanged'), report.unchanged],
    [t('navWorkspace.result.stale'), report.stale],
    [t('navWorkspace.result.deleted'), report.deleted],
    [t('navWorkspace.result.rejectedCount'), report.rejected.length],
  ];
  return (
    <div className="stack">
      {heading}
      <Paragraph>{t('navWorkspace.result.file', { name: fileName })}</Paragraph>
      <Alert data-color={report.rejected.length ? 'warning' : 'success'} role="status">
        <Paragraph>
          {t('navWorkspace.result.summary', { accepted: report.accepted, rejected: report.rejected.length })}
        </Paragraph>
      </Alert>
      <section aria-labelledby="nav-result-counts" className="stack">
        <Heading level={2} data-size="sm" id="nav-result-counts">
          {t('navWorkspace.result.counts')}
        </Heading>
        <dl className="facts">
          {counts.map(([label, value]) => [<dt key={`${label}-dt`}>{label}</dt>, <dd key={`${label}-dd`}>{value}</dd>])}
        </dl>
      </section>
      {report.rejected.length === 0 ? (
        <Paragraph>{t('navWorkspace.result.noRejected')}</Paragraph>
      ) : (
        <DataTable
          caption={t('navWorkspace.result.rejectedCaption')}
          columns={columns}
          rows={sortRows(report.rejected, columns, list.sort, list.direction)}
          rowKey={(row) => `${row.line}`}
          sort={list.sort}
          direction={list.direction}
          onSort={list.toggleSort}
          empty={t('navWorkspace.result.noRejected')}
        />
      )}
      {report.lines.length > 0 && (
        <DataTable
          caption={t('navWorkspace.result.linesCaption')}
          columns={lineColumns}
          rows={sortRows(report.lines, lineColumns, list.sort, list.direction)}
          rowKey={(row) => `${row.line}`}
          sort={list.sort}
          direction={list.direction}
          onSort={list.toggleSort}
          empty=""
        />
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to="/nav/import">{t('navWorkspace.result.another')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
