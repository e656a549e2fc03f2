import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  StaffProviderArbaStartDocument,
  StaffProviderDayServicesStartDocument,
  StaffProviderStartArbaParticipationDocument,
  StaffProviderStartDayServicesPlacementDocument,
  StaffProviderStartWorkCentrePlacementDocument,
  StaffProviderWorkCentreStartDocument,
  type ArbaMunicipality,
  type StaffProviderGrantRowFragment,
} from '../../../../src/gql/graphql';
import { formatDate, pick } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { WriteOutcome, WritePending } from '../Outcome';
import { FormErrors, SelectField, serverProblems, UnknownProvider, useProvider, type Problems } from './common';
import { MAX_HOURS, osloToday, placementPath, readDay, readHours, type ProviderKind } from './logic';

/** A grant to start, with the groups (or arenas) it may start in. */
interface StartModel {
  grant: StaffProviderGrantRowFragment;
  groups: { id: string; name: string; free?: number | null }[];
}

async function loadStart(kind: ProviderKind, decisionId: string, signal?: AbortSignal): Promise<StartModel | null> {
  switch (kind) {
    case 'dayServices': {
      const data = await gql(StaffProviderDayServicesStartDocument, {}, signal);
      const grant = data.ownGrantsToStart.find((g) => g.id === decisionId);
      return grant ? { grant, groups: data.dayServicesGroups.filter((g) => g.offer.id === grant.offer?.id) } : null;
    }
    case 'workCentre': {
      const data = await gql(StaffProviderWorkCentreStartDocument, {}, signal);
      const grant = data.ownGrantsToStart.find((g) => g.id === decisionId);
      return grant ? { grant, groups: data.workCentreGroups.filter((g) => g.offer.id === grant.offer?.id) } : null;
    }
    case 'arba': {
      const data = await gql(StaffProviderArbaStartDocument, {}, signal);
      const grant = data.ownGrantsToStart.find((g) => g.id === decisionId);
      const measure = grant?.offer?.arba?.measure;
      return grant
        ? { grant, groups: data.arbaArenas.filter((a) => a.onlyFor === null || a.onlyFor === measure) }
        : null;
    }
  }
}

/** /tilbyder/start/:decisionId: starts a place granted in one of the provider's offers. */
export function StartPage() {
  const { t } = useTranslation();
  const provider = useProvider();
  const { decisionId = '' } = useParams();
  const query = useQuery({
    queryKey: ['provider', provider?.providerId, 'start', decisionId],
    queryFn: ({ signal }) => loadStart(provider!.kind, decisionId, signal),
    enabled: Boolean(provider),
    // Once started, the grant leaves the list: the page keeps what it showed, with the outcome.
    staleTime: Infinity,
  });
  const name = query.data?.grant.participant.fullName;
  const title = name ? t('provider.start.title', { name }) : t('provider.start.heading');
  useTitle(title);
  let body: ReactNode;
  if (!provider) body = <UnknownProvider />;
  else if (query.isPending) body = <Loading />;
  else if (query.isError) body = <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  else if (!query.data) body = <Paragraph>{t('provider.start.notFound')}</Paragraph>;
  else body = <StartForm model={query.data} kind={provider.kind} providerId={provider.providerId} />;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/tilbyder">{t('provider.placement.back')}</RouterLink>
        </Link>
      </Paragraph>
      {body}
    </div>
  );
}

function StartForm({ model, kind, providerId }: { model: StartModel; kind: ProviderKind; providerId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { grant, groups } = model;
  const today = osloToday();
  const [groupId, setGroupId] = useState(
    groups.some((g) => g.id === grant.groupId) ? grant.groupId! : groups.length === 1 ? groups[0].id : '',
  );
  const [days, setDays] = useState(String(grant.daysPerWeek ?? ''));
  const [hours, setHours] = useState(String(grant.hoursPerWeek ?? '').replace('.', i18n.language === 'en' ? '.' : ','));
  const [municipality, setMunicipality] = useState<ArbaMunicipality>('BAERUM');
  const [day, setDay] = useState(grant.startDate && grant.startDate > today ? grant.startDate : today);
  const [problems, setProblems] = useState<Problems>({});
  const [started, setStarted] = useState<{ id: string; startDate: string }>();
  const mutation = useMutation({
    mutationFn: async (input: { groupId: string; startDate: string; extent: number }) => {
      const common = { participantId: grant.participant.id, offerId: grant.offer!.id, startDate: input.startDate };
      switch (kind) {
        case 'dayServices':
          return (
            await gql(StaffProviderStartDayServicesPlacementDocument, {
              input: { ...common, groupId: input.groupId, daysPerWeek: input.extent },
            })
          ).startDayServicesPlacement;
        case 'workCentre':
          return (
            await gql(StaffProviderStartWorkCentrePlacementDocument, {
              input: { ...common, groupId: input.groupId, hoursPerWeek: input.extent },
            })
          ).startWorkCentrePlacement;
        case 'arba':
          return (
            await gql(StaffProviderStartArbaParticipationDocument, {
              input: { ...common, arenaId: input.groupId, hoursPerWeek: input.extent, municipality },
            })
          ).startArbaParticipation;
      }
    },
    onMutate: () => setStarted(undefined),
    onSuccess: async (placement) => {
      setStarted(placement);
      await client.invalidateQueries({ queryKey: ['provider', providerId, 'participants'] });
    },
  });
  const server = serverProblems(mutation.error, i18n.language);
  // The providers name the group differently: `groupId` at the day services and the work centre, `arenaId` at Arba.
  const shown: Problems = {
    ...server,
    groupId: server.groupId ?? server.arenaId,
    extent: server.daysPerWeek ?? server.hoursPerWeek,
    ...problems,
  };
  const max = kind === 'dayServices' ? 5 : MAX_HOURS[kind];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Problems = {};
    const startDate = readDay(day);
    const extent = kind === 'dayServices' ? Number(days) || null : readHours(hours, max);
    if (!groupId) next.groupId = t('provider.start.chooseGroup');
    if (!startDate) next.startDate = t('provider.placement.ending.invalidDay');
    if (extent === null || (kind === 'dayServices' && (extent < 1 || extent > 5)))
      next.extent =
        kind === 'dayServices' ? t('provider.start.daysInvalid') : t('provider.placement.hours.invalid', { max });
    setProblems(next);
    if (Object.keys(next).length > 0 || !startDate || extent === null) return;
    mutation.mutate({ groupId, startDate, extent });
  };
  const offer = grant.offer ? pick(grant.offer.title, i18n.language) : t('provider.none');
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <Paragraph>
        {t('provider.start.granted', {
          offer,
          date: grant.startDate ? formatDate(grant.startDate, i18n.language) : t('provider.none'),
        })}
      </Paragraph>
      <FormErrors problems={shown} prefix="start" />
      <SelectField
        id="start-groupId"
        label={kind === 'arba' ? t('provider.start.arena') : t('provider.start.group')}
        value={groupId}
        onChange={setGroupId}
        error={shown.groupId}
      >
        <option value="">{t('provider.placement.ending.choose')}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.free != null ? t('provider.start.groupFree', { name: g.name, free: g.free }) : g.name}
          </option>
        ))}
      </SelectField>
      {kind === 'dayServices' ? (
        <SelectField
          id="start-extent"
          label={t('provider.start.days')}
          value={days}
          onChange={setDays}
          error={shown.extent}
        >
          <option value="">{t('provider.placement.ending.choose')}</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </SelectField>
      ) : (
        <Textfield
          id="start-extent"
          label={t('provider.placement.hours.label')}
          description={t('provider.placement.hours.description', { max })}
          inputMode="decimal"
          value={hours}
          onChange={(event) => setHours(event.target.value)}
          error={shown.extent}
        />
      )}
      {kind === 'arba' && (
        <SelectField
          id="start-municipality"
          label={t('provider.start.municipality')}
          value={municipality}
          onChange={(value) => setMunicipality(value as ArbaMunicipality)}
          error={shown.municipality}
        >
          <option value="BAERUM">{t('provider.start.BAERUM')}</option>
          <option value="ASKER">{t('provider.start.ASKER')}</option>
        </SelectField>
      )}
      <Textfield
        id="start-startDate"
        type="date"
        label={t('provider.start.startDate')}
        value={day}
        onChange={(event) => setDay(event.target.value)}
        error={shown.startDate}
      />
      <div>
        <Button type="submit" aria-busy={mutation.isPending} disabled={mutation.isPending || Boolean(started)}>
          {t('provider.start.button')}
        </Button>
      </div>
      <WritePending busy={mutation.isPending} text={t('provider.pending')} />
      <WriteOutcome
        done={
          started &&
          t('provider.start.done', {
            name: grant.participant.fullName,
            date: formatDate(started.startDate, i18n.language),
          })
        }
        error={mutation.error ?? undefined}
      />
      {started && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={placementPath(grant.participant.id, started.id)}>{t('provider.start.open')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </form>
  );
}
