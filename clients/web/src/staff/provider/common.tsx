import { ErrorSummary, Field, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { GraphQLRequestError } from '../../graphql';
import { pick } from '../../format';
import { providerKind, type ProviderKind } from './logic';

/** The signed-in person's provider: its id (the token's `providerId`) and which subgraph keeps its detail. */
export function useProvider(): { providerId: string; kind: ProviderKind } | null {
  const { person } = useAuth();
  const kind = providerKind(person?.providerId);
  return person?.providerId && kind ? { providerId: person.providerId, kind } : null;
}

/** Said in place of a page when the token names no provider the workspace knows. */
export function UnknownProvider() {
  const { t } = useTranslation();
  return <Paragraph>{t('provider.unknownProvider')}</Paragraph>;
}

/** "3 dager i uka" or "22,5 timer i uka"; a dash when the provider's detail says neither. */
export function useExtent() {
  const { t, i18n } = useTranslation();
  return (extent: { daysPerWeek?: number | null; hoursPerWeek?: number | null }) => {
    if (extent.daysPerWeek != null) return t('provider.extent.days', { count: extent.daysPerWeek });
    if (extent.hoursPerWeek != null)
      return t('provider.extent.hours', {
        hours: extent.hoursPerWeek.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO'),
      });
    return t('provider.none');
  };
}

/** A form's problems: each field's own (from the form's checks, or the graph's BAD_USER_INPUT for that field). */
export type Problems = Record<string, string | undefined>;

/** The graph's field problems of a refused write, by input field, in the person's language. */
export function serverProblems(error: unknown, language: string): Problems {
  if (!(error instanceof GraphQLRequestError)) return {};
  return Object.fromEntries(error.fields.map((field) => [field.field, pick(field, language)]));
}

/**
 * The summary of a form's problems, above the form, focused when they change, each linking to its field (by id
 * `${prefix}-${field}`); nothing when there are none.
 */
export function FormErrors({ problems, prefix }: { problems: Problems; prefix: string }) {
  const { t } = useTranslation();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const items = Object.entries(problems).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const key = items.map(([field, text]) => field + text).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (items.length === 0) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{t('provider.errorsTitle')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map(([field, text]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link
              href={`#${prefix}-${field}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(`${prefix}-${field}`)?.focus();
              }}
            >
              {text}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}

/** A labelled select with its error under it. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  children: ReactNode;
}) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={Boolean(error)}>
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
