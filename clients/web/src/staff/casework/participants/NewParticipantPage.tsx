import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { StaffPeopleRegisterParticipantDocument } from '../../../../../src/gql/graphql';
import { pick } from '../../../format';
import { gql, GraphQLRequestError } from '../../../graphql';
import { StepErrors, type SummaryItem } from '../../../pages/apply/parts';
import { useTitle } from '../../../pages/common';
import { WriteOutcome } from '../../Outcome';
import { fieldId, REGISTER_FIELDS, registerSchema, type RegisterField, type RegisterValues } from './logic';

const id = (field: string) => fieldId('register', field);

/**
 * Registering a participant (/saksbehandling/deltakere/ny): a form with each error beside its field and in an
 * error summary that gets focus; the server's own field problems go the same way. Then the new participant's page.
 */
export function NewParticipantPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('people.register.title'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { givenName: '', familyName: '', nationalIdentityNumber: '', email: '', phone: '' },
    shouldFocusError: false,
  });
  const [clientItems, setClientItems] = useState<SummaryItem[]>([]);
  const register = useMutation({
    mutationFn: (values: RegisterValues) =>
      gql(StaffPeopleRegisterParticipantDocument, {
        input: {
          givenName: values.givenName.trim(),
          familyName: values.familyName.trim(),
          nationalIdentityNumber: values.nationalIdentityNumber.replace(/\s/g, ''),
          email: values.email.trim() || null,
          phone: values.phone.trim() || null,
        },
      }),
    onSuccess: ({ registerParticipant }) => {
      void client.invalidateQueries({ queryKey: ['staff', 'people', 'participants'] });
      void navigate(`/saksbehandling/deltakere/${encodeURIComponent(registerParticipant.id)}`);
    },
  });
  const labelOf = (field: string) =>
    field === 'nationalIdentityNumber' ? t('people.register.identityNumber') : t(`people.person.${field}`);
  const serverProblems =
    register.error instanceof GraphQLRequestError
      ? register.error.fields.filter((problem) => (REGISTER_FIELDS as readonly string[]).includes(problem.field))
      : [];
  const serverItems: SummaryItem[] = serverProblems.map((problem) => ({
    id: id(problem.field),
    text: `${labelOf(problem.field)}: ${pick(problem, i18n.language)}`,
  }));
  const onInvalid = (errors: FieldErrors<RegisterValues>) =>
    setClientItems(
      REGISTER_FIELDS.filter((field) => errors[field]?.message).map((field) => ({
        id: id(field),
        text: `${labelOf(field)} ${t(`people.error.${errors[field]!.message}`)}`,
      })),
    );
  const errorOf = (field: RegisterField) => {
    const message = form.formState.errors[field]?.message;
    if (message) return `${labelOf(field)} ${t(`people.error.${message}`)}`;
    const problem = serverProblems.find((candidate) => candidate.field === field);
    return problem ? pick(problem, i18n.language) : undefined;
  };
  // A refusal that is not about one field (CONFLICT: already registered; FORBIDDEN, …): said with its advice.
  const otherError = register.error && serverProblems.length === 0 ? register.error : undefined;

  return (
    <div className="stack">
      <Paragraph>
        <Link asChild>
          <RouterLink to="/saksbehandling/deltakere">{t('people.register.back')}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('people.register.title')}
      </Heading>
      <Paragraph>{t('people.register.intro')}</Paragraph>
      <form
        className="stack"
        style={{ maxWidth: '40rem' }}
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit((values) => {
            setClientItems([]);
            register.mutate(values);
          }, onInvalid)(event)
        }
      >
        <StepErrors items={[...clientItems, ...serverItems]} />
        <Textfield
          id={id('givenName')}
          label={t('people.person.givenName')}
          autoComplete="off"
          error={errorOf('givenName')}
          {...form.register('givenName')}
        />
        <Textfield
          id={id('familyName')}
          label={t('people.person.familyName')}
          autoComplete="off"
          error={errorOf('familyName')}
          {...form.register('familyName')}
        />
        <Textfield
          id={id('nationalIdentityNumber')}
          label={t('people.register.identityNumber')}
          description={t('people.register.identityHint')}
          inputMode="numeric"
          autoComplete="off"
          error={errorOf('nationalIdentityNumber')}
          {...form.register('nationalIdentityNumber')}
        />
        <Textfield
          id={id('email')}
          label={t('people.person.email')}
          type="email"
          autoComplete="off"
          error={errorOf('email')}
          {...form.register('email')}
        />
        <Textfield
          id={id('phone')}
          label={t('people.person.phone')}
          description={t('people.person.phoneHint')}
          type="tel"
          autoComplete="off"
          error={errorOf('phone')}
          {...form.register('phone')}
        />
        <div className="row">
          <Button type="submit" aria-disabled={register.isPending || undefined} loading={register.isPending}>
            {register.isPending ? t('people.register.saving') : t('people.register.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        <WriteOutcome error={otherError} />
      </div>
    </div>
  );
}
