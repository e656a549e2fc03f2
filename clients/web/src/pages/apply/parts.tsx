// Pieces the application's steps share: the error summary, the step heading and indicator, the navigation buttons,
// and turning react-hook-form's errors and the server's field problems into one list.
import { Alert, Button, ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef, type ReactNode } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { pick } from '../../format';
import { GraphQLRequestError } from '../../graphql';
import { fieldId, mapServerFields, STEPS, type MappedProblem, type Step } from './rules';

/** One line of the error summary: the text, and the input it links to (in this step, or another step's page). */
export interface SummaryItem {
  id: string;
  text: string;
  /** Set when the field is on another step: the link opens that step. */
  href?: string;
}

/** react-hook-form's errors as summary items, in the form's order; messages are keys under `apply.error`. */
export function flattenErrors(
  errors: FieldErrors,
  translate: (key: string) => string,
  labelOf: (field: string) => string,
  prefix = '',
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (key === 'root' || key === 'ref') continue;
    const error = value as { message?: unknown; type?: unknown; root?: { message?: string } };
    if (typeof error.message === 'string') {
      items.push({ id: fieldId(path), text: `${labelOf(path)}: ${translate(error.message)}` });
    } else if (error.root?.message) {
      items.push({ id: fieldId(path), text: `${labelOf(path)}: ${translate(error.root.message)}` });
    }
    if (typeof value === 'object' && !('type' in value && 'message' in value))
      items.push(...flattenErrors(value as FieldErrors, translate, labelOf, path));
  }
  return items;
}

/** The error summary at the top of a step: focused whenever its list changes, each item a link to its field. */
export function StepErrors({ items }: { items: SummaryItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const key = items.map((item) => item.id + item.text).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (items.length === 0) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1} className="apply-errors">
      <ErrorSummary.Heading>{t('apply.errors.title')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={item.id + item.text}>
            <ErrorSummary.Link
              href={item.href ?? `#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                if (item.href) {
                  void navigate(item.href);
                  return;
                }
                const target = document.getElementById(item.id);
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {item.text}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** "Steg 2 av 5: Velg tilbud" as the page's h1, focused when the step changes; and the list of steps. */
export function StepHeading({ step }: { step: Step }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [step]);
  const steps = Array.from({ length: STEPS }, (_, i) => (i + 1) as Step);
  return (
    <>
      <Heading level={1} data-size="lg" ref={ref} tabIndex={-1}>
        {t('apply.stepHeading', { step, steps: STEPS, name: t(`apply.step.${step}`) })}
      </Heading>
      <nav aria-label={t('apply.steps')}>
        <ol className="apply-steps">
          {steps.map((n) => (
            <li key={n} aria-current={n === step ? 'step' : undefined} className={n < step ? 'done' : undefined}>
              {t(`apply.step.${n}`)}
              {n === step && <span className="apply-sr"> ({t('apply.stepCurrent')})</span>}
              {n < step && <span className="apply-sr"> ({t('apply.stepDone')})</span>}
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}

/** Back and Next; Next submits the step's form. */
export function StepButtons({ onBack, busy, next }: { onBack?: () => void; busy: boolean; next?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="apply-buttons">
      {onBack && (
        <Button type="button" variant="secondary" onClick={onBack}>
          {t('apply.back')}
        </Button>
      )}
      <Button type="submit" aria-disabled={busy || undefined} loading={busy}>
        {busy ? t('apply.saving') : (next ?? t('apply.next'))}
      </Button>
    </div>
  );
}

/** What a failed write means for the person: field problems, a conflict, or a message. */
export interface WriteFailure {
  problems: MappedProblem[];
  conflict: boolean;
  message?: GraphQLRequestError | Error;
}

export function failureOf(error: unknown): WriteFailure {
  if (error instanceof GraphQLRequestError) {
    if (error.code === 'CONFLICT') return { problems: [], conflict: true };
    if (error.code === 'BAD_USER_INPUT' && error.fields.length > 0)
      return { problems: mapServerFields(error.fields), conflict: false };
    return { problems: [], conflict: false, message: error };
  }
  return { problems: [], conflict: false, message: error instanceof Error ? error : new Error(String(error)) };
}

/** Server field problems as summary items: those of this step link to the field, the others to their step. */
export function serverItems(
  problems: MappedProblem[],
  step: Step,
  language: string,
  labelOf: (field: string) => string,
  hrefOf: (step: Step) => string,
): SummaryItem[] {
  return problems.map((problem) => ({
    id: problem.id,
    text: `${labelOf(problem.field)}: ${pick(problem, language)}`,
    href: problem.step === step ? undefined : hrefOf(problem.step),
  }));
}

/** A CONFLICT: someone or something changed the application since; the person reloads it. */
export function ConflictNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert data-color="warning" ref={ref} tabIndex={-1} className="apply-conflict">
      <Heading level={2} data-size="xs">
        {t('apply.conflict.title')}
      </Heading>
      <Paragraph>{t('apply.conflict.body')}</Paragraph>
      <Button variant="secondary" onClick={onReload}>
        {t('apply.conflict.reload')}
      </Button>
    </Alert>
  );
}

/** A refusal that is not about a field (e.g. APPLICATION_DEADLINE_PASSED): its message, in the chosen language. */
export function WriteRefused({ error }: { error: Error }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);
  const text = error instanceof GraphQLRequestError ? pick(error.messages, i18n.language) : error.message;
  return (
    <Alert data-color="danger" ref={ref} tabIndex={-1}>
      <Heading level={2} data-size="xs">
        {t('error.title')}
      </Heading>
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}
