import { Button, Field, Heading, Label, Link, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { StaffCaseworkWorklistDocument, type StaffCaseworkWorklistQuery } from '../../../../../src/gql/graphql';
import { useAuth } from '../../../auth';
import { formatDate } from '../../../format';
import { gql } from '../../../graphql';
import { Loading, RequestFailed, useTitle } from '../../../pages/common';
import { DataTable, Pager, type Column } from '../../DataTable';
import { useListState, withSort, type ListDefaults } from '../../list-state';
import {
  choiceColumns,
  deadlineOf,
  osloDay,
  withoutCursor,
  withPageCursor,
  WORKLIST_FILTERS,
  worklistPosition,
  worklistVariables,
  type WorklistFilter,
} from './logic';

type Row = StaffCaseworkWorklistQuery['applicationWorklist']['applications']['nodes'][number];

const ROUNDS = ['MAIN', 'NEWCOMER', 'CONTINUOUS'] as const;
const KINDS = [
  'ACTIVITY',
  'ADAPTED_WORK',
  'VTA',
  'VTAO',
  'AFT',
  'TRAINING_CANDIDATE',
  'APPRENTICESHIP',
  'YOUTH_PROGRAMME',
] as const;

const DEFAULTS: ListDefaults<WorklistFilter> = { filters: WORKLIST_FILTERS, sort: 'submitted' };

/**
 * The allocation office's worklist (/saksbehandling): every application, filtered, sorted and paged in the URL. Pages
 * are keyset pages: the page's cursor goes in the URL with its number, and a new filter or sort drops it.
 */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { person } = useAuth();
  useTitle(t('casework.worklist.title'));
  const list = useListState(DEFAULTS);
  const [, setParams] = useSearchParams();
  const setFilters = (values: Partial<Record<WorklistFilter, string>>) =>
    list.setFilters({ ...values, after: '', before: '' });
  const onSort = (column: string) => setParams((current) => withSort(withoutCursor(current), column, DEFAULTS));
  const variables = worklistVariables(list);
  const query = useQuery({
    queryKey: ['casework', person?.sub, 'worklist', variables],
    queryFn: ({ signal }) => gql(StaffCaseworkWorklistDocument, variables, signal),
    placeholderData: keepPreviousData,
  });
  const [search, setSearch] = useState(list.filters.q);
  useEffect(() => setSearch(list.filters.q), [list.filters.q]);

  const chosen = (row: Row) => choiceColumns(row.choices, language);
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('casework.worklist.name'),
      sortable: true,
      cell: (row) => (
        <Link asChild>
          <RouterLink to={`/saksbehandling/soknader/${row.id}`}>{row.participant.fullName}</RouterLink>
        </Link>
      ),
    },
    { key: 'offer', header: t('casework.worklist.offer'), cell: (row) => <Lines values={chosen(row).offers} /> },
    {
      key: 'kind',
      header: t('casework.worklist.offerKind'),
      cell: (row) => <Lines values={chosen(row).kinds.map((kind) => t(`casework.kind.${kind}`))} />,
    },
    {
      key: 'provider',
      header: t('casework.worklist.provider'),
      cell: (row) => <Lines values={chosen(row).providers} />,
    },
    {
      key: 'status',
      header: t('casework.worklist.status'),
      sortable: true,
      cell: (row) => t(`casework.status.${row.status}`),
    },
    { key: 'round', header: t('casework.worklist.round'), cell: (row) => t(`casework.round.${row.round}`) },
    {
      key: 'submitted',
      header: t('casework.worklist.submitted'),
      sortable: true,
      cell: (row) =>
        row.submittedAt ? formatDate(osloDay(row.submittedAt), language) : t('casework.worklist.notSubmitted'),
    },
    {
      key: 'deadline',
      header: t('casework.worklist.deadline'),
      sortable: true,
      cell: (row) => {
        const deadline = deadlineOf(row.intakeYear);
        return deadline ? formatDate(deadline, language) : t('casework.worklist.noDeadline');
      },
    },
  ];

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ q: search.trim() });
  };
  const data = query.data?.applicationWorklist;
  const total = data?.applications.totalCount ?? 0;
  const position = worklistPosition(list, data?.applications.nodes.length ?? 0, total);
  const toPage = (page: number) =>
    setParams((current) => withPageCursor(current, page, position.page, data?.applications.pageInfo ?? {}));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('casework.worklist.title')}
      </Heading>
      <Paragraph>{t('casework.worklist.intro')}</Paragraph>
      <section aria-labelledby="worklist-filters" className="stack">
        <Heading level={2} data-size="sm" id="worklist-filters">
          {t('casework.worklist.filters')}
        </Heading>
        <form onSubmit={onSearch} role="search" className="row">
          <Textfield label={t('casework.worklist.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Button type="submit" variant="secondary">
            {t('casework.worklist.apply')}
          </Button>
        </form>
        <div className="row">
          <Field>
            <Label>{t('casework.worklist.status')}</Label>
            <Select value={list.filters.status} onChange={(e) => setFilters({ status: e.target.value })}>
              <Select.Option value="">{t('casework.worklist.all')}</Select.Option>
              {(data?.statusCounts ?? []).map((c) => (
                <Select.Option key={c.status} value={c.status}>
                  {t(`casework.status.${c.status}`)} ({c.count})
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('casework.worklist.round')}</Label>
            <Select value={list.filters.round} onChange={(e) => setFilters({ round: e.target.value })}>
              <Select.Option value="">{t('casework.worklist.all')}</Select.Option>
              {ROUNDS.map((round) => (
                <Select.Option key={round} value={round}>
                  {t(`casework.round.${round}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('casework.worklist.kind')}</Label>
            <Select value={list.filters.kind} onChange={(e) => setFilters({ kind: e.target.value })}>
              <Select.Option value="">{t('casework.worklist.all')}</Select.Option>
              {KINDS.map((kind) => (
                <Select.Option key={kind} value={kind}>
                  {t(`casework.kind.${kind}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('casework.worklist.provider')}</Label>
            <Select value={list.filters.provider} onChange={(e) => setFilters({ provider: e.target.value })}>
              <Select.Option value="">{t('casework.worklist.all')}</Select.Option>
              {(query.data?.providers ?? []).map((p) => (
                <Select.Option key={p.id} value={p.id}>
                  {p.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
        <Button variant="tertiary" onClick={() => setFilters({ status: '', round: '', kind: '', provider: '', q: '' })}>
          {t('casework.worklist.clear')}
        </Button>
      </section>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : (
        <div className="stack" aria-busy={query.isFetching}>
          <Paragraph role="status">{t('casework.worklist.count', { count: total })}</Paragraph>
          {position.kind === 'pastEnd' ? (
            <div className="stack" data-testid="past-end">
              <Paragraph>{t('casework.worklist.pastEnd', { page: position.page, count: total })}</Paragraph>
              <div>
                <Button variant="secondary" onClick={() => toPage(1)}>
                  {t('casework.worklist.firstPage')}
                </Button>
              </div>
            </div>
          ) : (
            <>
              <DataTable
                caption={t('casework.worklist.caption')}
                columns={columns}
                rows={data!.applications.nodes}
                rowKey={(row) => row.id}
                sort={list.sort}
                direction={list.direction}
                onSort={onSort}
                empty={t('casework.worklist.empty')}
              />
              <Pager page={position.page} pages={position.pages} onPage={toPage} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** A cell's values, one a line (a table cell holds no list semantics a screen reader needs here). */
function Lines({ values }: { values: string[] }) {
  return values.map((value, i) => (
    <Fragment key={value}>
      {i > 0 && <br />}
      {value}
    </Fragment>
  ));
}
