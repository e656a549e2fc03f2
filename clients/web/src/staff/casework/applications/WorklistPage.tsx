import { Button, Field, Heading, Label, Link, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { StaffCaseworkWorklistDocument, type StaffCaseworkWorklistQuery } from '../../../../../src/gql/graphql';
import { useAuth } from '../../../auth';
import { formatDate, pick } from '../../../format';
import { gql } from '../../../graphql';
import { Loading, RequestFailed, useTitle } from '../../../pages/common';
import { DataTable, Pager, type Column } from '../../DataTable';
import { useListState } from '../../list-state';
import { deadlineOf, osloDay, PAGE_SIZE, pageRows, WORKLIST_FILTERS, worklistVariables } from './logic';

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

/** The allocation office's worklist (/saksbehandling): every application, filtered, sorted and paged in the URL. */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { person } = useAuth();
  useTitle(t('casework.worklist.title'));
  const list = useListState({ filters: WORKLIST_FILTERS, sort: 'submitted' });
  const variables = worklistVariables(list);
  const query = useQuery({
    queryKey: ['casework', person?.sub, 'worklist', variables],
    queryFn: ({ signal }) => gql(StaffCaseworkWorklistDocument, variables, signal),
    placeholderData: keepPreviousData,
  });
  const [search, setSearch] = useState(list.filters.q);
  useEffect(() => setSearch(list.filters.q), [list.filters.q]);

  const first = (row: Row) => [...row.choices].sort((a, b) => a.rank - b.rank)[0]?.offer;
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
    {
      key: 'offer',
      header: t('casework.worklist.offer'),
      cell: (row) => (first(row) ? pick(first(row)!.title, language) : ''),
    },
    { key: 'provider', header: t('casework.worklist.provider'), cell: (row) => first(row)?.provider.name ?? '' },
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
    list.setFilters({ q: search.trim() });
  };
  const data = query.data?.applicationWorklist;
  const total = data?.applications.totalCount ?? 0;
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
            <Select value={list.filters.status} onChange={(e) => list.setFilters({ status: e.target.value })}>
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
            <Select value={list.filters.round} onChange={(e) => list.setFilters({ round: e.target.value })}>
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
            <Select value={list.filters.kind} onChange={(e) => list.setFilters({ kind: e.target.value })}>
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
            <Select value={list.filters.provider} onChange={(e) => list.setFilters({ provider: e.target.value })}>
              <Select.Option value="">{t('casework.worklist.all')}</Select.Option>
              {(query.data?.providers ?? []).map((p) => (
                <Select.Option key={p.id} value={p.id}>
                  {p.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
        <Button
          variant="tertiary"
          onClick={() => list.setFilters({ status: '', round: '', kind: '', provider: '', q: '' })}
        >
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
          <DataTable
            caption={t('casework.worklist.caption')}
            columns={columns}
            rows={pageRows(data!.applications.nodes, list.page)}
            rowKey={(row) => row.id}
            sort={list.sort}
            direction={list.direction}
            onSort={list.toggleSort}
            empty={t('casework.worklist.empty')}
          />
          <Pager page={list.page} pages={Math.ceil(total / PAGE_SIZE)} onPage={list.setPage} />
        </div>
      )}
    </div>
  );
}
