import {
  Alert,
  Button,
  Card,
  ErrorSummary,
  Field,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  WebMyCorrectionsDocument,
  WebRequestCorrectionDocument,
  type CorrectionField,
} from '../../../../src/gql/graphql';
import { useAuth } from '../../auth';
import { formatDate, pick } from '../../format';
import { gql, GraphQLRequestError } from '../../graphql';
import { Loading, RequestFailed } from '../common';

export const CORRECTION_FIELDS: CorrectionField[] = [
  'GIVEN_NAME',
  'FAMILY_NAME',
  'BIRTH_DATE',
  'EMAIL',
  'PHONE',
  'GUARDIANS',
  'APPLICATION',
  'DECISION',
  'PLACEMENT',
  'NAV_RECORD',
  'CAREER_PLAN',
  'OTHER',
];

const text = (max: number) => z.string().trim().max(max, { message: 'corrections.tooLong' });
export const correctionSchema = z.object({
  field: z.enum(CORRECTION_FIELDS as [CorrectionField, ...CorrectionField[]], { message: 'corrections.chooseField' }),
  currentValue: text(500),
  correctValue: text(500).min(1, { message: 'corrections.correctValueMissing' }),
  reason: text(2000).min(1, { message: 'corrections.reasonMissing' }),
});
export type CorrectionForm = z.infer<typeof correctionSchema>;
const INPUTS = ['field', 'currentValue', 'correctValue', 'reason'] as const;

/**
 * "Is something wrong?" on my page (the right to correction): the person (or guardian) asks for a field to be
 * corrected, with a reason, and sees each request with the allocation office's answer.
 */
export function Corrections({
  participantId,
  section,
}: {
  participantId: string;
  section: (body: ReactNode) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { person } = useAuth();
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  const query = useQuery({
    queryKey: ['mine', person?.sub, 'corrections', participantId],
    queryFn: ({ signal }) => gql(WebMyCorrectionsDocument, { participantId }, signal),
  });
  const requests = query.data?.participant?.correctionRequests ?? [];
  return section(
    <>
      <Paragraph>{t('corrections.intro')}</Paragraph>
      {sent && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('corrections.sent')}</Paragraph>
        </Alert>
      )}
      {asking ? (
        <CorrectionEditor
          participantId={participantId}
          done={(ok) => {
            setAsking(false);
            setSent(ok);
          }}
        />
      ) : (
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setSent(false);
              setAsking(true);
            }}
          >
            {t('corrections.ask')}
          </Button>
        </div>
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : requests.length > 0 ? (
        <ul className="plain stack" aria-label={t('corrections.listLabel')}>
          {requests.map((request) => (
            <li key={request.id}>
              <Card data-color="neutral">
                <Paragraph>
                  <strong>{t(`corrections.fields.${request.field}`)}</strong>{' '}
                  <Tag
                    data-color={
                      request.status === 'REFUSED' ? 'danger' : request.status === 'ACCEPTED' ? 'success' : 'info'
                    }
                  >
                    {t(`corrections.status.${request.status}`)}
                  </Tag>
                </Paragraph>
                <Paragraph>{t('corrections.shouldSay', { value: request.correctValue })}</Paragraph>
                <Paragraph data-size="sm">
                  {t('corrections.askedOn', { date: formatDate(request.createdAt.slice(0, 10), i18n.language) })}
                </Paragraph>
                {request.answer && <Paragraph>{t('corrections.answer', { answer: request.answer })}</Paragraph>}
              </Card>
            </li>
          ))}
        </ul>
      ) : null}
    </>,
  );
}

function CorrectionEditor({ participantId, done }: { participantId: string; done: (sent: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const { person } = useAuth();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | undefined>();
  const form = useForm<CorrectionForm>({
    resolver: zodResolver(correctionSchema),
    defaultValues: { field: undefined, currentValue: '', correctValue: '', reason: '' },
    shouldFocusError: false,
  });
  const send = useMutation({
    mutationFn: (values: CorrectionForm) =>
      gql(WebRequestCorrectionDocument, {
        input: {
          participantId,
          field: values.field,
          currentValue: values.currentValue.trim() || null,
          correctValue: values.correctValue.trim(),
          reason: values.reason.trim(),
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['mine', person?.sub, 'corrections', participantId] });
      done(true);
    },
    onError: (error) => {
      if (error instanceof GraphQLRequestError) {
        for (const field of error.fields) {
          if ((INPUTS as readonly string[]).includes(field.field)) {
            form.setError(field.field as (typeof INPUTS)[number], { message: pick(field, i18n.language) });
          }
        }
        setProblem(pick(error.messages, i18n.language));
        return;
      }
      setProblem(String(error));
    },
  });
  const errors = form.formState.errors;
  const message = (field: (typeof INPUTS)[number]) => {
    const value = errors[field]?.message;
    return value?.startsWith('corrections.') ? t(value) : value;
  };
  const listed = INPUTS.filter((field) => errors[field]?.message);
  return (
    <form
      noValidate
      className="mine-form"
      // Designsystemet's ErrorSummary takes focus when it appears, so a screen reader hears what to fix first.
      onSubmit={form.handleSubmit((values) => send.mutate(values))}
    >
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      {listed.length > 0 && (
        <ErrorSummary id="correction-errors" tabIndex={-1}>
          <ErrorSummary.Heading>{t('corrections.errors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map((field) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link href={`#correction-${field}`}>{message(field)}</ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <Field>
        <Label htmlFor="correction-field">{t('corrections.field')}</Label>
        <Select id="correction-field" aria-invalid={Boolean(errors.field)} {...form.register('field')}>
          <Select.Option value="">{t('corrections.chooseOne')}</Select.Option>
          {CORRECTION_FIELDS.map((field) => (
            <Select.Option key={field} value={field}>
              {t(`corrections.fields.${field}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.field && <ValidationMessage>{message('field')}</ValidationMessage>}
      </Field>
      <Textfield
        id="correction-currentValue"
        label={t('corrections.currentValue')}
        description={t('corrections.optional')}
        error={message('currentValue')}
        {...form.register('currentValue')}
      />
      <Textfield
        id="correction-correctValue"
        label={t('corrections.correctValue')}
        error={message('correctValue')}
        {...form.register('correctValue')}
      />
      <Textfield
        id="correction-reason"
        multiline
        rows={3}
        label={t('corrections.reason')}
        error={message('reason')}
        {...form.register('reason')}
      />
      <div className="row">
        <Button type="submit" disabled={send.isPending}>
          {t('corrections.send')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => done(false)}>
          {t('corrections.cancel')}
        </Button>
      </div>
    </form>
  );
}
