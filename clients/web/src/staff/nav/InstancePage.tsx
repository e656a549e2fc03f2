import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { StaffNavMeasureInstanceDocument, type StaffNavMeasureInstanceQuery } from '../../../../src/gql/graphql';
import { formatDate } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable, Pager, sortRows, type Column } from '../DataTable';
import { useListState } from '../list-state';
import { currentExtent, osloDay, pageOf, waitingList } from './logic';

type Instance = NonNullable<StaffNavMeasureInstanceQuery['navMeasureInstance']>;
type RecordRow = Instance['records'][number];

const PAGE_SIZE = 25;
const FILTERS = [] as const;

/** /nav/tiltak/:id: one measure instance, its waiting list and all its records (NAV's ids, never the person). */
export function InstancePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['staff', 'nav', 'instance', id],
    queryFn: ({ signal }) => gql(StaffNavMeasureInstanceDocument, { id }, signal),
  });
  const instance = query.data?.navMeasureInstance;
  useTitle(instance?.name ?? t('navWorkspace.measures.caption'));
  const list = useListState({ filters: FILTERS, sort: 'since', direction: 'desc' });
  const language = i18n.language;
  const day = (date: string | null | undefined) => (date ? formatDate(date, language) : '–');
  const dayOf = (dateTime: string) => formatDate(osloDay(dateTime), language);

  const back = (
    <Paragraph>
      <Link asChild>
        <RouterLink to="/nav">{t('navWorkspace.instance.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('navWorkspace.measures.caption')}
        </Heading>
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
        {back}
      </div>
    );
  }
  if (!instance) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('navWorkspace.measures.caption')}
        </Heading>
        <Paragraph>{t('navWorkspace.instance.notFound')}</Paragraph>
        {back}
      </div>
    );
  }

  const today = osloDay();
  const extentOf = (row: RecordRow) => {
    const current = currentExtent(row.extent, today);
    return current ? `${current.percent} %` : '–';
  };
  const waitingColumns: Column<RecordRow & { position: number }>[] = [
    { key: 'position', header: t('navWorkspace.instance.column.position'), cell: (row) => row.position, numeric: true },
    { key: 'record', header: t('navWorkspace.instance.column.record'), cell: (row) => <code>{row.id}</code> },
    { key: 'since', header: t('navWorkspace.instance.column.since'), cell: (row) => dayOf(row.statusAt) },
  ];
  const recordColumns: Column<RecordRow>[] = [
    {
      key: 'record',
      header: t('navWorkspace.instance.column.record'),
      cell: (row) => <code>{row.id}</code>,
      sortValue: (row) => row.id,
    },
    {
      key: 'status',
      header: t('navWorkspace.instance.column.status'),
      cell: (row) => t(`navWorkspace.status.${row.status}`),
      sortValue: (row) => t(`navWorkspace.status.${row.status}`),
    },
    {
      key: 'since',
      header: t('navWorkspace.instance.column.since'),
      cell: (row) => dayOf(row.statusAt),
      sortValue: (row) => row.statusAt,
    },
    {
      key: 'start',
      header: t('navWorkspace.instance.column.start'),
      cell: (row) => day(row.startDate),
      sortValue: (row) => row.startDate,
    },
    {
      key: 'end',
      header: t('navWorkspace.instance.column.end'),
      cell: (row) => day(row.endDate),
      sortValue: (row) => row.endDate,
    },
    { key: 'extent', header: t('navWorkspace.instance.column.extent'), cell: extentOf, numeric: true },
  ];
  const sorted = sortRows(instance.records, recordColumns, list.sort, list.direction);
  const shown = pageOf(sorted, list.page, PAGE_SIZE);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {instance.name}
      </Heading>
      {back}
      <section className="stack" aria-labelledby="nav-instance-facts">
        <Heading level={2} data-size="sm" id="nav-instance-facts">
          {t('navWorkspace.instance.facts')}
        </Heading>
        <dl className="facts">
          <dt>{t('navWorkspace.measures.column.number')}</dt>
          <dd>{instance.number}</dd>
          <dt>{t('navWorkspace.measures.column.measure')}</dt>
          <dd>{instance.measure.shortName}</dd>
          <dt>{t('navWorkspace.measures.column.provider')}</dt>
          <dd>{instance.providerOrganisation}</dd>
          <dt>{t('navWorkspace.measures.column.status')}</dt>
          <dd>{t(`navWorkspace.instanceStatus.${instance.status}`)}</dd>
          <dt>{t('navWorkspace.instance.period')}</dt>
          <dd>
            {day(instance.startDate)} –{' '}
            {instance.endDate ? day(instance.endDate) : t('navWorkspace.instance.openEnded')}
          </dd>
          <dt>{t('navWorkspace.measures.column.places')}</dt>
          <dd>{instance.places}</dd>
          <dt>{t('navWorkspace.measures.column.participants')}</dt>
          <dd>{instance.participants}</dd>
          <dt>{t('navWorkspace.measures.column.free')}</dt>
          <dd>{instance.freePlaces}</dd>
          <dt>{t('navWorkspace.measures.column.waiting')}</dt>
          <dd>{instance.waiting}</dd>
          <dt>{t('navWorkspace.instance.signup')}</dt>
          <dd>{instance.openForSignup ? t('navWorkspace.instance.yes') : t('navWorkspace.instance.no')}</dd>
          <dt>{t('navWorkspace.instance.wait')}</dt>
          <dd>
            {instance.estimatedWaitWeeks == null
              ? t('navWorkspace.instance.unknown')
              : t('navWorkspace.instance.weeks', { count: instance.estimatedWaitWeeks })}
          </dd>
        </dl>
      </section>
      <Paragraph data-size="sm">{t('navWorkspace.instance.privacy')}</Paragraph>
      <DataTable
        caption={t('navWorkspace.instance.waitingCaption')}
        columns={waitingColumns}
        rows={waitingList(instance.records)}
        rowKey={(row) => row.id}
        empty={t('navWorkspace.instance.waitingEmpty')}
      />
      <DataTable
        caption={t('navWorkspace.instance.recordsCaption')}
        columns={recordColumns}
        rows={shown.rows}
        rowKey={(row) => row.id}
        sort={list.sort}
        direction={list.direction}
        onSort={list.toggleSort}
        empty={t('navWorkspace.instance.recordsEmpty')}
      />
      <Pager page={shown.page} pages={shown.pages} onPage={list.setPage} />
    </div>
  );
}
