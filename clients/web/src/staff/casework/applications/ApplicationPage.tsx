import {
  Alert,
  Button,
  Card,
  Heading,
  Link,
  Paragraph,
  Select,
  Field,
  Label,
  Spinner,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState, type ReactNode } from 'react';
import './casework.css';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  StaffCaseworkApplicationDocument,
  StaffCaseworkRecordVtaDocument,
  StaffCaseworkRetryPlacementDocument,
  StaffCaseworkStartAssessmentDocument,
  StaffCaseworkWithdrawDocument,
  type StaffCaseworkApplicationQuery,
  type StaffCaseworkDecisionFragment,
  type VtaAssessmentOutcome,
} from '../../../../../src/gql/graphql';
import { useAuth } from '../../../auth';
import { formatDate, pick } from '../../../format';
import { gql } from '../../../graphql';
import { Loading, RequestFailed, useTitle } from '../../../pages/common';
import { ConfirmButton, WriteOutcome } from '../../Outcome';
import { Reloaded } from './Conflict';
import { DecideForm } from './DecideForm';
import {
  deadlineOf,
  isConflict,
  osloDay,
  placementOutcome,
  placementSettled,
  refusalAdvice,
  vtaStartOutcome,
} from './logic';

export type CaseApplication = NonNullable<StaffCaseworkApplicationQuery['applicationCase']>;

/** An application as the allocation office's case (/saksbehandling/soknader/:id): read it, assess, decide. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { person } = useAuth();
  const key = ['casework', person?.sub, 'application', id];
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => gql(StaffCaseworkApplicationDocument, { id }, signal),
  });
  const application = query.data?.applicationCase;
  useTitle(
    application
      ? t('casework.application.title', { name: application.participant.fullName })
      : t('casework.nav.worklist'),
  );
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  if (!application) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('casework.application.notFound')}
        </Heading>
        <Paragraph>{t('casework.application.notFoundText')}</Paragraph>
        <BackLink />
      </div>
    );
  }
  return <CaseView application={application} queryKey={key} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link asChild>
      <RouterLink to="/saksbehandling">{t('casework.application.back')}</RouterLink>
    </Link>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="stack">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A description list of the rows that have a value. */
function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function CaseView({ application, queryKey }: { application: CaseApplication; queryKey: unknown[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey });
  const f = (name: string) => t(`casework.application.field.${name}`);
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : null);
  const choices = [...application.choices].sort((a, b) => a.rank - b.rank);
  const deadline = deadlineOf(application.intakeYear);
  const others = application.participant.applications.filter((a) => a.id !== application.id);
  const places = application.participant.placements.filter((p) => p.status !== 'ENDED');
  // What sending the decision did, from the decision it returned (the page's read comes after).
  const [decided, setDecided] = useState<StaffCaseworkDecisionFragment>();
  return (
    <div className="stack">
      <BackLink />
      <Heading level={1} data-size="lg">
        {t('casework.application.title', { name: application.participant.fullName })}
      </Heading>
      <Link asChild>
        <RouterLink to={`/saksbehandling/deltakere/${application.participant.id}`}>
          {t('casework.application.participant', { name: application.participant.fullName })}
        </RouterLink>
      </Link>
      <Facts
        rows={[
          [f('status'), t(`casework.status.${application.status}`)],
          [f('round'), t(`casework.round.${application.round}`)],
          [f('intakeYear'), application.intakeYear],
          [f('deadline'), date(deadline)],
          [f('submittedAt'), application.submittedAt ? date(osloDay(application.submittedAt)) : null],
          [
            f('submittedBy'),
            `${t(`casework.application.by.${application.submittedByRole}`)}${application.submittedByName ? `: ${application.submittedByName}` : ''}`,
          ],
        ]}
      />

      <Section id="choices" title={t('casework.application.choices')}>
        <ol>
          {choices.map((choice) => (
            <li key={choice.offer.id}>
              {pick(choice.offer.title, language)} – {choice.offer.provider.name}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="answers" title={t('casework.application.answers')}>
        <Facts
          rows={[
            [f('desiredStartDate'), date(application.desiredStartDate)],
            [f('daysPerWeek'), application.daysPerWeek],
            [f('hoursPerWeek'), application.hoursPerWeek],
            [f('activityWishes'), application.activityWishes],
            [f('tradeWishes'), application.tradeWishes],
            [f('education'), application.education],
            [f('navContact'), application.navContact],
            [f('newcomer'), application.newcomer ? t('casework.application.yes') : null],
            [f('withdrawalReason'), application.withdrawalReason],
            [
              f('experience'),
              application.experience.length ? (
                <ul>
                  {application.experience.map((e, i) => (
                    <li key={i}>
                      {e.place}, {date(e.startDate)}
                      {e.endDate ? `–${date(e.endDate)}` : ''}
                      {e.description ? `: ${e.description}` : ''}
                    </li>
                  ))}
                </ul>
              ) : null,
            ],
          ]}
        />
      </Section>

      <Section id="history" title={t('casework.application.history')}>
        <ol>
          {application.statusHistory.map((step, i) => (
            <li key={i}>
              {formatDate(osloDay(step.at), language)}: {t(`casework.status.${step.status}`)} (
              {t(`casework.application.by.${step.by}`)})
            </li>
          ))}
        </ol>
      </Section>

      <Steps application={application} refresh={refresh} />

      <Vta application={application} refresh={refresh} />

      {decided && <PlacementOutcome write="decided" decision={decided} />}
      {application.decision && (
        <DecisionView
          application={application}
          decision={application.decision}
          refresh={refresh}
          onRetried={() => setDecided(undefined)}
        />
      )}

      {application.status === 'UNDER_ASSESSMENT' && !application.decision && (
        <DecideForm
          application={application}
          refresh={refresh}
          onDecided={(decision) => {
            setDecided(decision);
            void refresh();
          }}
        />
      )}

      <Section id="other" title={t('casework.application.other')}>
        {others.length === 0 ? (
          <Paragraph>{t('casework.application.noOther')}</Paragraph>
        ) : (
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <Link asChild>
                  <RouterLink to={`/saksbehandling/soknader/${other.id}`}>
                    {[...other.choices]
                      .sort((a, b) => a.rank - b.rank)
                      .map((c) => pick(c.offer.title, language))
                      .join(', ')}
                  </RouterLink>
                </Link>{' '}
                – {t(`casework.status.${other.status}`)}
                {other.submittedAt ? `, ${formatDate(osloDay(other.submittedAt), language)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="places" title={t('casework.application.places')}>
        {places.length === 0 ? (
          <Paragraph>{t('casework.application.noPlaces')}</Paragraph>
        ) : (
          <ul>
            {places.map((place) => (
              <li key={place.id}>
                {place.offer ? pick(place.offer.title, language) : ''} – {place.provider?.name ?? ''},{' '}
                {formatDate(place.startDate, language)}
                {place.endDate ? `–${formatDate(place.endDate, language)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

/** Starting the assessment of a submitted application, and withdrawing one not decided yet. */
function Steps({ application, refresh }: { application: CaseApplication; refresh(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const refreshOnConflict = (error: Error) => isConflict(error) && refresh();
  const start = useMutation({
    mutationFn: () =>
      gql(StaffCaseworkStartAssessmentDocument, {
        input: { applicationId: application.id, expectedVersion: application.version },
      }),
    onSuccess: refresh,
    onError: refreshOnConflict,
  });
  const withdraw = useMutation({
    mutationFn: () =>
      gql(StaffCaseworkWithdrawDocument, {
        input: { applicationId: application.id, expectedVersion: application.version, reason: reason.trim() },
      }),
    onSuccess: refresh,
    onError: refreshOnConflict,
  });
  const open = application.status === 'SUBMITTED' || application.status === 'UNDER_ASSESSMENT';
  return (
    <>
      {application.status === 'SUBMITTED' && (
        <div className="stack">
          <Paragraph>{t('casework.application.startText')}</Paragraph>
          <div>
            <ConfirmButton
              label={t('casework.application.start')}
              title={t('casework.application.startTitle')}
              confirm={t('casework.application.startConfirm')}
              disabled={start.isPending}
              onConfirm={() => start.mutate()}
            >
              <Paragraph>{t('casework.application.startConfirmText')}</Paragraph>
            </ConfirmButton>
          </div>
        </div>
      )}
      <WriteOutcome done={start.isSuccess ? t('casework.application.started') : undefined} error={start.error} />
      <Reloaded error={start.error} />
      {open && (
        <details>
          <summary>{t('casework.application.withdraw')}</summary>
          <div className="stack">
            <Textfield
              label={t('casework.application.withdrawReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <div>
              <ConfirmButton
                variant="secondary"
                label={t('casework.application.withdraw')}
                title={t('casework.application.withdrawTitle')}
                confirm={t('casework.application.withdrawConfirm')}
                disabled={!reason.trim() || withdraw.isPending}
                onConfirm={() => withdraw.mutate()}
              >
                <Paragraph>{t('casework.application.withdrawText')}</Paragraph>
              </ConfirmButton>
            </div>
          </div>
        </details>
      )}
      <WriteOutcome
        done={withdraw.isSuccess ? t('casework.application.withdrawn') : undefined}
        error={withdraw.error}
      />
      <Reloaded error={withdraw.error} />
    </>
  );
}

const VTA_OUTCOMES: VtaAssessmentOutcome[] = ['RECOMMENDED', 'NOT_RECOMMENDED', 'NEEDS_TRIAL'];

/** The applicant's VTA assessment: where it stands, and recording its outcome. */
function Vta({ application, refresh }: { application: CaseApplication; refresh(): void }) {
  const { t } = useTranslation();
  const assessment = application.vtaAssessment;
  // The recorded outcome, so that saving a note does not overwrite it unseen; none chosen while still PENDING.
  const [outcome, setOutcome] = useState<VtaAssessmentOutcome | ''>(vtaStartOutcome(assessment?.status));
  const [note, setNote] = useState(assessment?.note ?? '');
  const [unchosen, setUnchosen] = useState(false);
  const record = useMutation({
    mutationFn: (chosen: VtaAssessmentOutcome) =>
      gql(StaffCaseworkRecordVtaDocument, {
        input: {
          applicationId: application.id,
          outcome: chosen,
          note: note.trim() || null,
          expectedVersion: assessment?.version,
        },
      }),
    onSuccess: refresh,
    onError: (error) => isConflict(error) && refresh(),
  });
  return (
    <Section id="vta" title={t('casework.application.vta')}>
      {!assessment ? (
        <Paragraph>{t('casework.application.vtaNone')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t(`casework.application.vtaStatus.${assessment.status}`)}
            {assessment.note ? `: ${assessment.note}` : ''}
          </Paragraph>
          <form
            className="row"
            onSubmit={(event) => {
              event.preventDefault();
              setUnchosen(!outcome);
              if (outcome) record.mutate(outcome);
            }}
          >
            <Field>
              <Label>{t('casework.application.vtaOutcome')}</Label>
              <Select
                value={outcome}
                aria-invalid={unchosen && !outcome ? true : undefined}
                onChange={(e) => setOutcome(e.target.value as VtaAssessmentOutcome | '')}
              >
                {!vtaStartOutcome(assessment.status) && (
                  <Select.Option value="">{t('casework.application.vtaChoose')}</Select.Option>
                )}
                {VTA_OUTCOMES.map((value) => (
                  <Select.Option key={value} value={value}>
                    {t(`casework.application.vtaStatus.${value}`)}
                  </Select.Option>
                ))}
              </Select>
              {unchosen && !outcome && (
                <ValidationMessage>{t('casework.application.vtaChooseFirst')}</ValidationMessage>
              )}
            </Field>
            <Textfield
              label={t('casework.application.vtaNote')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
            <div>
              <Button type="submit" variant="secondary" disabled={record.isPending}>
                {t('casework.application.vtaSave')}
              </Button>
            </div>
          </form>
          <WriteOutcome done={record.isSuccess ? t('casework.application.vtaSaved') : undefined} error={record.error} />
          <Reloaded error={record.error} />
        </>
      )}
    </Section>
  );
}

/** The groups of the offer a decision granted, from the application's choices (none for offers without groups). */
function groupsOf(application: CaseApplication, offerId: string | undefined) {
  const offer = application.choices.find((c) => c.offer.id === offerId)?.offer;
  return offer?.dayServices?.groups ?? offer?.workCentre?.groups ?? [];
}

/**
 * What a decision's write did to its placement, as the returned decision says: placed, waiting for the provider's
 * answer, or refused (then what to do next). A status, not an error: the decision stands either way.
 */
function PlacementOutcome({
  write,
  decision,
}: {
  write: 'decided' | 'retried';
  decision: StaffCaseworkDecisionFragment;
}) {
  const { t } = useTranslation();
  const settled = placementSettled(decision.placementStatus);
  return (
    <Alert data-color={settled ? 'success' : 'warning'} role="status" data-testid={`${write}-outcome`}>
      <Paragraph>{t(`casework.placed.${placementOutcome(write, decision)}`)}</Paragraph>
    </Alert>
  );
}

/**
 * The decision, and its placement at the provider with its state; asking again when refused or unanswered, into
 * another group of the offer if wanted (e.g. after GROUP_FULL), with advice for the provider's refusal.
 */
function DecisionView({
  application,
  decision,
  refresh,
  onRetried,
}: {
  application: CaseApplication;
  decision: StaffCaseworkDecisionFragment;
  refresh(): void;
  /** The retry's outcome replaces what sending the decision said. */
  onRetried(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const groups = groupsOf(application, decision.offer?.id);
  const [groupId, setGroupId] = useState(decision.groupId ?? '');
  const retry = useMutation({
    mutationFn: () =>
      gql(StaffCaseworkRetryPlacementDocument, {
        input: {
          decisionId: decision.id,
          expectedVersion: decision.version,
          ...(groupId && groupId !== decision.groupId ? { groupId } : {}),
        },
      }),
    onSuccess: () => {
      onRetried();
      refresh();
    },
    onError: (error) => isConflict(error) && refresh(),
  });
  const extent =
    decision.daysPerWeek != null
      ? t('casework.decision.days', { count: decision.daysPerWeek })
      : decision.hoursPerWeek != null
        ? t('casework.decision.hours', { count: decision.hoursPerWeek })
        : null;
  const status = decision.placementStatus;
  const canRetry = status === 'PLACEMENT_REFUSED' || status === 'PLACEMENT_REQUESTED';
  const group = groups.find((g) => g.id === decision.groupId)?.name;
  return (
    <Section id="decision" title={t('casework.decision.title')}>
      <Card data-testid="decision">
        <Facts
          rows={[
            [t('casework.decision.outcome'), t(`casework.decide.${decision.outcome}`)],
            [t('casework.decision.decidedOn'), formatDate(decision.decidedOn, language)],
            [t('casework.decision.offer'), decision.offer ? pick(decision.offer.title, language) : null],
            [t('casework.decide.group'), group],
            [t('casework.decision.startDate'), decision.startDate ? formatDate(decision.startDate, language) : null],
            [t('casework.decision.extent'), extent],
            [t('casework.decision.reason'), decision.reason],
          ]}
        />
        {status && (
          <div className="stack" data-testid="placement">
            <Heading level={3} data-size="xs">
              {t('casework.decision.placement')}
            </Heading>
            <Paragraph>
              <strong>{t(`casework.decision.placementStatus.${status}`)}</strong>
              {decision.placementAttempts > 1
                ? ` (${t('casework.decision.attempts', { count: decision.placementAttempts })})`
                : ''}
            </Paragraph>
            {decision.placementRefusal && (
              <>
                <Paragraph>{t('casework.decision.refusal', { message: decision.placementRefusal.message })}</Paragraph>
                <Paragraph data-testid="refusal-advice">
                  {t(`casework.decision.advice.${refusalAdvice(decision.placementRefusal.rule)}`)}
                </Paragraph>
              </>
            )}
            {decision.placementError && !decision.placementRefusal && <Paragraph>{decision.placementError}</Paragraph>}
            {status === 'PLACEMENT_CREATED' && (
              <Paragraph>
                {decision.placement ? t('casework.decision.placementSeen') : t('casework.decision.placementNotSeen')}
              </Paragraph>
            )}
            {canRetry && (
              <form
                className="row"
                onSubmit={(event) => {
                  event.preventDefault();
                  retry.mutate();
                }}
              >
                {groups.length > 0 && (
                  <Field>
                    <Label>{t('casework.decision.retryGroup')}</Label>
                    <Select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
                      {!decision.groupId && <Select.Option value="">{t('casework.decide.chooseGroup')}</Select.Option>}
                      {groups.map((g) => (
                        <Select.Option key={g.id} value={g.id}>
                          {g.name}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                )}
                <div>
                  <Button type="submit" variant="secondary" disabled={retry.isPending} aria-busy={retry.isPending}>
                    {retry.isPending && <Spinner aria-hidden data-size="xs" />}
                    {t('casework.decision.retry')}
                  </Button>
                </div>
              </form>
            )}
            <div role="status">{retry.isPending && <Paragraph>{t('casework.decision.retrying')}</Paragraph>}</div>
            {retry.data && <PlacementOutcome write="retried" decision={retry.data.retryDecisionPlacement} />}
            <WriteOutcome error={retry.error} />
            <Reloaded error={retry.error} />
          </div>
        )}
      </Card>
    </Section>
  );
}
