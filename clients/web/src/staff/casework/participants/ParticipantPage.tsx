import { Button, Heading, Link, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  StaffPeopleParticipantDocument,
  StaffPeopleUpdateParticipantDocument,
  type StaffPeopleIdentityFragment,
  type StaffPeopleParticipantQuery,
} from '../../../../../src/gql/graphql';
import { formatDate, pick } from '../../../format';
import { gql, GraphQLRequestError } from '../../../graphql';
import { osloDay } from '../../../pages/mine/logic';
import { Loading, MissingParts, RequestFailed, useTitle } from '../../../pages/common';
import { DataTable, type Column } from '../../DataTable';
import { WriteOutcome } from '../../Outcome';
import {
  ageOn,
  correctionInput,
  correctionSchema,
  fieldId,
  openApplications,
  todayInOslo,
  type CorrectionValues,
} from './logic';
import { WaitingTable } from '../waiting/WaitingTable';

type Person = NonNullable<StaffPeopleParticipantQuery['office']['participant']>;

/**
 * A participant's whole path (/saksbehandling/deltakere/:id), across providers on one page: the details the office
 * needs, places, NAV's status, waiting lists, transitions, the career plan, applications and decisions; and the
 * correction of the details (with the version read, so a change made meanwhile is a CONFLICT, not lost).
 */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['staff', 'people', 'participant', id],
    queryFn: ({ signal }) => gql(StaffPeopleParticipantDocument, { id }, signal),
  });
  const person = query.data?.office.participant;
  useTitle(person?.fullName ?? t('people.list.title'));
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  if (!person) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('people.list.title')}
        </Heading>
        <Paragraph>{t('people.person.notFound')}</Paragraph>
        <BackLink />
      </div>
    );
  }
  return (
    <div className="stack">
      <BackLink />
      <Heading level={1} data-size="lg">
        {person.fullName}
      </Heading>
      <MissingParts data={query.data} retry={() => void query.refetch()} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/flytmote/forslag/ny?deltaker=${encodeURIComponent(person.id)}`}>
            {t('proposals.office.titleFor', { name: person.fullName })}
          </RouterLink>
        </Link>
      </Paragraph>
      <Summary person={person} />
      <Details person={person} />
      <Placements person={person} />
      <Nav person={person} />
      <Section id="waiting" title={t('people.person.waiting')}>
        <WaitingTable
          caption={t('people.person.waitingCaption')}
          entries={person.waitingLists}
          empty={t('people.person.noWaiting')}
        />
      </Section>
      <Transitions person={person} />
      <CareerPlan person={person} />
      <Applications person={person} />
      <Correction person={person} onReload={() => void query.refetch()} />
    </div>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to="/saksbehandling/deltakere">{t('people.person.back')}</RouterLink>
      </Link>
    </Paragraph>
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

function Summary({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  return (
    <Paragraph>
      {t('people.person.summary', {
        date: formatDate(person.birthDate, i18n.language),
        age: ageOn(person.birthDate, todayInOslo()),
      })}{' '}
      {t('people.person.open', { count: openApplications(person.applications) })}
    </Paragraph>
  );
}

const FACTS = { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 } as const;

function Details({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const none = t('people.person.none');
  return (
    <Section id="details" title={t('people.person.details')}>
      <Paragraph>{t('people.person.detailsIntro')}</Paragraph>
      <dl style={FACTS}>
        <dt style={{ fontWeight: 600 }}>{t('people.person.birthDate')}</dt>
        <dd style={{ margin: 0 }}>{formatDate(person.birthDate, i18n.language)}</dd>
        <dt style={{ fontWeight: 600 }}>{t('people.person.email')}</dt>
        <dd style={{ margin: 0 }} data-testid="email">
          {person.email ?? none}
        </dd>
        <dt style={{ fontWeight: 600 }}>{t('people.person.phone')}</dt>
        <dd style={{ margin: 0 }} data-testid="phone">
          {person.phone ?? none}
        </dd>
      </dl>
      <Heading level={3} data-size="sm">
        {t('people.person.guardians')}
      </Heading>
      {person.guardians.length === 0 ? (
        <Paragraph>{t('people.person.noGuardians')}</Paragraph>
      ) : (
        <ul>
          {person.guardians.map((guardian) => (
            <li key={guardian.id}>
              {guardian.name} ({t(`people.person.relation.${guardian.relation}`)})
              {[guardian.phone, guardian.email].filter(Boolean).map((contact) => `, ${contact}`)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The correction form: names, e-mail and phone; only what changed is sent, with the version read. */
function Correction({ person, onReload }: { person: StaffPeopleIdentityFragment; onReload(): void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<{ done?: string; error?: unknown }>({});
  const form = useForm<CorrectionValues>({
    resolver: zodResolver(correctionSchema),
    values: {
      givenName: person.givenName,
      familyName: person.familyName,
      email: person.email ?? '',
      phone: person.phone ?? '',
    },
    resetOptions: { keepDirtyValues: false },
  });
  const save = useMutation({
    mutationFn: (values: CorrectionValues) =>
      gql(StaffPeopleUpdateParticipantDocument, {
        input: { participantId: person.id, expectedVersion: person.version, ...correctionInput(person, values) },
      }),
    onSuccess: ({ updateParticipant }) => {
      client.setQueryData<StaffPeopleParticipantQuery>(['staff', 'people', 'participant', person.id], (old) =>
        old?.office.participant
          ? { ...old, office: { ...old.office, participant: { ...old.office.participant, ...updateParticipant } } }
          : old,
      );
      void client.invalidateQueries({ queryKey: ['staff', 'people', 'participants'] });
      setOutcome({ done: t('people.person.saved') });
    },
    onError: (error) => setOutcome({ error }),
  });
  const serverProblem = (field: string) => {
    const error = outcome.error;
    if (!(error instanceof GraphQLRequestError)) return undefined;
    const problem = error.fields.find((candidate) => candidate.field === field);
    return problem ? pick(problem, i18n.language) : undefined;
  };
  const errorOf = (field: keyof CorrectionValues) => {
    const message = form.formState.errors[field]?.message;
    return message ? `${t(`people.person.${field}`)} ${t(`people.error.${message}`)}` : serverProblem(field);
  };
  const id = (field: string) => fieldId('correct', field);
  const conflict = outcome.error instanceof GraphQLRequestError && outcome.error.code === 'CONFLICT';
  return (
    <section className="stack" aria-labelledby="correct-heading">
      <Heading level={2} data-size="md" id="correct-heading">
        {t('people.person.correct')}
      </Heading>
      <form
        className="stack"
        style={{ maxWidth: '40rem' }}
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit((values) => {
            if (Object.keys(correctionInput(person, values)).length === 0) {
              setOutcome({ done: t('people.person.noChange') });
              return;
            }
            setOutcome({});
            save.mutate(values);
          })(event)
        }
      >
        <Textfield
          id={id('givenName')}
          label={t('people.person.givenName')}
          error={errorOf('givenName')}
          {...form.register('givenName')}
        />
        <Textfield
          id={id('familyName')}
          label={t('people.person.familyName')}
          error={errorOf('familyName')}
          {...form.register('familyName')}
        />
        <Textfield
          id={id('email')}
          label={t('people.person.email')}
          type="email"
          error={errorOf('email')}
          {...form.register('email')}
        />
        <Textfield
          id={id('phone')}
          label={t('people.person.phone')}
          description={t('people.person.phoneHint')}
          type="tel"
          error={errorOf('phone')}
          {...form.register('phone')}
        />
        <div className="row">
          <Button type="submit" aria-disabled={save.isPending || undefined} loading={save.isPending}>
            {save.isPending ? t('people.person.saving') : t('people.person.save')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        <WriteOutcome done={outcome.done} error={outcome.error} />
      </div>
      {conflict && (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setOutcome({});
              onReload();
            }}
          >
            {t('people.person.reload')}
          </Button>
        </div>
      )}
    </section>
  );
}

function Placements({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  type Row = Person['placements'][number];
  const columns: Column<Row>[] = [
    { key: 'provider', header: t('people.person.provider'), cell: (row) => row.provider?.name ?? '' },
    {
      key: 'offer',
      header: t('people.person.offer'),
      cell: (row) => (row.offer ? pick(row.offer.title, language) : ''),
    },
    {
      key: 'status',
      header: t('people.person.status'),
      cell: (row) => (
        <Tag data-color={row.status === 'ACTIVE' ? 'success' : row.status === 'PLANNED' ? 'info' : 'neutral'}>
          {t(`people.person.placement.${row.status}`)}
        </Tag>
      ),
    },
    {
      key: 'period',
      header: t('people.person.period'),
      cell: (row) =>
        row.endDate
          ? t('people.person.fromTo', {
              from: formatDate(row.startDate, language),
              to: formatDate(row.endDate, language),
            })
          : t('people.person.from', { from: formatDate(row.startDate, language) }),
    },
    {
      key: 'extent',
      header: t('people.person.extent'),
      cell: (row) =>
        row.hoursPerWeek != null
          ? t('people.person.hours', { count: row.hoursPerWeek })
          : row.daysPerWeek != null
            ? t('people.person.days', { count: row.daysPerWeek })
            : t('people.person.noExtent'),
    },
  ];
  return (
    <Section id="placements" title={t('people.person.placements')}>
      <DataTable
        caption={t('people.person.placementsCaption')}
        columns={columns}
        rows={person.placements}
        rowKey={(row) => row.id}
        empty={t('people.person.noPlacements')}
      />
    </Section>
  );
}

function Nav({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const records = person.nav?.records ?? [];
  type Row = (typeof records)[number];
  const columns: Column<Row>[] = [
    { key: 'measure', header: t('people.person.measure'), cell: (row) => row.measureInstance.name },
    {
      key: 'status',
      header: t('people.person.navStatus'),
      cell: (row) =>
        `${t(`people.person.navStatusValue.${row.status}`, { defaultValue: row.status })}${
          row.statusReason
            ? ` (${t(`people.left.causes.${row.statusReason}`, { defaultValue: row.statusReason })})`
            : ''
        }, ${formatDate(osloDay(row.statusAt), language)}`,
    },
    {
      key: 'period',
      header: t('people.person.period'),
      cell: (row) =>
        row.startDate
          ? row.endDate
            ? t('people.person.fromTo', {
                from: formatDate(row.startDate, language),
                to: formatDate(row.endDate, language),
              })
            : t('people.person.from', { from: formatDate(row.startDate, language) })
          : '',
    },
    {
      key: 'extent',
      header: t('people.person.extent'),
      cell: (row) => {
        const last = row.extent.at(-1);
        if (!last) return t('people.person.noExtent');
        return last.daysPerWeek != null
          ? t('people.person.navExtentDays', { percent: last.percent, days: last.daysPerWeek })
          : t('people.person.navExtent', { percent: last.percent });
      },
    },
  ];
  return (
    <Section id="nav" title={t('people.person.nav')}>
      <DataTable
        caption={t('people.person.navCaption')}
        columns={columns}
        rows={records}
        rowKey={(row) => row.id}
        empty={t('people.person.navNone')}
      />
    </Section>
  );
}

function Transitions({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  type Row = Person['transitions'][number];
  const columns: Column<Row>[] = [
    { key: 'kind', header: t('people.person.kind'), cell: (row) => t(`people.person.transitionKind.${row.kind}`) },
    {
      key: 'status',
      header: t('people.person.status'),
      cell: (row) =>
        `${t(`people.person.transitionStatus.${row.status}`)}${
          row.executedOn
            ? `. ${t('people.person.executedOn', { date: formatDate(row.executedOn, i18n.language) })}`
            : ''
        }`,
    },
    {
      key: 'meeting',
      header: t('people.person.meeting'),
      cell: (row) =>
        row.flowMeeting
          ? t('people.person.meetingValue', { week: row.flowMeeting.week, year: row.flowMeeting.year })
          : t('people.person.noMeeting'),
    },
    { key: 'wish', header: t('people.person.wish'), cell: (row) => row.participantWish },
  ];
  return (
    <Section id="transitions" title={t('people.person.transitions')}>
      <DataTable
        caption={t('people.person.transitionsCaption')}
        columns={columns}
        rows={person.transitions}
        rowKey={(row) => row.id}
        empty={t('people.person.noTransitions')}
      />
    </Section>
  );
}

function CareerPlan({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const plan = person.careerPlan;
  return (
    <Section id="plan" title={t('people.person.plan')}>
      {!plan ? (
        <Paragraph>{t('people.person.noPlan')}</Paragraph>
      ) : (
        <>
          <dl style={FACTS}>
            {(
              [
                ['shortTerm', plan.shortTermWishes],
                ['longTerm', plan.longTermWishes],
                ['education', plan.educationWishes],
              ] as const
            ).map(([key, value]) => (
              <div key={key} style={{ display: 'contents' }}>
                <dt style={{ fontWeight: 600 }}>{t(`people.person.${key}`)}</dt>
                <dd style={{ margin: 0 }}>{value || t('people.person.none')}</dd>
              </div>
            ))}
          </dl>
          <Paragraph>
            {t('people.person.planUpdated', { date: formatDate(osloDay(plan.updatedAt), i18n.language) })}
          </Paragraph>
        </>
      )}
    </Section>
  );
}

function Applications({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  type Row = Person['applications'][number];
  const columns: Column<Row>[] = [
    {
      key: 'application',
      header: t('people.person.application'),
      cell: (row) => {
        const date = formatDate(osloDay(row.submittedAt ?? row.createdAt), language);
        return (
          <Link asChild>
            <RouterLink to={`/saksbehandling/soknader/${encodeURIComponent(row.id)}`}>
              {t('people.person.openApplication', { date })}
            </RouterLink>
          </Link>
        );
      },
    },
    {
      key: 'offers',
      header: t('people.person.offers'),
      cell: (row) => row.choices.map((choice) => pick(choice.offer.title, language)).join(', '),
    },
    {
      key: 'status',
      header: t('people.person.status'),
      cell: (row) => t(`people.person.applicationStatus.${row.status}`),
    },
    {
      key: 'decision',
      header: t('people.person.decision'),
      cell: (row) =>
        row.decision
          ? t('people.person.decisionOn', {
              outcome: t(`people.person.decisionOutcome.${row.decision.outcome}`),
              date: formatDate(row.decision.decidedOn, language),
            })
          : t('people.person.noDecision'),
    },
  ];
  return (
    <Section id="applications" title={t('people.person.applications')}>
      <DataTable
        caption={t('people.person.applicationsCaption')}
        columns={columns}
        rows={person.applications}
        rowKey={(row) => row.id}
        empty={t('people.person.noApplications')}
      />
    </Section>
  );
}
