import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  StaffProviderArbaParticipantsDocument,
  StaffProviderDayServicesParticipantsDocument,
  StaffProviderWorkCentreParticipantsDocument,
  type StaffProviderGrantRowFragment,
} from '../../../../src/gql/graphql';
import { formatDate, pick } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable, Pager, sortRows, type Column } from '../DataTable';
import { useListState } from '../list-state';
import { SortedTable } from '../SortedTable';
import { SelectField, UnknownProvider, useExtent, useProvider } from './common';
import {
  countByPhase,
  filterRows,
  osloToday,
  ourRows,
  pageOf,
  PHASES,
  placementPath,
  type ParticipantRow,
  type ProviderKind,
} from './logic';

const FILTERS = ['vis', 'q'] as const;
const DEFAULTS = { filters: FILTERS, sort: 'name' };

/** The provider's participants now, starting and ending soon (the hub's `ownPlacements`) with the provider's detail. */
export async function loadParticipantRows(
  kind: ProviderKind,
  signal?: AbortSignal,
): Promise<{ rows: ParticipantRow[]; grants: StaffProviderGrantRowFragment[] }> {
  const today = osloToday();
  switch (kind) {
    case 'dayServices': {
      const data = await gql(StaffProviderDayServicesParticipantsDocument, {}, signal);
      const rows = ourRows(data.ownPlacements, today, (p) =>
        p.dayServices ? { group: p.dayServices.group.name, daysPerWeek: p.dayServices.daysPerWeek } : null,
      );
      return { rows, grants: data.ownGrantsToStart };
    }
    case 'workCentre': {
      const data = await gql(StaffProviderWorkCentreParticipantsDocument, {}, signal);
      const rows = ourRows(data.ownPlacements, today, (p) =>
        p.workCentre ? { group: p.workCentre.group.name, hoursPerWeek: p.workCentre.hoursPerWeek } : null,
      );
      return { rows, grants: data.ownGrantsToStart };
    }
    case 'arba': {
      const data = await gql(StaffProviderArbaParticipantsDocument, {}, signal);
      const rows = ourRows(data.ownPlacements, today, (p) =>
        p.arba ? { group: p.arba.arena.name, hoursPerWeek: p.arba.hoursPerWeek } : null,
      );
      return { rows, grants: data.ownGrantsToStart };
    }
  }
}

/** /tilbyder: our participants, in one table with its filters, sort and page in the URL. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const provider = useProvider();
  useTitle(t('provider.nav.participants'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('provider.nav.participants')}
      </Heading>
      {provider ? <ParticipantsList providerId={provider.providerId} kind={provider.kind} /> : <UnknownProvider />}
    </div>
  );
}

function ParticipantsList({ providerId, kind }: { providerId: string; kind: ProviderKind }) {
  const { t, i18n } = useTranslation();
  const extent = useExtent();
  const list = useListState(DEFAULTS);
  const [search, setSearch] = useState(list.filters.q);
  const query = useQuery({
    queryKey: ['provider', providerId, 'participants'],
    queryFn: ({ signal }) => loadParticipantRows(kind, signal),
  });
  const groupHeader =
    kind === 'arba' ? t('provider.participants.column.arena') : t('provider.participants.column.group');
  const columns: Column<ParticipantRow>[] = [
    {
      key: 'name',
      header: t('provider.participants.column.name'),
      cell: (row) => (
        <Link asChild>
          <RouterLink to={placementPath(row.participantId, row.placementId)}>{row.fullName}</RouterLink>
        </Link>
      ),
      sortValue: (row) => row.fullName,
    },
    {
      key: 'offer',
      header: t('provider.participants.column.offer'),
      cell: (row) => (row.offer ? pick(row.offer, i18n.language) : t('provider.none')),
      sortValue: (row) => (row.offer ? pick(row.offer, i18n.language) : null),
    },
    {
      key: 'group',
      header: groupHeader,
      cell: (row) => row.group ?? t('provider.none'),
      sortValue: (row) => row.group,
    },
    {
      key: 'start',
      header: t('provider.participants.column.start'),
      cell: (row) => formatDate(row.startDate, i18n.language),
      sortValue: (row) => row.startDate,
    },
    {
      key: 'end',
      header: t('provider.participants.column.end'),
      cell: (row) => (row.endDate ? formatDate(row.endDate, i18n.language) : t('provider.none')),
      sortValue: (row) => row.endDate,
    },
    {
      key: 'extent',
      header: t('provider.participants.column.extent'),
      cell: (row) => extent(row),
      sortValue: (row) => row.daysPerWeek ?? row.hoursPerWeek,
      numeric: true,
    },
    {
      key: 'phase',
      header: t('provider.participants.column.phase'),
      cell: (row) => t(`provider.phase.${row.phase}`),
      sortValue: (row) => PHASES.indexOf(row.phase),
    },
  ];
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  const all = query.data.rows;
  const counts = countByPhase(all);
  const shown = sortRows(filterRows(all, list.filters.vis, list.filters.q), columns, list.sort, list.direction);
  const page = pageOf(shown, list.page);
  return (
    <>
      <Paragraph>{t('provider.participants.intro')}</Paragraph>
      <form
        className="row"
        role="search"
        style={{ alignItems: 'end' }}
        onSubmit={(event) => {
          event.preventDefault();
          list.setFilters({ q: search.trim() });
        }}
      >
        <Textfield
          id="provider-search"
          label={t('provider.participants.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t('provider.participants.searchButton')}
          </Button>
        </div>
        <SelectField
          id="provider-show"
          label={t('provider.participants.show')}
          value={list.filters.vis}
          onChange={(vis) => list.setFilters({ vis })}
        >
          <option value="">{t('provider.participants.all', { count: all.length })}</option>
          {PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {t('provider.participants.phaseCount', { phase: t(`provider.phase.${phase}`), count: counts[phase] })}
            </option>
          ))}
        </SelectField>
      </form>
      <Paragraph role="status">
        {t('provider.participants.shown', { shown: shown.length, total: all.length })}
      </Paragraph>
      <DataTable
        caption={t('provider.participants.caption')}
        columns={columns}
        rows={page.rows}
        rowKey={(row) => row.placementId}
        sort={list.sort}
        direction={list.direction}
        onSort={list.toggleSort}
        empty={t('provider.participants.empty')}
      />
      <Pager page={page.page} pages={page.pages} onPage={list.setPage} />
      <Grants grants={query.data.grants} />
    </>
  );
}

/** Places granted in our offers that we have not started: each links to its start page. */
function Grants({ grants }: { grants: StaffProviderGrantRowFragment[] }) {
  const { t, i18n } = useTranslation();
  const extent = useExtent();
  return (
    <section className="stack" aria-labelledby="provider-grants-heading">
      <Heading level={2} data-size="md" id="provider-grants-heading">
        {t('provider.start.heading')}
      </Heading>
      <Paragraph>{t('provider.start.intro')}</Paragraph>
      <SortedTable
        name="tildelt"
        defaultSort="start"
        caption={t('provider.start.caption')}
        columns={[
          {
            key: 'name',
            header: t('provider.participants.column.name'),
            cell: (g: StaffProviderGrantRowFragment) => (
              <Link asChild>
                <RouterLink
                  to={`/tilbyder/start/${encodeURIComponent(g.id)}`}
                  aria-label={t('provider.start.linkFor', { name: g.participant.fullName })}
                >
                  {g.participant.fullName}
                </RouterLink>
              </Link>
            ),
            sortValue: (g: StaffProviderGrantRowFragment) => g.participant.fullName,
          },
          {
            key: 'offer',
            header: t('provider.participants.column.offer'),
            cell: (g: StaffProviderGrantRowFragment) =>
              g.offer ? pick(g.offer.title, i18n.language) : t('provider.none'),
            sortValue: (g: StaffProviderGrantRowFragment) => (g.offer ? pick(g.offer.title, i18n.language) : null),
          },
          {
            key: 'start',
            header: t('provider.participants.column.start'),
            cell: (g: StaffProviderGrantRowFragment) =>
              g.startDate ? formatDate(g.startDate, i18n.language) : t('provider.none'),
            sortValue: (g: StaffProviderGrantRowFragment) => g.startDate,
          },
          {
            key: 'extent',
            header: t('provider.participants.column.extent'),
            cell: (g: StaffProviderGrantRowFragment) => extent(g),
            sortValue: (g: StaffProviderGrantRowFragment) => g.daysPerWeek ?? g.hoursPerWeek,
            numeric: true,
          },
        ]}
        rows={grants}
        rowKey={(g) => g.id}
        empty={t('provider.start.empty')}
      />
    </section>
  );
}
