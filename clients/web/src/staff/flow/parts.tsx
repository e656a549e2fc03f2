// Pieces the flow workspace's pages share: labels of the graph's values, and the table of a transition's steps.
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { StaffFlowStepFragment, StaffFlowUnderWayFragment } from '../../../../src/gql/graphql';
import { formatDate, pick } from '../../format';
import { DataTable, type Column } from '../DataTable';
import { changedDecision, refusalKey, stepState, waitingSteps } from './logic';

/** A transition's status as a tag: final and good ones green, stalled or refused ones in warning colours. */
export function StatusTag({ status, stalled }: { status: string; stalled?: boolean }) {
  const { t } = useTranslation();
  const color = stalled
    ? 'danger'
    : status === 'COMPLETED' || status === 'AGREED'
      ? 'success'
      : status === 'REJECTED' || status === 'WITHDRAWN' || status === 'REVERTED'
        ? 'neutral'
        : 'info';
  return (
    <Tag data-color={color}>
      {t(`flow.status.${status}`)}
      {stalled ? ` – ${t('flow.stalled.tag')}` : ''}
    </Tag>
  );
}

/** "15 hours a week" or "3 days a week", or nothing. */
export function extentText(step: { daysPerWeek?: number | null; hoursPerWeek?: number | null }, t: TFunction): string {
  if (step.daysPerWeek != null) return t('flow.extent.days', { count: step.daysPerWeek });
  if (step.hoursPerWeek != null) return t('flow.extent.hours', { count: step.hoursPerWeek });
  return '';
}

/** The steps of a transition as a table: what each asks of which provider, and the provider's answer. */
export function StepsTable({
  caption,
  steps,
  action,
}: {
  caption: string;
  steps: StaffFlowStepFragment[];
  action?: (step: StaffFlowStepFragment) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const date = (value?: string | null) => (value ? formatDate(value, i18n.language) : '');
  const columns: Column<StaffFlowStepFragment>[] = [
    { key: 'kind', header: t('flow.steps.kind'), cell: (step) => t(`flow.stepKind.${step.kind}`) },
    {
      key: 'offer',
      header: t('flow.steps.offer'),
      cell: (step) =>
        step.offer ? `${pick(step.offer.title, i18n.language)} (${step.offer.provider.shortName})` : '–',
    },
    { key: 'extent', header: t('flow.steps.extent'), cell: (step) => extentText(step, t) || '–' },
    {
      key: 'date',
      header: t('flow.steps.date'),
      cell: (step) =>
        step.kind === 'START'
          ? t('flow.steps.from', { date: date(step.startDate) })
          : step.endDate
            ? t('flow.steps.lastDay', { date: date(step.endDate) })
            : t('flow.steps.openEnded'),
    },
    {
      key: 'free',
      header: t('flow.steps.free'),
      numeric: true,
      cell: (step) => (step.kind === 'START' ? (step.offer?.capacity.free ?? t('flow.steps.noLimit')) : '–'),
    },
    {
      key: 'answer',
      header: t('flow.steps.answer'),
      cell: (step) => (
        <>
          <span>{t(`flow.stepOutcome.${step.outcome}`)}</span>
          {step.refusal && <RefusalText refusal={step.refusal} />}
          {!step.refusal && step.message && stepState(step) !== 'done' && (
            <Paragraph data-size="sm">{step.message}</Paragraph>
          )}
        </>
      ),
    },
    {
      key: 'seen',
      header: t('flow.steps.seen'),
      cell: (step) => (step.seenInHub ? t('flow.yes') : t('flow.notYet')),
    },
    ...(action ? [{ key: 'action', header: t('flow.steps.action'), cell: action }] : []),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={steps}
      rowKey={(step) => step.id}
      empty={t('flow.steps.none')}
    />
  );
}

/** What a provider's refusal means and what to do, in the person's language (the provider's message is one). */
function RefusalText({ refusal }: { refusal: NonNullable<StaffFlowStepFragment['refusal']> }) {
  const { t } = useTranslation();
  const key = refusalKey(refusal);
  return (
    <>
      <Paragraph data-size="sm">{t(`flow.refusal.${key}.what`, { message: refusal.message })}</Paragraph>
      <Paragraph data-size="sm">{t(`flow.refusal.${key}.todo`)}</Paragraph>
    </>
  );
}

/** The steps the hub waits to see, in words: which provider is to end or start which place. */
export function WaitingFor({ waitingFor, steps }: { waitingFor: string[]; steps: StaffFlowStepFragment[] }) {
  const { t, i18n } = useTranslation();
  if (waitingFor.length === 0) return null;
  return (
    <ul>
      {waitingSteps(waitingFor, steps).map(({ kind, step }, index) => (
        <li key={index}>
          {['END', 'START', 'UNDO_END'].includes(kind)
            ? t(`flow.waiting.${kind}`, {
                provider: step?.offer?.provider.shortName ?? t('flow.waiting.someProvider'),
                offer: step?.offer ? pick(step.offer.title, i18n.language) : t('flow.waiting.someOffer'),
              })
            : t('flow.waiting.unknown')}
        </li>
      ))}
    </ul>
  );
}

/** What a changed decision says: which places end (last day), which start (first day, extent), and from when. */
export function ChangedDecision({
  decision,
  steps,
  headingLevel,
}: {
  decision: { startDate?: string | null };
  steps: StaffFlowStepFragment[];
  headingLevel: 2 | 4;
}) {
  const { t, i18n } = useTranslation();
  const { ends, starts, from } = changedDecision(decision, steps);
  const date = (value: string) => formatDate(value, i18n.language);
  const place = (step: StaffFlowStepFragment) => ({
    offer: step.offer ? pick(step.offer.title, i18n.language) : t('flow.waiting.someOffer'),
    provider: step.offer?.provider.shortName ?? t('flow.waiting.someProvider'),
  });
  return (
    <div className="stack">
      <Heading level={headingLevel} data-size="xs">
        {t('flow.decision.heading')}
      </Heading>
      <ul>
        {ends.map((step) => (
          <li key={step.id}>
            {step.endDate
              ? t('flow.decision.ends', { ...place(step), date: date(step.endDate) })
              : t('flow.decision.endsOpen', place(step))}
          </li>
        ))}
        {starts.map((step) => {
          const extent = extentText(step, t);
          return (
            <li key={step.id}>
              {t('flow.decision.starts', {
                ...place(step),
                date: step.startDate ? date(step.startDate) : '',
                extent: extent ? `, ${extent}` : '',
              })}
            </li>
          );
        })}
      </ul>
      {from && <Paragraph>{t('flow.decision.from', { date: date(from) })}</Paragraph>}
    </div>
  );
}

/**
 * The transitions under way at the providers, the stalled ones first and marked (a provider said no or did not
 * answer), each a link to its page. `others`: beside one transition, "the other ones".
 */
export function UnderWay({ transitions, others }: { transitions: StaffFlowUnderWayFragment[]; others?: boolean }) {
  const { t } = useTranslation();
  const sorted = [...transitions].sort((a, b) => Number(b.stalled) - Number(a.stalled));
  const stalled = transitions.filter((transition) => transition.stalled).length;
  const id = others ? 'flow-under-way-others' : 'flow-under-way';
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {others ? t('flow.underWay.others') : t('flow.underWay.heading')}
      </Heading>
      {transitions.length === 0 ? (
        <Paragraph>{t('flow.underWay.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('flow.underWay.summary', { count: transitions.length, stalled })}</Paragraph>
          <ul>
            {sorted.map((transition) => (
              <li key={transition.id}>
                <Link asChild>
                  <RouterLink to={`/flytmote/overganger/${transition.id}`}>
                    {transition.participant.fullName}
                  </RouterLink>
                </Link>{' '}
                <StatusTag status={transition.status} stalled={transition.stalled} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
