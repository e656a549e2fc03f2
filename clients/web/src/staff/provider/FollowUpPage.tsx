import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { StaffProviderArbaFollowUpDocument, type StaffProviderArbaFollowUpQuery } from '../../../../src/gql/graphql';
import { formatDate } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable, sortRows, type Column } from '../DataTable';
import { useListState } from '../list-state';
import { SortedTable } from '../SortedTable';
import { UnknownProvider, useProvider } from './common';
import { aftFollowUp, dueGoals, osloToday, placementPath, type AftRow, type DueGoal } from './logic';

const DEFAULTS = { filters: [] as const, sort: 'due' };

/** /tilbyder/oppfolging: at Arba supervisors and ratios, AFT ending soon and outcomes, VTA goals due; elsewhere none. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const provider = useProvider();
  useTitle(t('provider.followUp.title'));
  let body: ReactNode;
  if (!provider) body = <UnknownProvider />;
  else if (provider.kind !== 'arba') body = <Paragraph>{t('provider.followUp.notHere')}</Paragraph>;
  else body = <ArbaFollowUp providerId={provider.providerId} />;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('provider.followUp.title')}
      </Heading>
      {body}
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

type Ratio = StaffProviderArbaFollowUpQuery['arbaSupervisorRatios'][number];
interface SupervisorRow {
  id: string;
  name?: string | null;
  measure: string;
  arena: string;
}

function Ratios({ data }: { data: StaffProviderArbaFollowUpQuery }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  const supervisors: SupervisorRow[] = data.arbaArenas.flatMap((arena) =>
    arena.supervisors.map((s) => ({ id: s.id, name: s.name, measure: s.measure, arena: arena.name })),
  );
  const measure = (row: { measure: string }) => t(`provider.measure.${row.measure}`);
  return (
    <Section id="ratios" title={t('provider.followUp.ratios.heading')}>
      <Paragraph>{t('provider.followUp.ratios.intro')}</Paragraph>
      <SortedTable
        name="forhold"
        defaultSort="measure"
        caption={t('provider.followUp.ratios.caption')}
        columns={[
          { key: 'measure', header: t('provider.followUp.ratios.measure'), cell: measure, sortValue: measure },
          {
            key: 'arena',
            header: t('provider.followUp.ratios.arena'),
            cell: (r: Ratio) => r.arena?.name ?? <strong>{t('provider.followUp.ratios.whole')}</strong>,
            // The whole measure's row first, then its arenas.
            sortValue: (r: Ratio) => r.arena?.name ?? ' ',
          },
          {
            key: 'participants',
            header: t('provider.followUp.ratios.participants'),
            cell: (r: Ratio) => r.participants,
            sortValue: (r: Ratio) => r.participants,
            numeric: true,
          },
          {
            key: 'supervisors',
            header: t('provider.followUp.ratios.supervisors'),
            cell: (r: Ratio) => r.supervisors,
            sortValue: (r: Ratio) => r.supervisors,
            numeric: true,
          },
          {
            key: 'per',
            header: t('provider.followUp.ratios.perSupervisor'),
            cell: (r: Ratio) =>
              r.participantsPerSupervisor != null ? number(r.participantsPerSupervisor) : t('provider.none'),
            sortValue: (r: Ratio) => r.participantsPerSupervisor,
            numeric: true,
          },
          {
            key: 'norm',
            header: t('provider.followUp.ratios.norm'),
            cell: (r: Ratio) => `${r.norm}:1`,
            sortValue: (r: Ratio) => r.norm,
            numeric: true,
          },
          {
            key: 'meets',
            header: t('provider.followUp.ratios.meetsNorm'),
            cell: (r: Ratio) => (r.meetsNorm ? t('provider.yes') : <strong>{t('provider.no')}</strong>),
            // Those below the norm first.
            sortValue: (r: Ratio) => Number(r.meetsNorm),
          },
        ]}
        rows={data.arbaSupervisorRatios}
        rowKey={(r) => `${r.measure}-${r.arena?.id ?? 'all'}`}
        empty={t('provider.none')}
      />
      <SortedTable
        name="veiledere"
        defaultSort="name"
        caption={t('provider.followUp.supervisors.caption')}
        columns={[
          {
            key: 'name',
            header: t('provider.followUp.supervisors.name'),
            cell: (s: SupervisorRow) => s.name ?? t('provider.followUp.supervisors.hidden'),
            sortValue: (s: SupervisorRow) => s.name,
          },
          {
            key: 'arena',
            header: t('provider.followUp.supervisors.arena'),
            cell: (s: SupervisorRow) => s.arena,
            sortValue: (s: SupervisorRow) => s.arena,
          },
          { key: 'measure', header: t('provider.followUp.supervisors.measure'), cell: measure, sortValue: measure },
        ]}
        rows={supervisors}
        rowKey={(s) => s.id}
        empty={t('provider.none')}
      />
    </Section>
  );
}

function ArbaFollowUp({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation();
  const list = useListState(DEFAULTS);
  const query = useQuery({
    queryKey: ['provider', providerId, 'follow-up'],
    queryFn: async ({ signal }) => {
      const data = await gql(StaffProviderArbaFollowUpDocument, {}, signal);
      return { data, goals: dueGoals(data.ownPlacements), aft: aftFollowUp(data.ownPlacements, osloToday()) };
    },
  });
  const date = (day: string) => formatDate(day, i18n.language);
  const nameCell = (row: { participantId: string; placementId: string; fullName: string }) => (
    <Link asChild>
      <RouterLink to={placementPath(row.participantId, row.placementId)}>{row.fullName}</RouterLink>
    </Link>
  );
  const goalColumns: Column<DueGoal>[] = [
    { key: 'name', header: t('provider.followUp.name'), cell: nameCell, sortValue: (g) => g.fullName },
    {
      key: 'goal',
      header: t('provider.followUp.goals.goal'),
      cell: (g) => g.description,
      sortValue: (g) => g.description,
    },
    { key: 'due', header: t('provider.followUp.goals.due'), cell: (g) => date(g.due), sortValue: (g) => g.due },
  ];
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  const { data, goals, aft } = query.data;
  return (
    <>
      <Ratios data={data} />
      <Section id="aft" title={t('provider.followUp.aft.heading')}>
        <SortedTable
          name="aft"
          defaultSort="until"
          caption={t('provider.followUp.aft.caption')}
          columns={[
            { key: 'name', header: t('provider.followUp.name'), cell: nameCell, sortValue: (r: AftRow) => r.fullName },
            {
              key: 'until',
              header: t('provider.followUp.aft.until'),
              cell: (r: AftRow) => date(r.until),
              sortValue: (r: AftRow) => r.until,
            },
          ]}
          rows={aft.endingSoon}
          rowKey={(r) => r.placementId}
          empty={t('provider.followUp.aft.empty')}
        />
        <SortedTable
          name="aft-slutt"
          defaultSort="ended"
          defaultDirection="desc"
          caption={t('provider.followUp.aft.endedCaption')}
          columns={[
            { key: 'name', header: t('provider.followUp.name'), cell: nameCell, sortValue: (r: AftRow) => r.fullName },
            {
              key: 'ended',
              header: t('provider.followUp.aft.ended'),
              cell: (r: AftRow) => date(r.until),
              sortValue: (r: AftRow) => r.until,
            },
            {
              key: 'outcome',
              header: t('provider.followUp.aft.outcome'),
              cell: (r: AftRow) => (r.outcome ? t(`provider.outcomeValue.${r.outcome}`) : t('provider.none')),
              sortValue: (r: AftRow) => (r.outcome ? t(`provider.outcomeValue.${r.outcome}`) : null),
            },
          ]}
          rows={aft.ended}
          rowKey={(r) => r.placementId}
          empty={t('provider.followUp.aft.endedEmpty')}
        />
      </Section>
      <Section id="goals" title={t('provider.followUp.goals.heading')}>
        <Paragraph>{t('provider.followUp.goals.intro')}</Paragraph>
        <DataTable
          caption={t('provider.followUp.goals.caption')}
          columns={goalColumns}
          rows={sortRows(goals, goalColumns, list.sort, list.direction)}
          rowKey={(g) => g.goalId}
          sort={list.sort}
          direction={list.direction}
          onSort={list.toggleSort}
          empty={t('provider.followUp.goals.empty')}
        />
      </Section>
    </>
  );
}
