import {
  Alert,
  Button,
  Card,
  ErrorSummary,
  Heading,
  Link,
  Paragraph,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  WebMyPageDocument,
  WebMyReadLogDocument,
  WebMyWardApplicationsDocument,
  WebSetCareerPlanDocument,
  type WebMineApplicationFragment,
  type WebMinePersonFragment,
} from '../../../../src/gql/graphql';
import { useAuth } from '../../auth';
import { formatDate, pick } from '../../format';
import { gql, GraphQLRequestError } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../common';
import { Changes } from './Changes';
import { Corrections } from './Corrections';
import { careerPlanSchema, orNull, osloDay, readerKey, timeline, waitedFor, type CareerPlanForm } from './logic';

/** My page (/min-side): applications, decisions and letters, places, waiting lists, career plan, who read my data. */
export function MyPage() {
  const { t } = useTranslation();
  const { person } = useAuth();
  useTitle(t('mine.title'));
  const me = useQuery({
    queryKey: ['mine', person?.sub],
    queryFn: ({ signal }) => gql(WebMyPageDocument, {}, signal),
  });
  const [chosen, setChosen] = useState<string | undefined>();
  if (me.isPending) return <Loading />;
  if (me.isError) return <RequestFailed error={me.error} retry={() => void me.refetch()} />;
  const { participant, guardianships } = me.data.me;
  const heading = (
    <Heading level={1} data-size="lg">
      {t('mine.title')}
    </Heading>
  );
  if (participant) {
    return (
      <div className="mine">
        {heading}
        <PersonSections person={participant} />
        <MyDataLink participantId={participant.id} />
      </div>
    );
  }
  if (guardianships.length === 0) {
    return (
      <div className="mine">
        {heading}
        <Paragraph>{t(person?.roles.includes('guardian') ? 'mine.noWards' : 'mine.notRegistered')}</Paragraph>
        <Link asChild>
          <RouterLink to="/sok">{t('mine.applyLink')}</RouterLink>
        </Link>
      </div>
    );
  }
  const current = guardianships.find((g) => g.id === chosen) ?? guardianships[0];
  return (
    <div className="mine">
      {heading}
      {guardianships.length > 1 && (
        <nav aria-label={t('mine.whose')}>
          <ul className="mine-wards">
            {guardianships.map((g) => (
              <li key={g.id}>
                <Button
                  variant={g.id === current.id ? 'primary' : 'secondary'}
                  aria-pressed={g.id === current.id}
                  onClick={() => setChosen(g.id)}
                >
                  {g.wardName}
                </Button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Paragraph data-size="lg">{t('mine.ownPage', { name: current.wardName })}</Paragraph>
      {current.participant ? (
        <>
          <PersonSections person={current.participant} />
          <MyDataLink participantId={current.participant.id} ward={current.wardName} />
        </>
      ) : (
        <>
          <Alert data-color="info">
            <Paragraph>{t('mine.claimed', { name: current.wardName })}</Paragraph>
          </Alert>
          <ClaimedApplications participantId={current.participantId} />
        </>
      )}
    </div>
  );
}

function ClaimedApplications({ participantId }: { participantId: string }) {
  const { person } = useAuth();
  const query = useQuery({
    queryKey: ['mine', person?.sub, 'ward-applications', participantId],
    queryFn: ({ signal }) => gql(WebMyWardApplicationsDocument, { participantId }, signal),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  return <Applications applications={query.data.applications.nodes} />;
}

function PersonSections({ person }: { person: WebMinePersonFragment }) {
  const { t } = useTranslation();
  return (
    <>
      <Applications applications={person.applications} />
      <Decisions decisions={person.decisions} />
      <Places placements={person.placements} />
      <Changes
        participantId={person.id}
        transitions={person.transitions}
        section={(body) => (
          <Section id="changes" title={t('mine.change.title')}>
            {body}
          </Section>
        )}
      />
      <Waiting entries={person.waitingLists} />
      <CareerPlan participantId={person.id} plan={person.careerPlan ?? null} />
      <ReadLog participantId={person.id} />
    </>
  );
}

/** The right of access: a way to the copy of everything held about the person (or the young person). */
function MyDataLink({ participantId, ward }: { participantId: string; ward?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Section id="my-data" title={t('myData.section')}>
        <Paragraph>{ward ? t('myData.sectionIntroWard', { name: ward }) : t('myData.sectionIntro')}</Paragraph>
        <Link asChild>
          <RouterLink to={`/min-side/opplysninger/${encodeURIComponent(participantId)}${ward ? '?ung=1' : ''}`}>
            {ward ? t('myData.openWard', { name: ward }) : t('myData.open')}
          </RouterLink>
        </Link>
      </Section>
      <Corrections
        participantId={participantId}
        section={(body) => (
          <Section id="corrections" title={t('corrections.title')}>
            {body}
          </Section>
        )}
      />
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="mine-section" aria-labelledby={`${id}-heading`} id={id}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Applications({ applications }: { applications: WebMineApplicationFragment[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Section id="applications" title={t('mine.applications.title')}>
      {applications.length === 0 ? (
        <Paragraph>{t('mine.applications.none')}</Paragraph>
      ) : (
        <ul className="mine-list" data-testid="applications">
          {applications.map((application) => (
            <li key={application.id}>
              <Card data-color="neutral">
                <Heading level={3} data-size="xs">
                  {t('mine.applications.heading', {
                    offers: application.choices.map((choice) => pick(choice.offer.title, language)).join(', '),
                  })}
                </Heading>
                {application.submittedByName && (
                  <Paragraph>{t('mine.applications.by', { name: application.submittedByName })}</Paragraph>
                )}
                <Heading level={4} data-size="2xs">
                  {t('mine.applications.timeline')}
                </Heading>
                <ol className="mine-timeline">
                  {timeline(application.statusHistory).map((step) => (
                    <li key={`${step.status}-${step.day}`}>
                      {formatDate(step.day, language)}: {t(`mine.status.${step.status}`)}
                    </li>
                  ))}
                </ol>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Decisions({ decisions }: { decisions: WebMinePersonFragment['decisions'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Section id="decisions" title={t('mine.decisions.title')}>
      {decisions.length === 0 ? (
        <Paragraph>{t('mine.decisions.none')}</Paragraph>
      ) : (
        <ul className="mine-list" data-testid="decisions">
          {decisions.map((decision) => (
            <li key={decision.id}>
              <Card data-color="neutral">
                <Heading level={3} data-size="xs">
                  {/* A changed decision after a flow meeting is not a new place: it says so. */}
                  {decision.kind === 'CHANGED_OFFERS'
                    ? t('mine.decisions.changed')
                    : t(`mine.decisions.${decision.outcome}`)}
                  {decision.offer ? `: ${pick(decision.offer.title, language)}` : ''}
                </Heading>
                <Paragraph>
                  {t('mine.decisions.decidedOn', { date: formatDate(decision.decidedOn, language) })}
                </Paragraph>
                {decision.startDate && (
                  <Paragraph>{t('mine.decisions.start', { date: formatDate(decision.startDate, language) })}</Paragraph>
                )}
                {decision.annulledOn && (
                  <Tag data-color="warning">
                    {t('mine.decisions.annulled', { date: formatDate(decision.annulledOn, language) })}
                  </Tag>
                )}
                <Link asChild>
                  <RouterLink to={`/min-side/vedtak/${encodeURIComponent(decision.id)}`}>
                    {t('mine.decisions.read')}
                  </RouterLink>
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Places({ placements }: { placements: WebMinePersonFragment['placements'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Section id="places" title={t('mine.places.title')}>
      {placements.length === 0 ? (
        <Paragraph>{t('mine.places.none')}</Paragraph>
      ) : (
        <ul className="mine-list" data-testid="places">
          {placements.map((placement) => (
            <li key={placement.id}>
              <Card data-color="neutral">
                <Heading level={3} data-size="xs">
                  {placement.offer
                    ? pick(placement.offer.title, language)
                    : t('mine.places.unknownOffer', { provider: placement.provider?.name ?? '' })}
                </Heading>
                <Tag data-color={placement.status === 'ACTIVE' ? 'success' : 'info'}>
                  {t(`mine.places.${placement.status}`)}
                </Tag>
                {placement.provider && <Paragraph>{placement.provider.name}</Paragraph>}
                <Paragraph>
                  {placement.endDate
                    ? t('mine.places.fromTo', {
                        from: formatDate(placement.startDate, language),
                        to: formatDate(placement.endDate, language),
                      })
                    : t('mine.places.from', { date: formatDate(placement.startDate, language) })}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Waiting({ entries }: { entries: WebMinePersonFragment['waitingLists'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const today = osloDay(new Date().toISOString());
  return (
    <Section id="waiting" title={t('mine.waiting.title')}>
      {entries.length === 0 ? (
        <Paragraph>{t('mine.waiting.none')}</Paragraph>
      ) : (
        <ul className="mine-list" data-testid="waiting">
          {entries.map((entry) => {
            const waited = waitedFor(entry.since, entry.leftOn ?? today);
            return (
              <li key={entry.id}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="xs">
                    {entry.offer ? pick(entry.offer.title, language) : entry.description}
                  </Heading>
                  {entry.source && <Paragraph>{entry.source.name}</Paragraph>}
                  <Paragraph>{t('mine.waiting.since', { date: formatDate(entry.since, language) })}</Paragraph>
                  {entry.leftOn ? (
                    <Paragraph>{t('mine.waiting.left', { date: formatDate(entry.leftOn, language) })}</Paragraph>
                  ) : (
                    <Paragraph>{t(`mine.waiting.${waited.key}`, { count: waited.count })}</Paragraph>
                  )}
                  {entry.position != null && (
                    <Paragraph>{t('mine.waiting.position', { position: entry.position })}</Paragraph>
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

type Plan = WebMinePersonFragment['careerPlan'];
const FIELDS = ['shortTermWishes', 'longTermWishes', 'educationWishes'] as const;

function CareerPlan({ participantId, plan }: { participantId: string; plan: Plan }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Section id="plan" title={t('mine.plan.title')}>
      {saved && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('mine.plan.saved')}</Paragraph>
        </Alert>
      )}
      {editing ? (
        <CareerPlanEditor
          participantId={participantId}
          plan={plan}
          done={(ok) => {
            setEditing(false);
            setSaved(ok);
          }}
        />
      ) : (
        <>
          {plan ? (
            <dl className="mine-plan" data-testid="plan">
              {FIELDS.map((field) => (
                <div key={field}>
                  <dt>{t(`mine.plan.${field}`)}</dt>
                  <dd>{plan[field] || t('mine.plan.notGiven')}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <Paragraph>{t('mine.plan.none')}</Paragraph>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('mine.plan.edit')}
          </Button>
        </>
      )}
    </Section>
  );
}

function CareerPlanEditor({
  participantId,
  plan,
  done,
}: {
  participantId: string;
  plan: Plan;
  done: (saved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const { person } = useAuth();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | undefined>();
  const form = useForm<CareerPlanForm>({
    resolver: zodResolver(careerPlanSchema),
    defaultValues: {
      shortTermWishes: plan?.shortTermWishes ?? '',
      longTermWishes: plan?.longTermWishes ?? '',
      educationWishes: plan?.educationWishes ?? '',
    },
  });
  const save = useMutation({
    mutationFn: (values: CareerPlanForm) =>
      gql(WebSetCareerPlanDocument, {
        input: {
          participantId,
          ...(plan && { expectedVersion: plan.version }),
          shortTermWishes: orNull(values.shortTermWishes),
          longTermWishes: orNull(values.longTermWishes),
          educationWishes: orNull(values.educationWishes),
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['mine', person?.sub] });
      done(true);
    },
    onError: async (error) => {
      if (error instanceof GraphQLRequestError && error.code === 'CONFLICT') {
        setProblem(t('mine.plan.conflict'));
        await queryClient.invalidateQueries({ queryKey: ['mine', person?.sub] });
        return;
      }
      if (error instanceof GraphQLRequestError) {
        for (const field of error.fields) {
          if ((FIELDS as readonly string[]).includes(field.field)) {
            form.setError(field.field as (typeof FIELDS)[number], { message: pick(field, i18n.language) });
          }
        }
        setProblem(pick(error.messages, i18n.language));
        return;
      }
      setProblem(String(error));
    },
  });
  const errors = form.formState.errors;
  const listed = FIELDS.filter((field) => errors[field]?.message);
  const message = (field: (typeof FIELDS)[number]) => {
    const text = errors[field]?.message;
    return text?.startsWith('mine.') ? t(text) : text;
  };
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))} className="mine-form">
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      {listed.length > 0 && (
        <ErrorSummary>
          <ErrorSummary.Heading>{t('mine.plan.errors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map((field) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#plan-${field}`}>{message(field)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {FIELDS.map((field) => (
        <Textfield
          key={field}
          id={`plan-${field}`}
          multiline
          rows={3}
          label={t(`mine.plan.${field}`)}
          error={message(field)}
          {...form.register(field)}
        />
      ))}
      <div className="row">
        <Button type="submit" disabled={save.isPending}>
          {t('mine.plan.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => done(false)}>
          {t('mine.plan.cancel')}
        </Button>
      </div>
    </form>
  );
}

const PAGE = 10;

function ReadLog({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const { person } = useAuth();
  const language = i18n.language;
  const log = useInfiniteQuery({
    queryKey: ['mine', person?.sub, 'read-log', participantId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      gql(WebMyReadLogDocument, { participantId, first: PAGE, after: pageParam }, signal),
    getNextPageParam: (last) =>
      last.participant?.readLog.pageInfo.hasNextPage
        ? (last.participant.readLog.pageInfo.endCursor ?? undefined)
        : undefined,
  });
  return (
    <Section id="read-log" title={t('mine.log.title')}>
      <Paragraph>{t('mine.log.intro')}</Paragraph>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <RequestFailed error={log.error} retry={() => void log.refetch()} />
      ) : (
        (() => {
          const entries = log.data.pages.flatMap((page) => page.participant?.readLog.nodes ?? []);
          const total = log.data.pages[0]?.participant?.readLog.totalCount ?? 0;
          if (entries.length === 0) return <Paragraph>{t('mine.log.none')}</Paragraph>;
          return (
            <>
              <ul className="mine-log" data-testid="read-log">
                {entries.map((entry) => (
                  <li key={entry.id}>
                    {t('mine.log.entry', {
                      date: formatDate(osloDay(entry.readAt), language),
                      who: t(`mine.log.who.${readerKey(entry, person?.sub)}`),
                      what: t(`mine.log.what.${entry.category}`),
                    })}
                  </li>
                ))}
              </ul>
              <Paragraph data-size="sm" role="status">
                {t('mine.log.count', { shown: entries.length, total })}
              </Paragraph>
              {log.hasNextPage && (
                <Button variant="secondary" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                  {t('mine.log.more')}
                </Button>
              )}
            </>
          );
        })()
      )}
    </Section>
  );
}
