import {
  Button,
  ErrorSummary,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Spinner,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ComponentRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  StaffCaseworkDecideDocument,
  StaffCaseworkLetterPreviewDocument,
  type StaffCaseworkDecisionFragment,
  type StaffCaseworkLetterPreviewQuery,
} from '../../../../../src/gql/graphql';
import { pick } from '../../../format';
import { gql, GraphQLRequestError } from '../../../graphql';
import { ConfirmButton, WriteOutcome } from '../../Outcome';
import type { CaseApplication } from './ApplicationPage';
import { Reloaded } from './Conflict';
import { decisionInput, isConflict, type DecideForm as Form } from './logic';

const OUTCOMES = ['GRANTED', 'REJECTED', 'WAITING'] as const;
const FIELDS = ['outcome', 'offerId', 'groupId', 'startDate', 'daysPerWeek', 'hoursPerWeek', 'reason'] as const;
const idOf = (field: string) => `decide-${field}`;

type Letter = StaffCaseworkLetterPreviewQuery['decisionLetterPreview'][number];

/**
 * The decision on an application under assessment: outcome, offer, group, start date, extent, reason. "See the
 * letter" asks the hub for both letters without writing (the same checks as deciding: a field's problem shows at the
 * field and in the summary); only then, and only for what was previewed, the confirm button sends the decision.
 * On CONFLICT the application is read again (`refresh`): its new version makes the preview stale, to be seen again.
 */
export function DecideForm({
  application,
  refresh,
  onDecided,
}: {
  application: CaseApplication;
  refresh(): void;
  onDecided(decision: StaffCaseworkDecisionFragment): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const choices = [...application.choices].sort((a, b) => a.rank - b.rank);
  const [form, setForm] = useState<Form>({
    outcome: 'GRANTED',
    offerId: choices[0]?.offer.id ?? '',
    groupId: '',
    startDate: '',
    daysPerWeek: application.daysPerWeek != null ? String(application.daysPerWeek) : '',
    hoursPerWeek: application.hoursPerWeek != null ? String(application.hoursPerWeek) : '',
    reason: '',
  });
  const input = decisionInput(application.id, application.version, form);
  const inputKey = JSON.stringify(input);
  const refreshOnConflict = (error: Error) => isConflict(error) && refresh();
  const preview = useMutation({
    mutationFn: async (asked: typeof input) => ({
      key: JSON.stringify(asked),
      letters: (await gql(StaffCaseworkLetterPreviewDocument, { input: asked })).decisionLetterPreview,
    }),
    onError: refreshOnConflict,
  });
  const decide = useMutation({
    mutationFn: () => gql(StaffCaseworkDecideDocument, { input }),
    onSuccess: (data) => onDecided(data.decideApplication),
    onError: refreshOnConflict,
  });
  const set = (change: Partial<Form>) => setForm((current) => ({ ...current, ...change }));

  const offer = choices.find((c) => c.offer.id === form.offerId)?.offer;
  const groups = offer?.dayServices?.groups ?? offer?.workCentre?.groups ?? [];
  const error = preview.error ?? decide.error;
  const problems = error instanceof GraphQLRequestError ? error.fields : [];
  const problemOf = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? pick(problem, language) : undefined;
  };
  const fieldItems = problems.filter((p) => (FIELDS as readonly string[]).includes(p.field));
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const summaryKey = fieldItems.map((p) => p.field).join('|');
  useEffect(() => {
    if (summaryKey) summary.current?.focus();
  }, [summaryKey]);
  const previewed = preview.data && preview.data.key === inputKey && !preview.isPending ? preview.data.letters : null;
  const stale = preview.data && preview.data.key !== inputKey;
  const labels: Record<string, string> = {
    outcome: t('casework.decide.outcome'),
    offerId: t('casework.decide.offer'),
    groupId: t('casework.decide.group'),
    startDate: t('casework.decide.startDate'),
    daysPerWeek: t('casework.decide.daysPerWeek'),
    hoursPerWeek: t('casework.decide.hoursPerWeek'),
    reason: t('casework.decide.reason'),
  };

  return (
    <section aria-labelledby="decide-heading" className="stack">
      <Heading level={2} data-size="md" id="decide-heading">
        {t('casework.decide.title')}
      </Heading>
      {fieldItems.length > 0 && (
        <ErrorSummary ref={summary} tabIndex={-1}>
          <ErrorSummary.Heading>{t('casework.decide.errors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {fieldItems.map((p) => (
              <ErrorSummary.Item key={p.field}>
                <ErrorSummary.Link
                  href={`#${idOf(p.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(idOf(p.field))?.focus();
                  }}
                >
                  {labels[p.field]}: {pick(p, language)}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          decide.reset();
          preview.mutate(input);
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('casework.decide.outcome')}</Fieldset.Legend>
          {OUTCOMES.map((outcome, i) => (
            <Radio
              key={outcome}
              id={i === 0 ? idOf('outcome') : undefined}
              name="decide-outcome"
              label={t(`casework.decide.${outcome}`)}
              value={outcome}
              checked={form.outcome === outcome}
              onChange={() => set({ outcome })}
            />
          ))}
        </Fieldset>
        {form.outcome !== 'REJECTED' && (
          <Field>
            <Label htmlFor={idOf('offerId')}>{t('casework.decide.offer')}</Label>
            <Select
              id={idOf('offerId')}
              value={form.offerId}
              aria-invalid={problemOf('offerId') ? true : undefined}
              onChange={(e) => set({ offerId: e.target.value, groupId: '' })}
            >
              {choices.map((c) => (
                <Select.Option key={c.offer.id} value={c.offer.id}>
                  {c.rank}. {pick(c.offer.title, language)} – {c.offer.provider.name}
                </Select.Option>
              ))}
            </Select>
            {problemOf('offerId') && <ValidationMessage>{problemOf('offerId')}</ValidationMessage>}
          </Field>
        )}
        {form.outcome === 'GRANTED' && (
          <>
            {groups.length > 0 && (
              <Field>
                <Label htmlFor={idOf('groupId')}>{t('casework.decide.group')}</Label>
                <Select
                  id={idOf('groupId')}
                  value={form.groupId}
                  aria-invalid={problemOf('groupId') ? true : undefined}
                  onChange={(e) => set({ groupId: e.target.value })}
                >
                  <Select.Option value="">{t('casework.decide.chooseGroup')}</Select.Option>
                  {groups.map((g) => (
                    <Select.Option key={g.id} value={g.id}>
                      {g.name}
                    </Select.Option>
                  ))}
                </Select>
                {problemOf('groupId') && <ValidationMessage>{problemOf('groupId')}</ValidationMessage>}
              </Field>
            )}
            <Textfield
              id={idOf('startDate')}
              inputMode="numeric"
              autoComplete="off"
              label={t('casework.decide.startDate')}
              description={t('casework.decide.startDateHelp')}
              value={form.startDate}
              onChange={(e) => set({ startDate: e.target.value })}
              error={problemOf('startDate')}
            />
            <Textfield
              id={idOf('daysPerWeek')}
              inputMode="numeric"
              label={t('casework.decide.daysPerWeek')}
              value={form.daysPerWeek}
              onChange={(e) => set({ daysPerWeek: e.target.value })}
              error={problemOf('daysPerWeek')}
            />
            <Textfield
              id={idOf('hoursPerWeek')}
              inputMode="decimal"
              label={t('casework.decide.hoursPerWeek')}
              value={form.hoursPerWeek}
              onChange={(e) => set({ hoursPerWeek: e.target.value })}
              error={problemOf('hoursPerWeek')}
            />
          </>
        )}
        <Field>
          <Label htmlFor={idOf('reason')}>{t('casework.decide.reason')}</Label>
          <Paragraph data-size="sm">{t('casework.decide.reasonHelp')}</Paragraph>
          <Textarea
            id={idOf('reason')}
            value={form.reason}
            rows={3}
            aria-invalid={problemOf('reason') ? true : undefined}
            onChange={(e) => set({ reason: e.target.value })}
          />
          {problemOf('reason') && <ValidationMessage>{problemOf('reason')}</ValidationMessage>}
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={preview.isPending} aria-busy={preview.isPending}>
            {preview.isPending ? (
              <>
                <Spinner aria-hidden data-size="xs" /> {t('casework.decide.previewing')}
              </>
            ) : (
              t('casework.decide.preview')
            )}
          </Button>
        </div>
      </form>
      {error && fieldItems.length === 0 && <WriteOutcome error={error} />}
      <Reloaded error={error} />
      {stale && (
        <Paragraph role="status" data-testid="preview-stale">
          {t('casework.decide.previewStale')}
        </Paragraph>
      )}
      {previewed && (
        <section aria-labelledby="preview-heading" className="stack">
          <div role="status">
            <Heading level={3} data-size="sm" id="preview-heading">
              {t('casework.decide.previewTitle')}
            </Heading>
          </div>
          <div className="letters">
            {previewed.map((letter) => (
              <LetterView key={letter.language} letter={letter} />
            ))}
          </div>
          <div>
            <ConfirmButton
              label={t('casework.decide.send')}
              title={t('casework.decide.confirmTitle')}
              confirm={t('casework.decide.confirm')}
              disabled={decide.isPending}
              onConfirm={() => decide.mutate()}
            >
              <Paragraph>{t('casework.decide.confirmText')}</Paragraph>
            </ConfirmButton>
          </div>
        </section>
      )}
      {/* Always there, so a screen reader says the text when it comes: a grant waits for the provider's answer. */}
      <div role="status" data-testid="decide-pending">
        {decide.isPending && (
          <Paragraph>
            <Spinner aria-hidden data-size="xs" />{' '}
            {t(form.outcome === 'GRANTED' ? 'casework.decide.sendingGrant' : 'casework.decide.sending')}
          </Paragraph>
        )}
      </div>
    </section>
  );
}

function LetterView({ letter }: { letter: Letter }) {
  const { t } = useTranslation();
  const lang = letter.language === 'EN' ? 'en' : 'nb';
  return (
    <article
      className="letter"
      lang={lang}
      aria-label={t(lang === 'en' ? 'casework.decide.letterEn' : 'casework.decide.letterNb')}
    >
      <Heading level={4} data-size="xs">
        {letter.title}
      </Heading>
      <Paragraph>{letter.date}</Paragraph>
      <Paragraph>{letter.greeting}</Paragraph>
      {letter.paragraphs.map((text, i) => (
        <Paragraph key={i}>{text}</Paragraph>
      ))}
      <Paragraph>{letter.appeal}</Paragraph>
      <Paragraph className="letter-signature">{letter.signature}</Paragraph>
    </article>
  );
}
