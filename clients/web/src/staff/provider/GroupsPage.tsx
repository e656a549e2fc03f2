import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  StaffProviderArbaArenasDocument,
  StaffProviderDayServicesGroupsDocument,
  StaffProviderSetDayServicesGroupCapacityDocument,
  StaffProviderWorkCentreGroupsDocument,
  type StaffProviderDayServicesGroupsQuery,
  type StaffProviderOffersFragment,
} from '../../../../src/gql/graphql';
import { pick } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable, sortRows, type Column } from '../DataTable';
import { useListState } from '../list-state';
import { SortedTable } from '../SortedTable';
import { ReloadOnConflict, WriteOutcome, WritePending } from '../Outcome';
import { FormErrors, SelectField, serverProblems, UnknownProvider, useProvider, type Problems } from './common';
import { readWhole, type ProviderKind } from './logic';

const DEFAULTS = { filters: [] as const, sort: 'offer' };

/** /tilbyder/grupper: places per offer, and the provider's own groups (day services: capacity to change). */

/** What a group's places are, at the day services and at the work centre alike. */
interface GroupPlaces {
  offer: { title: { nb: string; en: string } };
  capacity?: number | null;
  occupied: number;
  free?: number | null;
}

/** The columns the two providers' group tables share: the group's offer, its places, those taken and those free. */
function placesColumns<G extends GroupPlaces>(t: TFunction, language: string): Column<G>[] {
  const dash = t('provider.groups.noCapacity');
  return [
    {
      key: 'offer',
      header: t('provider.groups.offer'),
      cell: (g) => pick(g.offer.title, language),
      sortValue: (g) => pick(g.offer.title, language),
    },
    {
      key: 'places',
      header: t('provider.groups.places'),
      cell: (g) => g.capacity ?? dash,
      sortValue: (g) => g.capacity,
      numeric: true,
    },
    {
      key: 'occupied',
      header: t('provider.groups.occupied'),
      cell: (g) => g.occupied,
      sortValue: (g) => g.occupied,
      numeric: true,
    },
    {
      key: 'free',
      header: t('provider.groups.free'),
      cell: (g) => g.free ?? dash,
      sortValue: (g) => g.free,
      numeric: true,
    },
  ];
}

export function GroupsPage() {
  const { t } = useTranslation();
  const provider = useProvider();
  useTitle(t('provider.groups.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('provider.groups.title')}
      </Heading>
      {provider ? <OwnGroups kind={provider.kind} providerId={provider.providerId} /> : <UnknownProvider />}
    </div>
  );
}

interface OfferRow {
  id: string;
  title: { nb: string; en: string };
  capacity: {
    places?: number | null;
    occupied?: number | null;
    upcoming?: number | null;
    free?: number | null;
    waiting?: number | null;
  };
}

/** The provider's name, and its offers with places, taken and free, sortable (sort in the URL). */
function OfferCapacity({ provider }: { provider: StaffProviderOffersFragment | null | undefined }) {
  const { t, i18n } = useTranslation();
  const list = useListState(DEFAULTS);
  const dash = t('provider.none');
  // Counts of 1 to 4 people, and what they could be worked out from, are hidden for provider staff too.
  const hidden = t('provider.groups.hidden');
  const columns: Column<OfferRow>[] = [
    {
      key: 'offer',
      header: t('provider.groups.offer'),
      cell: (o) => pick(o.title, i18n.language),
      sortValue: (o) => pick(o.title, i18n.language),
    },
    {
      key: 'places',
      header: t('provider.groups.places'),
      cell: (o) => o.capacity.places ?? dash,
      sortValue: (o) => o.capacity.places,
      numeric: true,
    },
    {
      key: 'occupied',
      header: t('provider.groups.occupied'),
      cell: (o) => o.capacity.occupied ?? hidden,
      sortValue: (o) => o.capacity.occupied,
      numeric: true,
    },
    {
      key: 'upcoming',
      header: t('provider.groups.upcoming'),
      cell: (o) => o.capacity.upcoming ?? hidden,
      sortValue: (o) => o.capacity.upcoming,
      numeric: true,
    },
    {
      key: 'free',
      header: t('provider.groups.free'),
      cell: (o) => o.capacity.free ?? (o.capacity.places == null ? dash : hidden),
      sortValue: (o) => o.capacity.free,
      numeric: true,
    },
    {
      key: 'waiting',
      header: t('provider.groups.waiting'),
      cell: (o) => o.capacity.waiting ?? hidden,
      sortValue: (o) => o.capacity.waiting,
      numeric: true,
    },
  ];
  return (
    <>
      {provider && <Paragraph data-size="lg">{provider.name}</Paragraph>}
      <DataTable
        caption={t('provider.groups.offersCaption')}
        columns={columns}
        rows={sortRows(provider?.offers ?? [], columns, list.sort, list.direction)}
        rowKey={(o) => o.id}
        sort={list.sort}
        direction={list.direction}
        onSort={list.toggleSort}
        empty={t('provider.groups.empty')}
      />
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="stack" aria-label={title}>
      <Heading level={2} data-size="md">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function OwnGroups({ kind, providerId }: { kind: ProviderKind; providerId: string }) {
  if (kind === 'dayServices') return <DayServicesGroups providerId={providerId} />;
  if (kind === 'workCentre') return <WorkCentreGroups providerId={providerId} />;
  return <ArbaArenas providerId={providerId} />;
}

type DayGroup = StaffProviderDayServicesGroupsQuery['dayServicesGroups'][number];

function DayServicesGroups({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['provider', providerId, 'day-services-groups'],
    queryFn: ({ signal }) => gql(StaffProviderDayServicesGroupsDocument, {}, signal),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  const groups = query.data.dayServicesGroups;
  const columns: Column<DayGroup>[] = [
    { key: 'group', header: t('provider.groups.group'), cell: (g) => g.name, sortValue: (g) => g.name },
    ...placesColumns<DayGroup>(t, i18n.language),
  ];
  return (
    <>
      <OfferCapacity provider={query.data.ownProvider} />
      <Section title={t('provider.groups.groupsCaption')}>
        <SortedTable
          name="grupper"
          defaultSort="group"
          caption={t('provider.groups.groupsCaption')}
          columns={columns}
          rows={groups}
          rowKey={(g) => g.id}
          empty={t('provider.groups.empty')}
        />
        {groups.length > 0 && <CapacityForm groups={groups} providerId={providerId} />}
      </Section>
    </>
  );
}

function CapacityForm({ groups, providerId }: { groups: DayGroup[]; providerId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [groupId, setGroupId] = useState(groups[0].id);
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [message, setMessage] = useState<string>();
  const mutation = useMutation({
    mutationFn: (capacity: number) =>
      gql(StaffProviderSetDayServicesGroupCapacityDocument, {
        input: { groupId: group.id, capacity, expectedVersion: group.version },
      }),
    onMutate: () => setMessage(undefined),
    onSuccess: async ({ setDayServicesGroupCapacity: changed }) => {
      setMessage(t('provider.groups.capacity.done', { group: group.name, places: changed.capacity }));
      await client.invalidateQueries({ queryKey: ['provider', providerId] });
    },
  });
  const shown = { ...serverProblems(mutation.error, i18n.language), ...problems };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const capacity = readWhole(text, 0, 500);
    if (capacity === null) {
      setProblems({ capacity: t('provider.groups.capacity.invalid') });
      return;
    }
    setProblems({});
    mutation.mutate(capacity);
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Heading level={3} data-size="sm">
        {t('provider.groups.capacity.heading')}
      </Heading>
      <FormErrors problems={shown} prefix="capacity" />
      <SelectField
        id="capacity-groupId"
        label={t('provider.groups.capacity.group')}
        value={group.id}
        onChange={(id) => {
          setGroupId(id);
          setText('');
        }}
      >
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </SelectField>
      <Textfield
        id="capacity-capacity"
        label={t('provider.groups.capacity.places')}
        description={t('provider.groups.capacity.placesHelp')}
        inputMode="numeric"
        value={text}
        placeholder={group.capacity != null ? String(group.capacity) : undefined}
        onChange={(event) => setText(event.target.value)}
        error={shown.capacity}
      />
      <div>
        <Button type="submit" aria-busy={mutation.isPending} disabled={mutation.isPending}>
          {t('provider.groups.capacity.save')}
        </Button>
      </div>
      <WritePending busy={mutation.isPending} text={t('provider.pending')} />
      <WriteOutcome done={message} error={mutation.error ?? undefined} />
      <ReloadOnConflict error={mutation.error} queryKey={['provider', providerId]} />
    </form>
  );
}

function WorkCentreGroups({ providerId }: { providerId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['provider', providerId, 'work-centre-groups'],
    queryFn: ({ signal }) => gql(StaffProviderWorkCentreGroupsDocument, {}, signal),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  type Group = (typeof query.data.workCentreGroups)[number];
  const columns: Column<Group>[] = [
    { key: 'group', header: t('provider.groups.group'), cell: (g) => g.name, sortValue: (g) => g.name },
    {
      key: 'site',
      header: t('provider.groups.site'),
      cell: (g) => g.site?.name ?? t('provider.none'),
      sortValue: (g) => g.site?.name,
    },
    ...placesColumns<Group>(t, i18n.language),
  ];
  return (
    <>
      <OfferCapacity provider={query.data.ownProvider} />
      <Section title={t('provider.groups.groupsCaption')}>
        <SortedTable
          name="grupper"
          defaultSort="group"
          caption={t('provider.groups.groupsCaption')}
          columns={columns}
          rows={query.data.workCentreGroups}
          rowKey={(g) => g.id}
          empty={t('provider.groups.empty')}
        />
      </Section>
    </>
  );
}

function ArbaArenas({ providerId }: { providerId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['provider', providerId, 'arenas'],
    queryFn: ({ signal }) => gql(StaffProviderArbaArenasDocument, {}, signal),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  type Arena = (typeof query.data.arbaArenas)[number];
  const onlyFor = (a: Arena) => (a.onlyFor ? t(`provider.measure.${a.onlyFor}`) : t('provider.groups.both'));
  const columns: Column<Arena>[] = [
    { key: 'arena', header: t('provider.groups.arena'), cell: (a) => a.name, sortValue: (a) => a.name },
    {
      key: 'kind',
      header: t('provider.groups.kind'),
      cell: (a) => t(`provider.groups.kinds.${a.kind}`),
      sortValue: (a) => t(`provider.groups.kinds.${a.kind}`),
    },
    { key: 'onlyFor', header: t('provider.groups.onlyFor'), cell: onlyFor, sortValue: onlyFor },
  ];
  return (
    <>
      <OfferCapacity provider={query.data.ownProvider} />
      <Section title={t('provider.groups.arenasCaption')}>
        <SortedTable
          name="arenaer"
          defaultSort="arena"
          caption={t('provider.groups.arenasCaption')}
          columns={columns}
          rows={query.data.arbaArenas}
          rowKey={(a) => a.id}
          empty={t('provider.groups.empty')}
        />
      </Section>
    </>
  );
}
