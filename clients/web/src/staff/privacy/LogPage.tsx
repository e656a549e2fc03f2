import {
  Alert,
  Button,
  ErrorSummary,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ComponentRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  StaffPrivacyAuditLogDocument,
  type AuditLogFilter,
  type StaffPrivacyAuditLogQuery,
} from '../../../../src/gql/graphql';
import { pick } from '../../format';
import { gql, GraphQLRequestError } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable, Pager, type Column } from '../DataTable';
import { useListState } from '../list-state';
import {
  auditCsv,
  auditFilterOf,
  CATEGORIES,
  csvFileName,
  EXPORT_PAGE_SIZE,
  filterProblems,
  LOG_FILTERS,
  LOG_PAGE_SIZE,
  osloDateTime,
  participantIdOf,
  READER_ROLES,
  type LogRow,
} from './logic';

type Row = LogRow & { id: string };

/**
 * Where each page of a filtered log starts (the cursor after the page before it), so that "next page" costs one
 * request and a page opened from a link walks the cursors once, without reading the rows before it (`withRows`).
 */
const cursors = new Map<string, string | null>();
const cursorKey = (id: string, filter: AuditLogFilter | null, page: number) =>
  `${id}|${JSON.stringify(filter)}|${page}`;

async function cursorBefore(
  id: string,
  filter: AuditLogFilter | null,
  page: number,
  signal?: AbortSignal,
): Promise<string | null> {
  if (page <= 1) return null;
  const key = cursorKey(id, filter, page);
  if (cursors.has(key)) return cursors.get(key) ?? null;
  const after = await cursorBefore(id, filter, page - 1, signal);
  const answer = await gql(
    StaffPrivacyAuditLogDocument,
    { participantId: id, filter, first: LOG_PAGE_SIZE, after, withRows: false },
    signal,
  );
  const end = answer.auditLog.pageInfo.endCursor ?? null;
  cursors.set(key, end);
  return end;
}

async function fetchPage(id: string, filter: AuditLogFilter | null, page: number, signal?: AbortSignal) {
  const after = await cursorBefore(id, filter, page, signal);
  const answer = await gql(
    StaffPrivacyAuditLogDocument,
    { participantId: id, filter, first: LOG_PAGE_SIZE, after, withRows: true },
    signal,
  );
  cursors.set(cursorKey(id, filter, page + 1), answer.auditLog.pageInfo.endCursor ?? null);
  return { totalCount: answer.auditLog.totalCount, rows: (answer.auditLog.nodes ?? []) as Row[] };
}

/** Every row matching the filter, 100 at a time, telling `progress` how far it is. */
async function fetchAll(id: string, filter: AuditLogFilter | null, progress: (done: number, total: number) => void) {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: StaffPrivacyAuditLogQuery = await gql(StaffPrivacyAuditLogDocument, {
      participantId: id,
      filter,
      first: EXPORT_PAGE_SIZE,
      after,
      withRows: true,
    });
    rows.push(...((answer.auditLog.nodes ?? []) as Row[]));
    progress(rows.length, answer.auditLog.totalCount);
    if (!answer.auditLog.pageInfo.hasNextPage || !answer.auditLog.pageInfo.endCursor) return rows;
    after = answer.auditLog.pageInfo.endCursor;
  }
}

/** Starts the browser's download of `text` as `name` (a CSV file), from memory: nothing is stored. */
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

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; name: string; count: number }
  | { kind: 'failed'; error: unknown };

/**
 * /personvern/logg/:id: one participant's audit log for the privacy officer: who read (reader, role), what
 * (category), when and through which operation, filtered by reader, role, category and period, a page at a time,
 * all in the URL; and the matching rows as a CSV file for Excel.
 */
export function LogPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('privacy.log.title'));
  const { id: raw = '' } = useParams();
  const id = participantIdOf(raw);
  const list = useListState({ filters: LOG_FILTERS, sort: 'readAt', direction: 'desc' });
  const filter = auditFilterOf(list.filters);
  const query = useQuery({
    queryKey: ['staff', 'privacy', 'log', id, filter, list.page],
    queryFn: ({ signal }) => fetchPage(id!, filter, list.page, signal),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
  const [exporting, setExporting] = useState<ExportState>({ kind: 'idle' });

  const heading = (
    <Heading level={1} data-size="lg">
      {t('privacy.log.title')}
    </Heading>
  );
  const other = (
    <Paragraph>
      <Link asChild>
        <RouterLink to="/personvern">{t('privacy.log.other')}</RouterLink>
      </Link>
    </Paragraph>
  );
  if (!id) {
    return (
      <div className="stack">
        {heading}
        <Paragraph>{t('privacy.find.invalid')}</Paragraph>
        {other}
      </div>
    );
  }

  const language = i18n.language;
  const roleName = (role: string) => t(`privacy.role.${role}`, { defaultValue: role });
  const categoryName = (category: string) => t(`privacy.category.${category}`, { defaultValue: category });
  const columns: Column<Row>[] = [
    { key: 'readAt', header: t('privacy.log.column.readAt'), cell: (row) => osloDateTime(row.readAt) },
    { key: 'reader', header: t('privacy.log.column.reader'), cell: (row) => row.readerSub },
    { key: 'roles', header: t('privacy.log.column.roles'), cell: (row) => row.readerRoles.map(roleName).join(', ') },
    { key: 'category', header: t('privacy.log.column.category'), cell: (row) => categoryName(row.category) },
    {
      key: 'operation',
      header: t('privacy.log.column.operation'),
      cell: (row) => row.operationName ?? t('privacy.log.noOperation'),
    },
    { key: 'subgraph', header: t('privacy.log.column.subgraph'), cell: (row) => row.subgraph },
  ];

  const startExport = async () => {
    setExporting({ kind: 'running', done: 0, total: query.data?.totalCount ?? 0 });
    try {
      const rows = await fetchAll(id, filter, (done, total) => setExporting({ kind: 'running', done, total }));
      const csv = auditCsv(
        rows,
        {
          readAt: t('privacy.csv.readAt'),
          reader: t('privacy.csv.reader'),
          roles: t('privacy.csv.roles'),
          category: t('privacy.csv.category'),
          operation: t('privacy.csv.operation'),
          requestId: t('privacy.csv.requestId'),
          subgraph: t('privacy.csv.subgraph'),
        },
        categoryName,
      );
      const name = csvFileName(id);
      download(csv, name);
      setExporting({ kind: 'done', name, count: rows.length });
    } catch (error) {
      setExporting({ kind: 'failed', error });
    }
  };

  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.totalCount / LOG_PAGE_SIZE)) : 1;
  return (
    <div className="stack">
      {heading}
      <Paragraph>{t('privacy.log.participant', { id })}</Paragraph>
      {other}
      <LogFilterForm
        values={list.filters}
        onApply={(values) => list.setFilters(values)}
        onClear={() => list.setFilters({ leser: '', rolle: '', kategori: '', fra: '', til: '' })}
      />
      {query.isPending && <Loading />}
      {query.isError && <RequestFailed error={query.error} retry={() => void query.refetch()} />}
      {data && (
        <div className="stack" aria-busy={query.isFetching}>
          <Paragraph role="status">{t('privacy.log.count', { count: data.totalCount })}</Paragraph>
          <DataTable
            caption={t('privacy.log.caption')}
            columns={columns}
            rows={data.rows}
            rowKey={(row) => row.id}
            empty={t('privacy.log.empty')}
          />
          <Pager page={Math.min(list.page, pages)} pages={pages} onPage={list.setPage} />
          <section className="stack" aria-labelledby="privacy-export" aria-busy={exporting.kind === 'running'}>
            <Heading level={2} data-size="sm" id="privacy-export">
              {t('privacy.log.export')}
            </Heading>
            <Paragraph data-size="sm">{t('privacy.log.exportHelp')}</Paragraph>
            <div>
              <Button
                variant="secondary"
                disabled={exporting.kind === 'running' || data.totalCount === 0}
                onClick={() => void startExport()}
              >
                {t('privacy.log.export')}
              </Button>
            </div>
            <div role="status">
              {exporting.kind === 'running' && (
                <div className="row">
                  <Spinner aria-hidden data-size="sm" />
                  <Paragraph>{t('privacy.log.exporting', { done: exporting.done, total: exporting.total })}</Paragraph>
                </div>
              )}
              {exporting.kind === 'done' && (
                <Alert data-color="success">
                  <Paragraph>{t('privacy.log.exported', { name: exporting.name, count: exporting.count })}</Paragraph>
                </Alert>
              )}
            </div>
            {exporting.kind === 'failed' && (
              <Alert data-color="danger" role="alert">
                <Heading level={3} data-size="xs">
                  {t('privacy.log.exportFailed')}
                </Heading>
                <Paragraph>
                  {exporting.error instanceof GraphQLRequestError
                    ? `${pick(exporting.error.messages, language)} (${exporting.error.code})`
                    : String(exporting.error)}
                </Paragraph>
              </Alert>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

type FilterValues = Record<(typeof LOG_FILTERS)[number], string>;

/** The log's filters: edited here, applied to the URL (and the list) with the button, checked first. */
function LogFilterForm({
  values,
  onApply,
  onClear,
}: {
  values: FilterValues;
  onApply(values: FilterValues): void;
  onClear(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<FilterValues>(values);
  const [problems, setProblems] = useState<ReturnType<typeof filterProblems>>([]);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const key = JSON.stringify(values);
  // The URL changed from outside the form (back, a link): show what it says.
  useEffect(() => setDraft(JSON.parse(key) as FilterValues), [key]);
  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems, attempt]);
  const set = (name: keyof FilterValues) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const problemOf = (field: string) => problems.find((problem) => problem.field === field);
  const tilProblem = problemOf('til');

  return (
    <form
      className="stack privacy-filters"
      noValidate
      aria-labelledby="privacy-filters"
      onSubmit={(event) => {
        event.preventDefault();
        const found = filterProblems(draft);
        setProblems(found);
        setAttempt((n) => n + 1);
        if (found.length === 0) onApply({ ...draft, leser: draft.leser.trim() });
      }}
    >
      <Heading level={2} data-size="sm" id="privacy-filters">
        {t('privacy.log.filters')}
      </Heading>
      {problems.length > 0 && (
        <ErrorSummary ref={summary} tabIndex={-1}>
          <ErrorSummary.Heading>{t('privacy.log.errorSummary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {problems.map((problem) => (
              <ErrorSummary.Item key={problem.field}>
                <ErrorSummary.Link
                  href={`#privacy-filter-${problem.field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`privacy-filter-${problem.field}`)?.focus();
                  }}
                >
                  {t(`privacy.log.${problem.key}`)}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <div className="privacy-filter-fields">
        <Textfield
          id="privacy-filter-leser"
          label={t('privacy.log.reader')}
          description={t('privacy.log.readerHelp')}
          autoComplete="off"
          value={draft.leser}
          onChange={(event) => set('leser')(event.target.value)}
        />
        <Field>
          <Label>{t('privacy.log.role')}</Label>
          <Select id="privacy-filter-rolle" value={draft.rolle} onChange={(event) => set('rolle')(event.target.value)}>
            <Select.Option value="">{t('privacy.log.anyRole')}</Select.Option>
            {READER_ROLES.map((role) => (
              <Select.Option key={role} value={role}>
                {t(`privacy.role.${role}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('privacy.log.category')}</Label>
          <Select
            id="privacy-filter-kategori"
            value={draft.kategori}
            onChange={(event) => set('kategori')(event.target.value)}
          >
            <Select.Option value="">{t('privacy.log.anyCategory')}</Select.Option>
            {CATEGORIES.map((category) => (
              <Select.Option key={category} value={category}>
                {t(`privacy.category.${category}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id="privacy-filter-fra"
          type="date"
          label={t('privacy.log.from')}
          value={draft.fra}
          onChange={(event) => set('fra')(event.target.value)}
        />
        <Textfield
          id="privacy-filter-til"
          type="date"
          label={t('privacy.log.to')}
          value={draft.til}
          error={tilProblem ? t(`privacy.log.${tilProblem.key}`) : undefined}
          onChange={(event) => set('til')(event.target.value)}
        />
      </div>
      <div className="row">
        <Button type="submit">{t('privacy.log.apply')}</Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setProblems([]);
            onClear();
          }}
        >
          {t('privacy.log.clear')}
        </Button>
      </div>
    </form>
  );
}
