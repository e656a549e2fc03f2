import { Button, Card, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  StaffProviderArbaPlacementDocument,
  StaffProviderChangeArbaHoursDocument,
  StaffProviderChangeDayServicesDaysDocument,
  StaffProviderChangeWorkCentreHoursDocument,
  StaffProviderDayServicesPlacementDocument,
  StaffProviderEndArbaParticipationDocument,
  StaffProviderEndDayServicesPlacementDocument,
  StaffProviderEndWorkCentrePlacementDocument,
  StaffProviderEvaluateArbaVtaGoalDocument,
  StaffProviderExtendArbaAftPeriodDocument,
  StaffProviderSetArbaVtaGoalDocument,
  StaffProviderWorkCentrePlacementDocument,
  type ArbaAftOutcome,
  type ArbaVtaGoalResult,
  type StaffProviderArbaDetailFragment,
} from '../../../../src/gql/graphql';
import { formatDate, pick } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable } from '../DataTable';
import { ConfirmButton, ReloadOnConflict, WriteOutcome, WritePending } from '../Outcome';
import {
  FormErrors,
  SelectField,
  serverProblems,
  UnknownProvider,
  useExtent,
  useProvider,
  type Problems,
} from './common';
import { MAX_HOURS, osloToday, phaseOf, readDay, readHours, type ProviderKind } from './logic';

/** One placement at our provider, whichever provider that is. */
interface PlacementModel {
  id: string;
  fullName: string;
  status: string;
  offer: { nb: string; en: string } | null;
  group: string | null;
  startDate: string;
  endDate: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  version: number;
  arba: StaffProviderArbaDetailFragment | null;
}

interface PlacementBase {
  id: string;
  status: string;
  participant?: { fullName: string } | null;
  offer?: { title: { nb: string; en: string } } | null;
}

/** The placement `placementId` among the participant's at our provider, with its own detail; null when not ours. */
async function loadPlacement(
  kind: ProviderKind,
  participantId: string,
  placementId: string,
  signal?: AbortSignal,
): Promise<PlacementModel | null> {
  const base = (placement: PlacementBase | undefined) =>
    placement?.participant
      ? {
          id: placement.id,
          fullName: placement.participant.fullName,
          status: placement.status,
          offer: placement.offer?.title ?? null,
        }
      : null;
  switch (kind) {
    case 'dayServices': {
      const { ownPlacements } = await gql(StaffProviderDayServicesPlacementDocument, { participantId }, signal);
      const placement = ownPlacements.find((p) => p.id === placementId);
      const own = placement?.dayServices;
      const common = base(placement);
      return common && own
        ? {
            ...common,
            group: own.group.name,
            startDate: own.startDate,
            endDate: own.endDate ?? null,
            daysPerWeek: own.daysPerWeek,
            hoursPerWeek: null,
            version: own.version,
            arba: null,
          }
        : null;
    }
    case 'workCentre': {
      const { ownPlacements } = await gql(StaffProviderWorkCentrePlacementDocument, { participantId }, signal);
      const placement = ownPlacements.find((p) => p.id === placementId);
      const own = placement?.workCentre;
      const common = base(placement);
      return common && own
        ? {
            ...common,
            group: own.group.name,
            startDate: own.startDate,
            endDate: own.endDate ?? null,
            daysPerWeek: null,
            hoursPerWeek: own.hoursPerWeek,
            version: own.version,
            arba: null,
          }
        : null;
    }
    case 'arba': {
      const { ownPlacements } = await gql(StaffProviderArbaPlacementDocument, { participantId }, signal);
      const placement = ownPlacements.find((p) => p.id === placementId);
      const own = placement?.arba;
      const common = base(placement);
      return common && own
        ? {
            ...common,
            group: own.arena.name,
            startDate: own.startDate,
            endDate: own.endDate ?? null,
            daysPerWeek: null,
            hoursPerWeek: own.hoursPerWeek,
            version: own.version,
            arba: own,
          }
        : null;
    }
  }
}

/** /tilbyder/deltakere/:participantId/plasser/:placementId: one placement, its extent, its end; at Arba AFT and goals. */
export function PlacementPage() {
  const { t } = useTranslation();
  const provider = useProvider();
  const { participantId = '', placementId = '' } = useParams();
  const query = useQuery({
    queryKey: ['provider', provider?.providerId, 'placement', participantId, placementId],
    queryFn: ({ signal }) => loadPlacement(provider!.kind, participantId, placementId, signal),
    enabled: Boolean(provider),
  });
  const title = query.data
    ? t('provider.placement.title', { name: query.data.fullName })
    : t('provider.nav.participants');
  useTitle(title);
  const back = (
    <Paragraph>
      <Link asChild>
        <RouterLink to="/tilbyder">{t('provider.placement.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
  let body: ReactNode;
  if (!provider) body = <UnknownProvider />;
  else if (query.isPending) body = <Loading />;
  else if (query.isError) body = <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  else if (!query.data) body = <Paragraph>{t('provider.placement.notFound')}</Paragraph>;
  else body = <Placement placement={query.data} kind={provider.kind} providerId={provider.providerId} />;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {back}
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

function Placement({
  placement,
  kind,
  providerId,
}: {
  placement: PlacementModel;
  kind: ProviderKind;
  providerId: string;
}) {
  const { t, i18n } = useTranslation();
  const extent = useExtent();
  const today = osloToday();
  const ended = placement.endDate !== null && placement.endDate < today;
  const arba = placement.arba;
  const fact = (term: string, value: ReactNode) => (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      <Section id="placement-facts" title={t('provider.placement.facts')}>
        <dl className="facts">
          {fact(
            t('provider.placement.offer'),
            placement.offer ? pick(placement.offer, i18n.language) : t('provider.none'),
          )}
          {arba && fact(t('provider.placement.measure'), t(`provider.measure.${arba.measure}`))}
          {fact(kind === 'arba' ? t('provider.placement.arena') : t('provider.placement.group'), placement.group)}
          {fact(t('provider.placement.start'), formatDate(placement.startDate, i18n.language))}
          {fact(
            t('provider.placement.end'),
            placement.endDate ? formatDate(placement.endDate, i18n.language) : t('provider.placement.noEnd'),
          )}
          {arba?.aftGrantedUntil &&
            fact(t('provider.placement.grantedUntil'), formatDate(arba.aftGrantedUntil, i18n.language))}
          {fact(t('provider.placement.extent'), extent(placement))}
          {fact(
            t('provider.placement.status'),
            ended ? t('provider.placement.ended') : t(`provider.phase.${phaseOf(placement, today)}`),
          )}
        </dl>
      </Section>
      {ended ? (
        <Paragraph>{t('provider.placement.ended')}</Paragraph>
      ) : (
        <>
          {kind === 'dayServices' ? (
            <DaysForm placement={placement} providerId={providerId} />
          ) : (
            <HoursForm placement={placement} kind={kind} providerId={providerId} />
          )}
          {arba?.measure === 'AFT' && <AftSection placement={placement} arba={arba} providerId={providerId} />}
          <EndForm placement={placement} kind={kind} providerId={providerId} />
        </>
      )}
      {!ended && (
        <Paragraph>
          <Link asChild>
            <RouterLink to="overgang">{t('proposals.provider.link', { name: placement.fullName })}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {arba?.measure === 'VTA' && (
        <GoalsSection placement={placement} arba={arba} providerId={providerId} ended={ended} />
      )}
    </>
  );
}

/** A write of this page: on success the provider's data is read again, so the page shows what was saved. */
function useWrite<V, R>(providerId: string, write: (variables: V) => Promise<R>, done: (result: R) => string) {
  const client = useQueryClient();
  const [message, setMessage] = useState<string>();
  const mutation = useMutation({
    mutationFn: write,
    onMutate: () => setMessage(undefined),
    onSuccess: async (result) => {
      setMessage(done(result));
      await client.invalidateQueries({ queryKey: ['provider', providerId] });
    },
  });
  return { mutation, message };
}

/** A form's write as it goes: waiting for the provider, then what happened (on CONFLICT, a way to load again). */
function WriteResult({
  mutation,
  message,
  providerId,
}: {
  mutation: { isPending: boolean; error: unknown };
  message?: string;
  providerId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <WritePending busy={mutation.isPending} text={t('provider.pending')} />
      <WriteOutcome done={message} error={mutation.error ?? undefined} />
      <ReloadOnConflict error={mutation.error} queryKey={['provider', providerId]} />
    </>
  );
}

function HoursForm({
  placement,
  kind,
  providerId,
}: {
  placement: PlacementModel;
  kind: 'workCentre' | 'arba';
  providerId: string;
}) {
  const { t, i18n } = useTranslation();
  const max = MAX_HOURS[kind];
  const [text, setText] = useState(
    String(placement.hoursPerWeek ?? '').replace('.', i18n.language === 'en' ? '.' : ','),
  );
  const [problems, setProblems] = useState<Problems>({});
  const { mutation, message } = useWrite(
    providerId,
    (hoursPerWeek: number) =>
      kind === 'arba'
        ? gql(StaffProviderChangeArbaHoursDocument, {
            input: { participationId: placement.id, hoursPerWeek, expectedVersion: placement.version },
          }).then((d) => d.changeArbaParticipationHours.hoursPerWeek)
        : gql(StaffProviderChangeWorkCentreHoursDocument, {
            input: { placementId: placement.id, hoursPerWeek, expectedVersion: placement.version },
          }).then((d) => d.changeWorkCentrePlacementHours.hoursPerWeek),
    (hours) =>
      t('provider.placement.hours.done', {
        name: placement.fullName,
        hours: hours.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO'),
      }),
  );
  const shown = { ...serverProblems(mutation.error, i18n.language), ...problems };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hours = readHours(text, max);
    if (hours === null) {
      setProblems({ hoursPerWeek: t('provider.placement.hours.invalid', { max }) });
      return;
    }
    setProblems({});
    mutation.mutate(hours);
  };
  return (
    <Section id="placement-hours" title={t('provider.placement.hours.heading')}>
      <form className="stack" onSubmit={submit} noValidate>
        <FormErrors problems={shown} prefix="hours" />
        <Textfield
          id="hours-hoursPerWeek"
          label={t('provider.placement.hours.label')}
          description={t('provider.placement.hours.description', { max })}
          inputMode="decimal"
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={shown.hoursPerWeek}
        />
        <div>
          <Button type="submit" aria-busy={mutation.isPending} disabled={mutation.isPending}>
            {t('provider.placement.hours.save')}
          </Button>
        </div>
        <WriteResult mutation={mutation} message={message} providerId={providerId} />
      </form>
    </Section>
  );
}

function DaysForm({ placement, providerId }: { placement: PlacementModel; providerId: string }) {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState(String(placement.daysPerWeek ?? ''));
  const [problems, setProblems] = useState<Problems>({});
  const { mutation, message } = useWrite(
    providerId,
    (daysPerWeek: number) =>
      gql(StaffProviderChangeDayServicesDaysDocument, {
        input: { placementId: placement.id, daysPerWeek, expectedVersion: placement.version },
      }).then((d) => d.changeDayServicesPlacementDays.daysPerWeek),
    (count) =>
      t('provider.placement.days.done', {
        name: placement.fullName,
        extent: t('provider.extent.days', { count }),
      }),
  );
  const shown = { ...serverProblems(mutation.error, i18n.language), ...problems };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(days);
    if (!Number.isInteger(value) || value < 1 || value > 5) {
      setProblems({ daysPerWeek: t('provider.placement.days.invalid') });
      return;
    }
    setProblems({});
    mutation.mutate(value);
  };
  return (
    <Section id="placement-days" title={t('provider.placement.days.heading')}>
      <form className="stack" onSubmit={submit} noValidate>
        <FormErrors problems={shown} prefix="days" />
        <SelectField
          id="days-daysPerWeek"
          label={t('provider.placement.days.label')}
          value={days}
          onChange={setDays}
          error={shown.daysPerWeek}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </SelectField>
        <div>
          <Button type="submit" aria-busy={mutation.isPending} disabled={mutation.isPending}>
            {t('provider.placement.days.save')}
          </Button>
        </div>
        <WriteResult mutation={mutation} message={message} providerId={providerId} />
      </form>
    </Section>
  );
}

function EndForm({
  placement,
  kind,
  providerId,
}: {
  placement: PlacementModel;
  kind: ProviderKind;
  providerId: string;
}) {
  const { t, i18n } = useTranslation();
  const today = osloToday();
  const aft = placement.arba?.measure === 'AFT';
  const [day, setDay] = useState(placement.startDate > today ? placement.startDate : today);
  const [outcome, setOutcome] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const { mutation, message } = useWrite(
    providerId,
    ({ endDate, outcome: chosen }: { endDate: string; outcome: ArbaAftOutcome | null }) => {
      const input = { endDate, expectedVersion: placement.version };
      switch (kind) {
        case 'dayServices':
          return gql(StaffProviderEndDayServicesPlacementDocument, {
            input: { ...input, placementId: placement.id },
          }).then((d) => d.endDayServicesPlacement.endDate);
        case 'workCentre':
          return gql(StaffProviderEndWorkCentrePlacementDocument, {
            input: { ...input, placementId: placement.id },
          }).then((d) => d.endWorkCentrePlacement.endDate);
        case 'arba':
          return gql(StaffProviderEndArbaParticipationDocument, {
            input: { ...input, participationId: placement.id, outcome: chosen },
          }).then((d) => d.endArbaParticipation.endDate);
      }
    },
    (endDate) => t('provider.placement.ending.done', { date: endDate ? formatDate(endDate, i18n.language) : '' }),
  );
  const shown = { ...serverProblems(mutation.error, i18n.language), ...problems };
  const validDay = readDay(day);
  // Checked before the dialog opens: the dialog then names a day that can be saved.
  const check = () => {
    const next: Problems = {};
    if (!validDay) next.endDate = t('provider.placement.ending.invalidDay');
    if (aft && !outcome) next.outcome = t('provider.placement.ending.outcomeRequired');
    setProblems(next);
    return Object.keys(next).length === 0;
  };
  const confirm = () => {
    if (validDay) mutation.mutate({ endDate: validDay, outcome: aft ? (outcome as ArbaAftOutcome) : null });
  };
  return (
    <Section id="placement-end" title={t('provider.placement.ending.heading')}>
      <form className="stack" onSubmit={(event) => event.preventDefault()} noValidate>
        <FormErrors problems={shown} prefix="end" />
        <Textfield
          id="end-endDate"
          type="date"
          label={t('provider.placement.ending.lastDay')}
          description={t('provider.placement.ending.lastDayHelp', {
            start: formatDate(placement.startDate, i18n.language),
          })}
          value={day}
          onChange={(event) => setDay(event.target.value)}
          error={shown.endDate}
        />
        {aft && (
          <SelectField
            id="end-outcome"
            label={t('provider.placement.ending.outcome')}
            value={outcome}
            onChange={setOutcome}
            error={shown.outcome}
          >
            <option value="">{t('provider.placement.ending.choose')}</option>
            {(['WORK', 'EDUCATION', 'OTHER'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`provider.outcomeValue.${value}`)}
              </option>
            ))}
          </SelectField>
        )}
        <div>
          <ConfirmButton
            label={t('provider.placement.ending.button')}
            title={t('provider.placement.ending.confirmTitle', { name: placement.fullName })}
            confirm={t('provider.placement.ending.confirm')}
            beforeOpen={check}
            onConfirm={confirm}
            disabled={mutation.isPending}
          >
            <Paragraph>
              {t('provider.placement.ending.confirmBody', {
                date: validDay ? formatDate(validDay, i18n.language) : day,
              })}
            </Paragraph>
          </ConfirmButton>
        </div>
        <WriteResult mutation={mutation} message={message} providerId={providerId} />
      </form>
    </Section>
  );
}

function AftSection({
  placement,
  arba,
  providerId,
}: {
  placement: PlacementModel;
  arba: StaffProviderArbaDetailFragment;
  providerId: string;
}) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const { mutation, message } = useWrite(
    providerId,
    (endDate: string) =>
      gql(StaffProviderExtendArbaAftPeriodDocument, {
        input: { participationId: placement.id, endDate, expectedVersion: placement.version },
      }).then((d) => d.extendArbaAftPeriod.aftGrantedUntil ?? endDate),
    (until) => t('provider.placement.extend.done', { date: formatDate(until, i18n.language) }),
  );
  const shown = { ...serverProblems(mutation.error, i18n.language), ...problems };
  const extended = arba.aftPeriods.some((period) => period.kind === 'EXTENSION');
  const validDay = readDay(day);
  return (
    <Section id="placement-aft" title={t('provider.placement.periods.caption')}>
      <DataTable
        caption={t('provider.placement.periods.caption')}
        columns={[
          {
            key: 'kind',
            header: t('provider.placement.periods.kind'),
            cell: (p) => t(`provider.placement.periods.${p.kind}`),
          },
          {
            key: 'from',
            header: t('provider.placement.periods.from'),
            cell: (p) => formatDate(p.startDate, i18n.language),
          },
          { key: 'to', header: t('provider.placement.periods.to'), cell: (p) => formatDate(p.endDate, i18n.language) },
        ]}
        rows={arba.aftPeriods}
        rowKey={(p) => p.id}
        empty={t('provider.none')}
      />
      {!extended && (
        <form className="stack" onSubmit={(event) => event.preventDefault()} noValidate>
          <Heading level={3} data-size="sm">
            {t('provider.placement.extend.heading')}
          </Heading>
          <Paragraph>{t('provider.placement.extend.body')}</Paragraph>
          <FormErrors problems={shown} prefix="extend" />
          <Textfield
            id="extend-endDate"
            type="date"
            label={t('provider.placement.extend.lastDay')}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            error={shown.endDate}
          />
          <div>
            <ConfirmButton
              variant="secondary"
              label={t('provider.placement.extend.button')}
              title={t('provider.placement.extend.confirmTitle', { name: placement.fullName })}
              confirm={t('provider.placement.extend.confirm')}
              disabled={mutation.isPending}
              beforeOpen={() => {
                setProblems(validDay ? {} : { endDate: t('provider.placement.ending.invalidDay') });
                return Boolean(validDay);
              }}
              onConfirm={() => validDay && mutation.mutate(validDay)}
            >
              <Paragraph>
                {t('provider.placement.extend.confirmBody', {
                  date: validDay ? formatDate(validDay, i18n.language) : day,
                })}
              </Paragraph>
            </ConfirmButton>
          </div>
          <WriteResult mutation={mutation} message={message} providerId={providerId} />
        </form>
      )}
    </Section>
  );
}

function GoalsSection({
  placement,
  arba,
  providerId,
  ended,
}: {
  placement: PlacementModel;
  arba: StaffProviderArbaDetailFragment;
  providerId: string;
  ended: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Section id="placement-goals" title={t('provider.placement.goals.heading')}>
      {arba.goals.length === 0 && <Paragraph>{t('provider.placement.goals.none')}</Paragraph>}
      <ul className="plain stack">
        {arba.goals.map((goal) => (
          <li key={goal.id}>
            <Card data-color="neutral">
              <Heading level={3} data-size="xs" id={`goal-${goal.id}`}>
                {goal.description}
              </Heading>
              <Paragraph>
                {t('provider.placement.goals.setOn', { date: formatDate(goal.setOn, i18n.language) })}.{' '}
                {t('provider.placement.goals.nextDue', { date: formatDate(goal.nextEvaluationDue, i18n.language) })}.
              </Paragraph>
              {goal.evaluationDue && !ended && <Tag data-color="warning">{t('provider.placement.goals.due')}</Tag>}
              <Heading level={4} data-size="2xs">
                {t('provider.placement.goals.evaluations')}
              </Heading>
              {goal.evaluations.length === 0 ? (
                <Paragraph>{t('provider.placement.goals.noEvaluations')}</Paragraph>
              ) : (
                <ul>
                  {goal.evaluations.map((evaluation) => (
                    <li key={evaluation.id}>
                      {formatDate(evaluation.date, i18n.language)}: {t(`provider.result.${evaluation.result}`)}
                      {evaluation.note ? ` – ${evaluation.note}` : ''}
                    </li>
                  ))}
                </ul>
              )}
              {!ended && <EvaluateForm goalId={goal.id} providerId={providerId} />}
            </Card>
          </li>
        ))}
      </ul>
      {!ended && <NewGoalForm placement={placement} providerId={providerId} />}
    </Section>
  );
}

function EvaluateForm({ goalId, providerId }: { goalId: string; providerId: string }) {
  const { t, i18n } = useTranslation();
  const prefix = `evaluate-${goalId}`;
  const [date, setDate] = useState(osloToday());
  const [result, setResult] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const { mutation, message } = useWrite(
    providerId,
    (input: { goalId: string; date: string; result: ArbaVtaGoalResult; note: string | null }) =>
      gql(StaffProviderEvaluateArbaVtaGoalDocument, { input }).then((d) => d.evaluateArbaVtaGoal.nextEvaluationDue),
    (next) => t('provider.placement.goals.done', { date: formatDate(next, i18n.language) }),
  );
  const shown = { ...serverProblems(mutation.error, i18n.language), ...problems };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Problems = {};
    const day = readDay(date);
    if (!day) next.date = t('provider.placement.ending.invalidDay');
    if (!result) next.result = t('provider.placement.ending.choose');
    setProblems(next);
    if (!day || !result) return;
    mutation.mutate({ goalId, date: day, result: result as ArbaVtaGoalResult, note: note.trim() || null });
  };
  return (
    // Named by its heading and the goal's (goal-<id>, the card's heading): each goal has a form of its own, and form
    // landmarks of one page need names of their own (axe's landmark-unique).
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading goal-${goalId}`}>
      <Heading level={4} data-size="2xs" id={`${prefix}-heading`}>
        {t('provider.placement.goals.evaluate')}
      </Heading>
      <FormErrors problems={shown} prefix={prefix} />
      <Textfield
        id={`${prefix}-date`}
        type="date"
        label={t('provider.placement.goals.date')}
        value={date}
        onChange={(event) => setDate(event.target.value)}
        error={shown.date}
      />
      <SelectField
        id={`${prefix}-result`}
        label={t('provider.placement.goals.result')}
        value={result}
        onChange={setResult}
        error={shown.result}
      >
        <option value="">{t('provider.placement.ending.choose')}</option>
        {(['REACHED', 'PARTLY', 'NOT_REACHED'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`provider.result.${value}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={`${prefix}-note`}
        multiline
        rows={2}
        label={t('provider.placement.goals.note')}
        description={t('provider.placement.goals.noteHelp')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={shown.note}
      />
      <div>
        <Button type="submit" variant="secondary" aria-busy={mutation.isPending} disabled={mutation.isPending}>
          {t('provider.placement.goals.save')}
        </Button>
      </div>
      <WriteResult mutation={mutation} message={message} providerId={providerId} />
    </form>
  );
}

function NewGoalForm({ placement, providerId }: { placement: PlacementModel; providerId: string }) {
  const { t, i18n } = useTranslation();
  const [description, setDescription] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const { mutation, message } = useWrite(
    providerId,
    (text: string) =>
      gql(StaffProviderSetArbaVtaGoalDocument, { input: { participationId: placement.id, description: text } }),
    () => t('provider.placement.goals.added'),
  );
  const shown = { ...serverProblems(mutation.error, i18n.language), ...problems };
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!description.trim()) {
          setProblems({ description: t('provider.placement.goals.descriptionRequired') });
          return;
        }
        setProblems({});
        mutation.mutate(description.trim(), { onSuccess: () => setDescription('') });
      }}
    >
      <Heading level={3} data-size="sm">
        {t('provider.placement.goals.newHeading')}
      </Heading>
      <FormErrors problems={shown} prefix="goal" />
      <Textfield
        id="goal-description"
        multiline
        rows={2}
        label={t('provider.placement.goals.description')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={shown.description}
      />
      <div>
        <Button type="submit" variant="secondary" aria-busy={mutation.isPending} disabled={mutation.isPending}>
          {t('provider.placement.goals.add')}
        </Button>
      </div>
      <WriteResult mutation={mutation} message={message} providerId={providerId} />
    </form>
  );
}
