import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StaffPeopleFeedsDocument, type StaffPeopleFeedsQuery } from '../../../../../src/gql/graphql';
import { gql } from '../../../graphql';
import { Loading, MissingParts, RequestFailed, useTitle } from '../../../pages/common';
import { DataTable, sortRows, type Column } from '../../DataTable';
import { useListState } from '../../list-state';
import { ago, feedState } from '../participants/logic';

type Row = StaffPeopleFeedsQuery['office']['feeds'][number];

const REFRESH_MS = 30_000;
const STATE_COLOUR = { current: 'success', behind: 'warning', failing: 'danger', never: 'neutral' } as const;

/**
 * The feeds (/saksbehandling/datakilder): per provider, how far behind the hub is, when it last read the feed to
 * its end, and the last error, in plain words; fetched again every half minute.
 */
export function FeedsPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('people.feeds.title'));
  const list = useListState({ filters: [] as const, sort: 'provider' });
  const query = useQuery({
    queryKey: ['staff', 'people', 'feeds'],
    queryFn: ({ signal }) => gql(StaffPeopleFeedsDocument, {}, signal),
    refetchInterval: REFRESH_MS,
  });
  const relative = new Intl.RelativeTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { numeric: 'auto' });
  const now = query.dataUpdatedAt || Date.now();
  const since = (at: string) => {
    const { value, unit } = ago(at, now);
    return relative.format(value, unit);
  };
  const columns: Column<Row>[] = [
    {
      key: 'provider',
      header: t('people.feeds.provider'),
      sortValue: (row) => row.provider.name,
      cell: (row) => row.provider.name,
    },
    {
      key: 'state',
      header: t('people.feeds.state'),
      sortValue: (row) => feedState(row),
      cell: (row) => {
        const state = feedState(row);
        return <Tag data-color={STATE_COLOUR[state]}>{t(`people.feeds.states.${state}`)}</Tag>;
      },
    },
    {
      key: 'behind',
      header: t('people.feeds.behind'),
      numeric: true,
      sortValue: (row) => row.behind,
      cell: (row) => row.behind,
    },
    {
      key: 'read',
      header: t('people.feeds.read'),
      sortValue: (row) => row.lastSyncedAt,
      cell: (row) =>
        row.lastSyncedAt ? t('people.feeds.updated', { ago: since(row.lastSyncedAt) }) : t('people.feeds.never'),
    },
    {
      key: 'error',
      header: t('people.feeds.error'),
      cell: (row) =>
        row.lastError
          ? t('people.feeds.errorAt', {
              ago: since(row.lastErrorAt ?? row.lastSyncedAt ?? new Date(now).toISOString()),
              message: row.lastError,
            })
          : t('people.feeds.noError'),
    },
    {
      key: 'rejected',
      header: t('people.feeds.rejected'),
      numeric: true,
      sortValue: (row) => row.rejectedEvents,
      cell: (row) => row.rejectedEvents,
    },
  ];
  const feeds = query.data?.office.feeds ?? [];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('people.feeds.title')}
      </Heading>
      <Paragraph>{t('people.feeds.intro')}</Paragraph>
      {query.isPending && <Loading />}
      {query.isError && <RequestFailed error={query.error} retry={() => void query.refetch()} />}
      {query.data && (
        <>
          <MissingParts data={query.data} retry={() => void query.refetch()} />
          <div aria-busy={query.isFetching || undefined} style={{ minWidth: 0 }}>
            <DataTable
              caption={t('people.feeds.caption')}
              columns={columns}
              rows={sortRows(feeds, columns, list.sort, list.direction)}
              rowKey={(row) => row.provider.id}
              sort={list.sort}
              direction={list.direction}
              onSort={list.toggleSort}
              empty={t('people.feeds.none')}
            />
          </div>
          <div className="row" style={{ alignItems: 'center' }}>
            <Paragraph>{t('people.feeds.checked')}</Paragraph>
            <Button variant="secondary" onClick={() => void query.refetch()} loading={query.isFetching}>
              {t('people.feeds.refresh')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
