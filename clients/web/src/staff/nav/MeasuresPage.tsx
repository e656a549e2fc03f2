import { Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  StaffNavMeasureInstancesDocument,
  type NavMeasureCode,
  type StaffNavMeasureInstancesQuery,
} from '../../../../src/gql/graphql';
import { pick } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable, Pager, sortRows, type Column } from '../DataTable';
import { useListState } from '../list-state';
import { pageOf } from './logic';

type Instance = StaffNavMeasureInstancesQuery['navMeasureInstances'][number];
type StatePlaces = StaffNavMeasureInstancesQuery['navStateVtaPlaces'][number];

const PAGE_SIZE = 20;
const FILTERS = ['tiltak'] as const;

/** /nav: NAV's measure instances with places, participants, waiting and NAV's counts by status; state VTA places. */
export function MeasuresPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('navWorkspace.measures.title'));
  const list = useListState({ filters: FILTERS, sort: 'number' });
  const measureCode = (list.filters.tiltak || null) as NavMeasureCode | null;
  const query = useQuery({
    queryKey: ['staff', 'nav', 'instances', measureCode],
    queryFn: ({ signal }) => gql(StaffNavMeasureInstancesDocument, { measureCode }, signal),
    placeholderData: keepPreviousData,
  });

  const columns: Column<Instance>[] = [
    {
      key: 'number',
      header: t('navWorkspace.measures.column.number'),
      cell: (row) => row.number,
      sortValue: (row) => row.number,
    },
    {
      key: 'name',
      header: t('navWorkspace.measures.column.name'),
      cell: (row) => (
        <Link asChild>
          <RouterLink to={`/nav/tiltak/${row.id}`}>{row.name}</RouterLink>
        </Link>
      ),
      sortValue: (row) => row.name,
    },
    {
      key: 'provider',
      header: t('navWorkspace.measures.column.provider'),
      cell: (row) => row.providerOrganisation,
      sortValue: (row) => row.providerOrganisation,
    },
    {
      key: 'status',
      header: t('navWorkspace.measures.column.status'),
      cell: (row) => t(`navWorkspace.instanceStatus.${row.status}`),
      sortValue: (row) => t(`navWorkspace.instanceStatus.${row.status}`),
    },
    {
      key: 'places',
      header: t('navWorkspace.measures.column.places'),
      cell: (row) => row.places,
      sortValue: (row) => row.places,
      numeric: true,
    },
    {
      key: 'participants',
      header: t('navWorkspace.measures.column.participants'),
      cell: (row) => row.participants,
      sortValue: (row) => row.participants,
      numeric: true,
    },
    {
      key: 'free',
      header: t('navWorkspace.measures.column.free'),
      cell: (row) => row.freePlaces,
      sortValue: (row) => row.freePlaces,
      numeric: true,
    },
    {
      key: 'waiting',
      header: t('navWorkspace.measures.column.waiting'),
      cell: (row) => row.waiting,
      sortValue: (row) => row.waiting,
      numeric: true,
    },
    {
      key: 'byStatus',
      header: t('navWorkspace.measures.column.byStatus'),
      cell: (row) =>
        row.statusCounts.length === 0 ? (
          t('navWorkspace.measures.noRecords')
        ) : (
          <ul className="plain nav-status-counts">
            {row.statusCounts.map((count) => (
              <li key={count.status}>
                {t(`navWorkspace.status.${count.status}`)}: {count.count}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  const stateColumns: Column<StatePlaces>[] = [
    { key: 'year', header: t('navWorkspace.measures.stateColumn.year'), cell: (row) => row.year },
    {
      key: 'municipality',
      header: t('navWorkspace.measures.stateColumn.municipality'),
      cell: (row) => row.municipality,
    },
    { key: 'places', header: t('navWorkspace.measures.stateColumn.places'), cell: (row) => row.places, numeric: true },
  ];

  const data = query.data;
  const sorted = data ? sortRows(data.navMeasureInstances, columns, list.sort, list.direction) : [];
  const shown = pageOf(sorted, list.page, PAGE_SIZE);
  return (
    <div className="stack nav-measures">
      <Heading level={1} data-size="lg">
        {t('navWorkspace.measures.title')}
      </Heading>
      <Paragraph>{t('navWorkspace.measures.intro')}</Paragraph>
      {query.isPending && <Loading />}
      {query.isError && <RequestFailed error={query.error} retry={() => void query.refetch()} />}
      {data && (
        <>
          <Field>
            <Label>{t('navWorkspace.measures.filterLabel')}</Label>
            <Select value={list.filters.tiltak} onChange={(event) => list.setFilters({ tiltak: event.target.value })}>
              <Select.Option value="">{t('navWorkspace.measures.allMeasures')}</Select.Option>
              {data.navMeasures.map((measure) => (
                <Select.Option key={measure.code} value={measure.code}>
                  {measure.shortName}: {pick(measure.name, i18n.language)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div aria-busy={query.isFetching} className="stack">
            <DataTable
              caption={t('navWorkspace.measures.caption')}
              columns={columns}
              rows={shown.rows}
              rowKey={(row) => row.id}
              sort={list.sort}
              direction={list.direction}
              onSort={list.toggleSort}
              empty={t('navWorkspace.measures.empty')}
            />
            <Pager page={shown.page} pages={shown.pages} onPage={list.setPage} />
          </div>
          <DataTable
            caption={t('navWorkspace.measures.stateCaption')}
            columns={stateColumns}
            rows={data.navStateVtaPlaces}
            rowKey={(row) => row.id}
            empty={t('navWorkspace.measures.stateEmpty')}
          />
        </>
      )}
    </div>
  );
}
