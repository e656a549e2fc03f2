import {
  Alert,
  ErrorSummary,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ComponentRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  StaffFlowMeetingDocument,
  StaffFlowRecordOutcomeDocument,
  type StaffFlowMeetingQuery,
  type StaffFlowTransitionFragment,
} from '../../../../src/gql/graphql';
import { formatDate } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { ConfirmButton, ReloadOnConflict, WriteOutcome, WritePending } from '../Outcome';
import { AddOutcome, AddToAgenda, useAddToAgenda } from './MeetingsPage';
import { meetingHeld, outcomeProblems, stalledSteps, transitionActions } from './logic';
import { ChangedDecision, StatusTag, StepsTable } from './parts';

type Meeting = NonNullable<StaffFlowMeetingQuery['flowMeeting']>;
type Item = Meeting['agenda'][number];

/** /flytmote/moter/:id: a meeting's agenda, the outcomes recorded during it, and what is stalled afterwards. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['flow', 'meeting', id],
    queryFn: ({ signal }) => gql(StaffFlowMeetingDocument, { id }, signal),
    // Outcomes are recorded by several people during the meeting: fetched again on every visit.
    refetchOnMount: 'always',
  });
  const meeting = query.data?.flowMeeting;
  const title = meeting
    ? t('flow.meeting.title', { week: meeting.week, year: meeting.year })
    : t('flow.meeting.titleUnknown');
  useTitle(title);
  const add = useAddToAgenda();
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  const back = (
    <Link asChild>
      <RouterLink to={meeting ? `/flytmote?ar=${meeting.year}` : '/flytmote'}>{t('flow.meeting.back')}</RouterLink>
    </Link>
  );
  if (!meeting) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t('flow.meeting.notFound')}</Paragraph>
        <Paragraph>{back}</Paragraph>
      </div>
    );
  }
  // The hub's day, not the device's: the hub refuses an outcome before the meeting's week (FLOW_MEETING_NOT_HELD).
  const today = query.data.today;
  const held = meetingHeld(meeting, today);
  const date = (value: string) => formatDate(value, i18n.language);
  const stalled = meeting.agenda.filter((item) => item.transition.stalled);
  const open = meeting.endDate >= today;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        {t('flow.meeting.dates', { from: date(meeting.startDate), to: date(meeting.endDate) })}{' '}
        {held ? t('flow.meeting.held') : t('flow.meeting.notHeld', { date: date(meeting.startDate) })}
      </Paragraph>
      <Paragraph>{back}</Paragraph>
      {stalled.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('flow.stalled.heading', { count: stalled.length })}
          </Heading>
          <ul>
            {stalled.map((item) => (
              <li key={item.transition.id}>
                <Link asChild>
                  <RouterLink to={`/flytmote/overganger/${item.transition.id}`}>
                    {t('flow.stalled.item', {
                      name: item.transition.participant.fullName,
                      count: stalledSteps(item.transition.steps).length || item.transition.waitingFor.length,
                    })}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Heading level={2} data-size="md">
        {t('flow.meeting.agenda', { count: meeting.agenda.length })}
      </Heading>
      {meeting.agenda.length === 0 && <Paragraph>{t('flow.meeting.empty')}</Paragraph>}
      <ol className="stack plain">
        {meeting.agenda.map((item) => (
          <li key={item.transition.id}>
            <AgendaItem item={item} held={held} meetingId={meeting.id} />
          </li>
        ))}
      </ol>
      {open && (
        <section className="stack" aria-labelledby="flow-more">
          <Heading level={2} data-size="md" id="flow-more">
            {t('flow.meeting.more')}
          </Heading>
          <AddOutcome add={add} />
          {query.data.waiting.length === 0 ? (
            <Paragraph>{t('flow.proposed.none')}</Paragraph>
          ) : (
            <ul className="stack plain">
              {query.data.waiting.map((p) => (
                <li key={p.id}>
                  <Paragraph>
                    {p.participant.fullName}: {t(`flow.kind.${p.kind}`)}
                  </Paragraph>
                  <AddToAgenda transition={p} meetings={[meeting]} add={add} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

function AgendaItem({ item, held, meetingId }: { item: Item; held: boolean; meetingId: string }) {
  const { t, i18n } = useTranslation();
  const transition = item.transition;
  const record = useRecordOutcome(transition);
  const headingId = `flow-item-${transition.id}`;
  return (
    <article className="stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {t('flow.item.heading', { position: item.position, name: transition.participant.fullName })}
      </Heading>
      <div className="row">
        <StatusTag status={transition.status} stalled={transition.stalled} />
        <span>{t(`flow.kind.${transition.kind}`)}</span>
        <span>{t('flow.item.proposedBy', { by: t(`flow.proposer.${transition.proposedBy}`) })}</span>
      </div>
      <Heading level={4} data-size="xs">
        {t('flow.item.wish')}
      </Heading>
      <blockquote>{transition.participantWish}</blockquote>
      <StepsTable
        caption={t('flow.item.proposal', { name: transition.participant.fullName })}
        steps={transition.steps}
      />
      {item.outcome && (
        <Paragraph>
          {t('flow.item.outcome', { outcome: t(`flow.outcome.${item.outcome}`) })}
          {item.note ? ` ${t('flow.item.note', { note: item.note })}` : ''}
        </Paragraph>
      )}
      {transition.decision && (
        <Paragraph>
          {t('flow.item.decision', { date: formatDate(transition.decision.decidedOn, i18n.language) })}
          {transition.decision.startDate
            ? ` ${t('flow.item.decisionFrom', { date: formatDate(transition.decision.startDate, i18n.language) })}`
            : ''}
          {transition.decision.annulledOn ? ` ${t('flow.item.annulled')}` : ''}
        </Paragraph>
      )}
      {/* Staff have no letter page of their own: what the changed decision says is shown here instead. */}
      {transition.decision && (
        <ChangedDecision decision={transition.decision} steps={transition.steps} headingLevel={4} />
      )}
      {transitionActions(transition).recordOutcome &&
        (held ? (
          <OutcomeForm transition={transition} record={record} />
        ) : (
          <Paragraph>{t('flow.item.waitForMeeting')}</Paragraph>
        ))}
      <WriteOutcome
        done={
          record.isSuccess
            ? t('flow.form.done', {
                name: transition.participant.fullName,
                outcome: t(`flow.outcome.${record.variables.outcome}`),
              })
            : undefined
        }
        error={record.error}
      />
      <ReloadOnConflict error={record.error} queryKey={['flow', 'meeting', meetingId]} />
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/flytmote/overganger/${transition.id}`}>
            {t('flow.item.openTransition', { name: transition.participant.fullName })}
          </RouterLink>
        </Link>
      </Paragraph>
    </article>
  );
}

type Outcome = 'AGREED' | 'REJECTED' | 'POSTPONED';

function useRecordOutcome(transition: StaffFlowTransitionFragment) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { outcome: Outcome; note: string | null }) =>
      gql(StaffFlowRecordOutcomeDocument, {
        input: { transitionId: transition.id, expectedVersion: transition.version, ...input },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['flow'] }),
  });
}

/** Records the meeting's outcome for one item, by keyboard: a choice, a note (the reason, for a rejection), save. */
function OutcomeForm({
  transition,
  record,
}: {
  transition: StaffFlowTransitionFragment;
  record: ReturnType<typeof useRecordOutcome>;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof outcomeProblems>>([]);
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);
  const id = (field: string) => `flow-${field}-${transition.id}`;
  const name = transition.participant.fullName;
  // Checked before the dialog opens: the dialog then says what the chosen outcome will do.
  const check = () => {
    const found = outcomeProblems(outcome, note);
    setProblems(found);
    return found.length === 0;
  };
  const chosen = (['AGREED', 'REJECTED', 'POSTPONED'] as const).find((value) => value === outcome) ?? 'AGREED';
  const outcomeError = problems.includes('outcome') ? t('flow.form.chooseOutcome') : undefined;
  const noteError = problems.includes('noteRequired')
    ? t('flow.form.reasonRequired')
    : problems.includes('noteLong')
      ? t('flow.form.noteLong')
      : undefined;
  return (
    <form className="stack" onSubmit={(event: FormEvent) => event.preventDefault()} noValidate>
      {problems.length > 0 && (
        <ErrorSummary ref={summary} tabIndex={-1}>
          <ErrorSummary.Heading>{t('flow.form.errors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {outcomeError && (
              <ErrorSummary.Item>
                <ErrorSummary.Link href={`#${id('outcome')}`}>{outcomeError}</ErrorSummary.Link>
              </ErrorSummary.Item>
            )}
            {noteError && (
              <ErrorSummary.Item>
                <ErrorSummary.Link href={`#${id('note')}`}>{noteError}</ErrorSummary.Link>
              </ErrorSummary.Item>
            )}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <Fieldset aria-invalid={outcomeError ? true : undefined}>
        <Fieldset.Legend>{t('flow.form.legend', { name })}</Fieldset.Legend>
        {(['AGREED', 'REJECTED', 'POSTPONED'] as const).map((value, i) => (
          <Radio
            key={value}
            id={i === 0 ? id('outcome') : undefined}
            name={id('outcome')}
            label={t(`flow.form.${value}`)}
            value={value}
            checked={outcome === value}
            onChange={() => setOutcome(value)}
          />
        ))}
        {outcomeError && <ValidationMessage>{outcomeError}</ValidationMessage>}
      </Fieldset>
      <Textfield
        multiline
        rows={3}
        id={id('note')}
        label={t('flow.form.note')}
        description={t('flow.form.noteHelp')}
        value={note}
        error={noteError}
        onChange={(event) => setNote(event.target.value)}
      />
      <div>
        <ConfirmButton
          label={t('flow.form.save', { name })}
          title={t(`flow.confirm.${chosen}.title`, { name })}
          confirm={t(`flow.confirm.${chosen}.confirm`)}
          disabled={record.isPending}
          beforeOpen={check}
          onConfirm={() => record.mutate({ outcome: chosen, note: note.trim() || null })}
        >
          <Paragraph>{t(`flow.confirm.${chosen}.body`, { name })}</Paragraph>
          {note.trim() && <Paragraph>{t('flow.item.note', { note: note.trim() })}</Paragraph>}
        </ConfirmButton>
      </div>
      <WritePending busy={record.isPending} text={t('flow.pending.outcome')} />
    </form>
  );
}
