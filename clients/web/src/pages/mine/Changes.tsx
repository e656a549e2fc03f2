import { Alert, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { WebWithdrawTransitionDocument, type WebMineTransitionFragment } from '../../../../src/gql/graphql';
import { useAuth } from '../../auth';
import { formatDate, pick } from '../../format';
import { gql, GraphQLRequestError } from '../../graphql';
import { withdrawable } from '../../proposals/logic';
import { ConfirmButton } from '../../staff/Outcome';
import { osloDay } from './logic';

const STATUS_COLOR: Record<string, 'info' | 'success' | 'warning' | 'danger' | 'neutral'> = {
  PROPOSED: 'info',
  ON_AGENDA: 'info',
  AGREED: 'success',
  EXECUTING: 'success',
  COMPLETED: 'success',
  REJECTED: 'warning',
  WITHDRAWN: 'neutral',
  REVERTING: 'warning',
  REVERTED: 'warning',
};

/**
 * My page's "Jeg vil bytte eller endre": the person's proposed changes (what, where it stands, which meeting), a way
 * to propose one, and to take back one that no meeting has decided yet (behind a confirmation).
 */
export function Changes({
  participantId,
  transitions,
  section,
}: {
  participantId: string;
  transitions: WebMineTransitionFragment[];
  section(body: React.ReactNode): React.ReactNode;
}) {
  const { t } = useTranslation();
  const [withdrawn, setWithdrawn] = useState(false);
  // Newest first: the one just proposed is at the top.
  const shown = [...transitions].reverse();
  return section(
    <>
      <Paragraph>{t('mine.change.intro')}</Paragraph>
      {withdrawn && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('mine.change.withdrawn')}</Paragraph>
        </Alert>
      )}
      {shown.length === 0 ? (
        <Paragraph>{t('mine.change.none')}</Paragraph>
      ) : (
        <ul className="mine-list" data-testid="changes">
          {shown.map((transition) => (
            <li key={transition.id}>
              <Change transition={transition} onWithdrawn={() => setWithdrawn(true)} />
            </li>
          ))}
        </ul>
      )}
      <Link asChild>
        <RouterLink to={`/min-side/bytte?deltaker=${encodeURIComponent(participantId)}`}>
          {t('mine.change.propose')}
        </RouterLink>
      </Link>
    </>,
  );
}

function Change({ transition, onWithdrawn }: { transition: WebMineTransitionFragment; onWithdrawn(): void }) {
  const { t, i18n } = useTranslation();
  const { person } = useAuth();
  const client = useQueryClient();
  const language = i18n.language;
  const withdraw = useMutation({
    mutationFn: () =>
      gql(WebWithdrawTransitionDocument, {
        input: { transitionId: transition.id, expectedVersion: transition.version },
      }),
    onSuccess: async () => {
      onWithdrawn();
      await client.invalidateQueries({ queryKey: ['mine', person?.sub] });
    },
  });
  const targets = transition.steps
    .filter((step) => step.kind === 'START' && step.offer)
    .map((step) => pick(step.offer!.title, language));
  const kind = t(`mine.change.kinds.${transition.kind}`);
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs" id={`change-${transition.id}`}>
        {t('mine.change.heading', { kind })}
      </Heading>
      <Tag data-color={STATUS_COLOR[transition.status] ?? 'neutral'}>
        {t(`mine.change.status.${transition.status}`)}
      </Tag>
      {targets.length > 0 && <Paragraph>{t('mine.change.to', { offers: targets.join(', ') })}</Paragraph>}
      <Paragraph>{t('mine.change.yourWish', { wish: transition.participantWish })}</Paragraph>
      <Paragraph>{t('mine.change.sentOn', { date: formatDate(osloDay(transition.createdAt), language) })}</Paragraph>
      {transition.flowMeeting && (
        <Paragraph>
          {t('mine.change.meeting', { week: transition.flowMeeting.week, year: transition.flowMeeting.year })}
        </Paragraph>
      )}
      {withdrawable(transition.status) && (
        <div>
          <ConfirmButton
            variant="secondary"
            label={t('mine.change.withdraw')}
            title={t('mine.change.withdrawTitle')}
            confirm={t('mine.change.withdrawConfirm')}
            disabled={withdraw.isPending}
            onConfirm={() => withdraw.mutate()}
          >
            <Paragraph>{t('mine.change.withdrawBody')}</Paragraph>
          </ConfirmButton>
        </div>
      )}
      {withdraw.error && <ChangeFailed error={withdraw.error} />}
    </Card>
  );
}

/** A refused write in plain words: the hub's own message, and what to do (load again on CONFLICT, else call). */
export function ChangeFailed({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const conflict = error instanceof GraphQLRequestError && error.code === 'CONFLICT';
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t('mine.change.failed')}
      </Heading>
      {error instanceof GraphQLRequestError && <Paragraph>{pick(error.messages, i18n.language)}</Paragraph>}
      <Paragraph>{t(conflict ? 'mine.change.conflict' : 'mine.change.tryAgain')}</Paragraph>
    </Alert>
  );
}
