import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  StaffFlowExecuteDocument,
  StaffFlowRetryStepDocument,
  StaffFlowRevertDocument,
  StaffFlowSettleDocument,
  StaffFlowTransitionPageDocument,
  type StaffFlowTransitionFragment,
  type StaffFlowTransitionPageQuery,
} from '../../../../src/gql/graphql';
import { formatDate } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { ConfirmButton, ReloadOnConflict, WriteOutcome, WritePending } from '../Outcome';
import { canRetry, stalledSteps, transitionActions } from './logic';
import { ChangedDecision, StatusTag, StepsTable, UnderWay, WaitingFor } from './parts';

type Action = 'execute' | 'retry' | 'settle' | 'revert';

/** /flytmote/overganger/:id: carrying out an agreed transition step by step, each provider's answer, and what is stuck. */
export function TransitionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['flow', 'transition', id],
    queryFn: ({ signal }) => gql(StaffFlowTransitionPageDocument, { id }, signal),
  });
  const transition = query.data?.transition;
  const title = transition
    ? t('flow.transition.title', { name: transition.participant.fullName })
    : t('flow.transition.titleUnknown');
  useTitle(title);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const act = useMutation({
    mutationFn: async (input: { action: Action; stepId?: string; current: StaffFlowTransitionFragment }) => {
      const base = { transitionId: input.current.id, expectedVersion: input.current.version };
      switch (input.action) {
        case 'execute':
          return (await gql(StaffFlowExecuteDocument, { input: base })).executeTransition;
        case 'settle':
          return (await gql(StaffFlowSettleDocument, { input: base })).settleTransition;
        case 'retry':
          return (await gql(StaffFlowRetryStepDocument, { input: { ...base, stepId: input.stepId! } }))
            .retryTransitionStep;
        case 'revert':
          return (await gql(StaffFlowRevertDocument, { input: { ...base, reason: reason.trim() } })).revertTransition;
      }
    },
    onSuccess: (result) => {
      // The answer is the transition as it is now; the rest of the page's data is asked for again.
      client.setQueryData<StaffFlowTransitionPageQuery>(['flow', 'transition', id], (old) =>
        old ? { ...old, transition: result } : old,
      );
      void client.invalidateQueries({ queryKey: ['flow'] });
    },
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  if (!transition) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph>{t('flow.transition.notFound')}</Paragraph>
      </div>
    );
  }
  const actions = transitionActions(transition);
  const date = (value: string) => formatDate(value, i18n.language);
  const stuck = stalledSteps(transition.steps);
  const busy = act.isPending;
  const done = act.data ? doneText(act.variables.action, act.data, t) : undefined;
  return (
    <div className="stack" aria-busy={busy}>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <div className="row">
        <StatusTag status={transition.status} stalled={transition.stalled} />
        <span>{t(`flow.kind.${transition.kind}`)}</span>
      </div>
      <Paragraph>{t(`flow.explain.${transition.status}`)}</Paragraph>
      {transition.flowMeeting && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={`/flytmote/moter/${transition.flowMeeting.id}`}>
              {t('flow.transition.meeting', { week: transition.flowMeeting.week, year: transition.flowMeeting.year })}
            </RouterLink>
          </Link>
        </Paragraph>
      )}
      {transition.decision && (
        <Paragraph>
          {t('flow.item.decision', { date: date(transition.decision.decidedOn) })}
          {transition.decision.annulledOn ? ` ${t('flow.item.annulled')}` : ''}
        </Paragraph>
      )}
      {transition.decision && (
        <ChangedDecision decision={transition.decision} steps={transition.steps} headingLevel={2} />
      )}
      {transition.executedOn && (
        <Paragraph>{t('flow.transition.executedOn', { date: date(transition.executedOn) })}</Paragraph>
      )}
      {transition.revertReason && (
        <Paragraph>{t('flow.transition.revertReason', { reason: transition.revertReason })}</Paragraph>
      )}
      {transition.stalled && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('flow.stalled.title')}
          </Heading>
          <Paragraph>
            {stuck.length > 0 ? t('flow.stalled.steps', { count: stuck.length }) : t('flow.stalled.waiting')}
          </Paragraph>
          <WaitingFor waitingFor={transition.waitingFor} steps={transition.steps} />
        </Alert>
      )}
      <WritePending busy={busy} text={busy ? t(`flow.transition.busy.${act.variables.action}`) : undefined} />
      <WriteOutcome done={done} error={act.error} />
      <ReloadOnConflict error={act.error} queryKey={['flow', 'transition', id]} />
      <StepsTable
        caption={t('flow.transition.steps')}
        steps={transition.steps}
        action={(step) =>
          canRetry(transition.status, step) ? (
            <Button
              variant="secondary"
              disabled={busy}
              onClick={() => act.mutate({ action: 'retry', stepId: step.id, current: transition })}
            >
              {t('flow.transition.retry', { kind: t(`flow.stepKind.${step.kind}`) })}
            </Button>
          ) : (
            '–'
          )
        }
      />
      {(actions.execute || actions.settle || actions.revert) && (
        <section className="stack" aria-labelledby="flow-actions">
          <Heading level={2} data-size="md" id="flow-actions">
            {t('flow.transition.actions')}
          </Heading>
          {actions.execute && (
            <div>
              <ConfirmButton
                label={t('flow.transition.execute')}
                title={t('flow.transition.executeTitle')}
                confirm={t('flow.transition.executeConfirm')}
                disabled={busy}
                onConfirm={() => act.mutate({ action: 'execute', current: transition })}
              >
                <Paragraph>{t('flow.transition.executeBody', { name: transition.participant.fullName })}</Paragraph>
              </ConfirmButton>
            </div>
          )}
          {actions.settle && (
            <div className="stack">
              <Paragraph>
                {transition.complete ? t('flow.transition.settleReady') : t('flow.transition.settleWait')}
              </Paragraph>
              <div>
                <Button
                  variant="secondary"
                  disabled={busy}
                  onClick={() => act.mutate({ action: 'settle', current: transition })}
                >
                  {t('flow.transition.settle')}
                </Button>
              </div>
            </div>
          )}
          {actions.revert && (
            <div className="stack">
              <Paragraph>{t('flow.transition.revertHelp')}</Paragraph>
              <Textfield
                multiline
                rows={2}
                label={t('flow.transition.reason')}
                value={reason}
                error={reasonError}
                onChange={(event) => {
                  setReason(event.target.value);
                  setReasonError(undefined);
                }}
              />
              <div>
                <ConfirmButton
                  variant="secondary"
                  label={t('flow.transition.revert')}
                  title={t('flow.transition.revertTitle')}
                  confirm={t('flow.transition.revertConfirm')}
                  disabled={busy}
                  onConfirm={() => {
                    if (!reason.trim()) setReasonError(t('flow.transition.reasonRequired'));
                    else act.mutate({ action: 'revert', current: transition });
                  }}
                >
                  <Paragraph>{t('flow.transition.revertBody')}</Paragraph>
                </ConfirmButton>
              </div>
            </div>
          )}
        </section>
      )}
      <UnderWay transitions={query.data.underWay.filter((other) => other.id !== transition.id)} others />
    </div>
  );
}

function doneText(action: Action, result: StaffFlowTransitionFragment, t: TFunction) {
  if (action === 'settle')
    return result.status === 'COMPLETED'
      ? t('flow.done.settled')
      : t('flow.done.notYet', { count: result.waitingFor.length });
  const stuck = stalledSteps(result.steps).length;
  if (action === 'revert') return t('flow.done.reverting', { count: stuck });
  return stuck > 0 ? t('flow.done.someRefused', { count: stuck }) : t(`flow.done.${action}`);
}
