// The application in five short steps (/sok?utkast=<id>&steg=<n>; /sok?tilbud=<offer id> from the offer page):
// who applies, the offers, about you, experience, check and send; then the receipt. The draft is made at the end of
// step 2 and saved on the server when leaving each later step.
import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useNavigate, useSearchParams } from 'react-router';
import {
  WebApplicationDraftDocument,
  WebApplicationFormDocument,
  WebApplyMeDocument,
  WebApplyOffersDocument,
  WebCreateApplicationDocument,
  WebRegisterMyselfDocument,
  WebRegisterWardDocument,
  WebSubmitApplicationDocument,
  WebUpdateApplicationDraftDocument,
  type OfferKind,
  type WebApplicationDraftFragment,
  type WebApplyMeQuery,
} from '../../../../src/gql/graphql';
import { useAuth } from '../../auth';
import { formatDate, pick } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../common';
import {
  ConflictNotice,
  failureOf,
  flattenErrors,
  serverItems,
  StepButtons,
  StepErrors,
  StepHeading,
  WriteRefused,
  type SummaryItem,
  type WriteFailure,
} from './parts';
import {
  ABOUT_FIELDS,
  aboutSchema,
  allowedStep,
  answersInput,
  EXPERIENCE_FIELDS,
  experienceSchema,
  fieldId,
  offersSchema,
  readStep,
  registerSchema,
  RELATIONS,
  stepSearch,
  todayInOslo,
  unionOfForms,
  valuesOfDraft,
  wardSchema,
  type AboutValues,
  type ExperienceField,
  type ExperienceValues,
  type OffersValues,
  type RegisterValues,
  type Step,
  type WardValues,
} from './rules';

type Draft = WebApplicationDraftFragment;

/** Who the application is for, chosen in step 1 (before there is a draft). */
interface Applicant {
  participantId: string;
  /** A guardian's own name: the application is then submitted on behalf. */
  onBehalfOf?: string;
  /** The young person's name as the guardian gave it. */
  wardName?: string;
}

/** Whom the application is for, as the page may show it: never an identity number, at most a birth date. */
interface Shown {
  name?: string;
  birthDate?: string;
}

export function ApplyPage() {
  const { t } = useTranslation();
  const { person } = useAuth();
  const sub = person?.sub ?? '';
  const guardian = person?.roles.includes('guardian') ?? false;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draftId = params.get('utkast') ?? undefined;
  const offerId = params.get('tilbud');
  const wanted = readStep(params.get('steg'));
  const [chosen, setChosen] = useState<Applicant>();
  const [conflict, setConflict] = useState(false);
  useTitle(t('apply.title'));

  const me = useQuery({ queryKey: ['apply-me', sub], queryFn: ({ signal }) => gql(WebApplyMeDocument, {}, signal) });
  const draftKey = ['application', sub, draftId];
  const draftQuery = useQuery({
    queryKey: draftKey,
    queryFn: ({ signal }) => gql(WebApplicationDraftDocument, { id: draftId! }, signal),
    enabled: !!draftId,
  });
  const draft = draftQuery.data?.application ?? undefined;
  const ownParticipant = guardian ? undefined : me.data?.me.participant?.id;
  const applicant: Applicant | undefined = chosen ?? (ownParticipant ? { participantId: ownParticipant } : undefined);
  // The draft does not name its applicant (a guardian before confirmation may not read the young person): `me` does.
  const own = me.data?.me.participant;
  const onlyWard = me.data?.me.guardianships.length === 1 ? me.data.me.guardianships[0].wardName : undefined;
  const shown: Shown = guardian
    ? { name: chosen?.wardName ?? onlyWard }
    : { name: own ? `${own.givenName} ${own.familyName}` : undefined, birthDate: own?.birthDate };

  if (me.isPending || (draftId && draftQuery.isPending)) return <Loading />;
  if (me.isError) return <RequestFailed error={me.error} retry={() => void me.refetch()} />;
  if (draftQuery.isError) return <RequestFailed error={draftQuery.error} retry={() => void draftQuery.refetch()} />;
  if (draftId && !draft) return <RequestFailed error={new Error(t('apply.title'))} />;

  const step = allowedStep(wanted, {
    applicant: !!applicant,
    draft: !!draft,
    submitted: !!draft && draft.status !== 'DRAFT',
  });
  if (step === null) return <Receipt draft={draft!} />;
  if (step !== wanted) return <Navigate replace to={stepSearch(step, draft?.id, offerId)} />;

  const go = (next: Step, id = draft?.id) => {
    setConflict(false);
    void navigate(stepSearch(next, id, offerId));
  };
  /** Stores the draft as the server returned it, so the next write sends its version. */
  const saved = (next: Draft) => queryClient.setQueryData(['application', sub, next.id], { application: next });
  const context: StepContext = {
    draft,
    go,
    saved,
    onConflict: () => setConflict(true),
  };
  // The notice goes once the latest version is here, not before: a "Next" pressed in between would send the old
  // version and meet the same conflict again (the browser suite did, on a loaded machine).
  const reload = () => {
    void draftQuery.refetch().then((result) => {
      if (!result.isError) setConflict(false);
    });
  };

  return (
    <div className="stack">
      <StepHeading step={step} />
      {conflict && <ConflictNotice onReload={reload} />}
      {step === 1 && (
        <StepWho
          me={me.data.me}
          guardian={guardian}
          draft={draft}
          shown={shown}
          onChosen={(next) => {
            setChosen(next);
            if (next.participantId !== me.data.me.participant?.id) void me.refetch();
            go(2);
          }}
        />
      )}
      {step === 2 && <StepOffers {...context} applicant={applicant} preselected={offerId} />}
      {step === 3 && draft && <StepAbout {...context} draft={draft} key={`about-${draft.id}-${draft.version}`} />}
      {step === 4 && draft && (
        <StepExperience {...context} draft={draft} key={`experience-${draft.id}-${draft.version}`} />
      )}
      {step === 5 && draft && <StepSummary {...context} draft={draft} guardian={guardian} shown={shown} />}
    </div>
  );
}

interface StepContext {
  draft?: Draft;
  go(step: Step, draftId?: string): void;
  saved(draft: Draft): void;
  onConflict(): void;
}

/** A write's outcome for the step: the summary's items from the server, or a message. */
function useWrite(step: Step, labelOf: (field: string) => string, onConflict: () => void, draftId?: string) {
  const { i18n } = useTranslation();
  const [failure, setFailure] = useState<WriteFailure>();
  const [busy, setBusy] = useState(false);
  const run = async (body: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await body();
    } catch (error) {
      const next = failureOf(error);
      if (next.conflict) onConflict();
      setFailure(next);
    } finally {
      setBusy(false);
    }
  };
  const items = serverItems(failure?.problems ?? [], step, i18n.language, labelOf, (other) =>
    stepSearch(other, draftId),
  );
  const serverError = (field: string) =>
    failure?.problems.find((problem) => problem.field === field && problem.step === step);
  return { run, busy, items, refused: failure?.message, serverError, clear: () => setFailure(undefined) };
}

/** The questions of the chosen offers' kinds (`applicationForm(kind)` for each), their union. */
function useAsked(kinds: OfferKind[]) {
  const sorted = [...new Set(kinds)].sort();
  const forms = useQueries({
    queries: sorted.map((kind) => ({
      queryKey: ['application-form', kind],
      queryFn: ({ signal }: { signal: AbortSignal }) => gql(WebApplicationFormDocument, { kind }, signal),
      staleTime: Infinity,
    })),
  });
  const pending = forms.some((form) => form.isPending);
  const error = forms.find((form) => form.isError)?.error;
  const asked = useMemo(
    () => unionOfForms(forms.flatMap((form) => (form.data ? [form.data.applicationForm] : []))),
    [forms.map((form) => form.dataUpdatedAt).join()],
  );
  return { asked, pending, error };
}

const kindsOf = (draft: Draft) => draft.choices.map((choice) => choice.offer.kind);

/**
 * Saves one step's answers into the draft, with every other answer it has (those no longer asked as null), and goes
 * on to the next step. Refusals land in `write` for the step's ErrorSummary.
 */
function saveAnswers(
  write: ReturnType<typeof useWrite>,
  {
    draft,
    asked,
    answers,
  }: { draft: Draft; asked: ReturnType<typeof useAsked>['asked']; answers: Partial<AboutValues & ExperienceValues> },
  { saved, go }: Pick<StepContext, 'saved' | 'go'>,
  next: Step,
) {
  void write.run(async () => {
    const { updateApplicationDraft } = await gql(WebUpdateApplicationDraftDocument, {
      input: {
        applicationId: draft.id,
        expectedVersion: draft.version,
        ...answersInput({ ...valuesOfDraft(draft), ...answers }, asked),
      },
    });
    saved(updateApplicationDraft);
    go(next);
  });
}

// ---- Step 1 -------------------------------------------------------------------------------------------------------

function StepWho({
  me,
  guardian,
  draft,
  shown,
  onChosen,
}: {
  me: WebApplyMeQuery['me'];
  guardian: boolean;
  draft?: Draft;
  shown: Shown;
  onChosen(applicant: Applicant): void;
}) {
  const { t, i18n } = useTranslation();
  if (draft) {
    // Who applies is not changed once the draft is made; step 2 needs nothing more from here.
    return (
      <form
        className="apply-form"
        onSubmit={(event) => {
          event.preventDefault();
          onChosen({ participantId: '', onBehalfOf: draft.submittedByName ?? undefined, wardName: shown.name });
        }}
      >
        <Paragraph>
          {shown.name && t('apply.who.selfName', { name: shown.name })}
          {shown.birthDate && (
            <>
              <br />
              {t('apply.who.birthDate', { date: formatDate(shown.birthDate, i18n.language) })}
            </>
          )}
        </Paragraph>
        {draft.submittedByName && <Paragraph>{t('apply.who.onBehalf', { name: draft.submittedByName })}</Paragraph>}
        <StepButtons busy={false} />
      </form>
    );
  }
  if (guardian) return <WardForm me={me} onChosen={onChosen} />;
  if (me.participant) {
    const { participant } = me;
    return (
      <form
        className="apply-form"
        onSubmit={(event) => {
          event.preventDefault();
          onChosen({ participantId: participant.id });
        }}
      >
        <Paragraph>{t('apply.who.self')}</Paragraph>
        <Paragraph>
          {t('apply.who.selfName', { name: `${participant.givenName} ${participant.familyName}` })}
          <br />
          {t('apply.who.birthDate', { date: formatDate(participant.birthDate, i18n.language) })}
        </Paragraph>
        <Paragraph>{t('apply.draftNote')}</Paragraph>
        <StepButtons busy={false} />
      </form>
    );
  }
  return <RegisterForm birthDate={me.birthDate ?? undefined} onChosen={onChosen} />;
}

function useLabels(prefix: string, extra: Record<string, string> = {}) {
  const { t } = useTranslation();
  return (field: string) => extra[field] ?? t(`${prefix}.${field.split('.').pop()}`);
}

function RegisterForm({ birthDate, onChosen }: { birthDate?: string; onChosen(applicant: Applicant): void }) {
  const { t, i18n } = useTranslation();
  const form = useForm<RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: { givenName: '', familyName: '', email: '', phone: '' },
    shouldFocusError: false,
  });
  const labelOf = useLabels('apply.who');
  const write = useWrite(1, labelOf, () => undefined);
  const [clientItems, setClientItems] = useState<SummaryItem[]>([]);
  const translate = (key: string) => t(`apply.error.${key}`);
  const onInvalid = (errors: FieldErrors) => setClientItems(flattenErrors(errors, translate, labelOf));
  const onValid = (values: RegisterValues) => {
    setClientItems([]);
    void write.run(async () => {
      const input = {
        givenName: values.givenName.trim(),
        familyName: values.familyName.trim(),
        email: values.email.trim() || null,
        phone: values.phone.trim() || null,
      };
      const { registerMyself } = await gql(WebRegisterMyselfDocument, { input });
      onChosen({ participantId: registerMyself.id });
    });
  };
  const errorOf = (field: keyof RegisterValues) => {
    const message = form.formState.errors[field]?.message;
    if (message) return translate(message);
    const server = write.serverError(field);
    return server ? pick(server, i18n.language) : undefined;
  };
  return (
    <form className="apply-form" noValidate onSubmit={(event) => void form.handleSubmit(onValid, onInvalid)(event)}>
      <StepErrors items={[...clientItems, ...write.items]} />
      {write.refused && <WriteRefused error={write.refused} />}
      <Paragraph>{t('apply.who.register')}</Paragraph>
      {birthDate && <Paragraph>{t('apply.who.birthDate', { date: formatDate(birthDate, i18n.language) })}</Paragraph>}
      <Textfield
        id={fieldId('givenName')}
        label={t('apply.who.givenName')}
        autoComplete="given-name"
        error={errorOf('givenName')}
        {...form.register('givenName')}
      />
      <Textfield
        id={fieldId('familyName')}
        label={t('apply.who.familyName')}
        autoComplete="family-name"
        error={errorOf('familyName')}
        {...form.register('familyName')}
      />
      <Textfield
        id={fieldId('email')}
        label={t('apply.who.email')}
        type="email"
        autoComplete="email"
        error={errorOf('email')}
        {...form.register('email')}
      />
      <Textfield
        id={fieldId('phone')}
        label={t('apply.who.phone')}
        description={t('apply.who.phoneHint')}
        type="tel"
        autoComplete="tel"
        error={errorOf('phone')}
        {...form.register('phone')}
      />
      <Paragraph>{t('apply.draftNote')}</Paragraph>
      <StepButtons busy={write.busy} />
    </form>
  );
}

function WardForm({ me, onChosen }: { me: WebApplyMeQuery['me']; onChosen(applicant: Applicant): void }) {
  const { t, i18n } = useTranslation();
  const form = useForm<WardValues>({
    resolver: zodResolver(wardSchema),
    defaultValues: {
      choice: me.guardianships.length === 1 ? me.guardianships[0].id : '',
      givenName: '',
      familyName: '',
      nationalIdentityNumber: '',
      relation: '',
      guardianName: me.guardianships[0]?.guardianName ?? '',
    },
    shouldFocusError: false,
  });
  const labelOf = useLabels('apply.who', {
    choice: t('apply.who.chooseWard'),
    givenName: t('apply.who.wardGivenName'),
    familyName: t('apply.who.wardFamilyName'),
    nationalIdentityNumber: t('apply.who.wardNumber'),
  });
  const write = useWrite(1, labelOf, () => undefined);
  const [clientItems, setClientItems] = useState<SummaryItem[]>([]);
  const translate = (key: string) => t(`apply.error.${key}`);
  const choice = form.watch('choice');
  const onValid = (values: WardValues) => {
    setClientItems([]);
    void write.run(async () => {
      if (values.choice !== 'new') {
        const guardianship = me.guardianships.find((g) => g.id === values.choice)!;
        onChosen({
          participantId: guardianship.participantId,
          onBehalfOf: values.guardianName.trim(),
          wardName: guardianship.wardName,
        });
        return;
      }
      const { registerWard } = await gql(WebRegisterWardDocument, {
        input: {
          givenName: values.givenName.trim(),
          familyName: values.familyName.trim(),
          nationalIdentityNumber: values.nationalIdentityNumber.replace(/\s/g, ''),
          relation: values.relation as (typeof RELATIONS)[number],
          guardianName: values.guardianName.trim(),
        },
      });
      onChosen({
        participantId: registerWard.participantId,
        onBehalfOf: values.guardianName.trim(),
        wardName: registerWard.wardName,
      });
    });
  };
  const errorOf = (field: keyof WardValues) => {
    const message = form.formState.errors[field]?.message;
    if (message) return translate(message);
    const server = write.serverError(field);
    return server ? pick(server, i18n.language) : undefined;
  };
  const firstChoiceId = fieldId('choice');
  return (
    <form
      className="apply-form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(onValid, (errors) => setClientItems(flattenErrors(errors, translate, labelOf)))(event)
      }
    >
      <StepErrors items={[...clientItems, ...write.items]} />
      {write.refused && <WriteRefused error={write.refused} />}
      <Paragraph>{t('apply.who.guardian')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('apply.who.chooseWard')}</Fieldset.Legend>
        {me.guardianships.map((g, i) => (
          <Radio
            key={g.id}
            id={i === 0 ? firstChoiceId : undefined}
            label={g.wardName}
            value={g.id}
            {...form.register('choice')}
          />
        ))}
        <Radio
          id={me.guardianships.length === 0 ? firstChoiceId : undefined}
          label={t('apply.who.newWard')}
          value="new"
          {...form.register('choice')}
        />
        {errorOf('choice') && <ValidationMessage>{errorOf('choice')}</ValidationMessage>}
      </Fieldset>
      {choice === 'new' && (
        <>
          <Textfield
            id={fieldId('givenName')}
            label={t('apply.who.wardGivenName')}
            error={errorOf('givenName')}
            {...form.register('givenName')}
          />
          <Textfield
            id={fieldId('familyName')}
            label={t('apply.who.wardFamilyName')}
            error={errorOf('familyName')}
            {...form.register('familyName')}
          />
          <Textfield
            id={fieldId('nationalIdentityNumber')}
            label={t('apply.who.wardNumber')}
            inputMode="numeric"
            autoComplete="off"
            error={errorOf('nationalIdentityNumber')}
            {...form.register('nationalIdentityNumber')}
          />
          <Fieldset>
            <Fieldset.Legend>{t('apply.who.relation')}</Fieldset.Legend>
            {RELATIONS.map((relation, i) => (
              <Radio
                key={relation}
                id={i === 0 ? fieldId('relation') : undefined}
                label={t(`apply.who.relations.${relation}`)}
                value={relation}
                {...form.register('relation')}
              />
            ))}
            {errorOf('relation') && <ValidationMessage>{errorOf('relation')}</ValidationMessage>}
          </Fieldset>
        </>
      )}
      <Textfield
        id={fieldId('guardianName')}
        label={t('apply.who.guardianName')}
        autoComplete="name"
        error={errorOf('guardianName')}
        {...form.register('guardianName')}
      />
      <StepButtons busy={write.busy} />
    </form>
  );
}

// ---- Step 2 -------------------------------------------------------------------------------------------------------

function StepOffers({
  draft,
  go,
  saved,
  onConflict,
  applicant,
  preselected,
}: StepContext & { applicant?: Applicant; preselected: string | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const offers = useQuery({
    queryKey: ['apply-offers'],
    queryFn: ({ signal }) => gql(WebApplyOffersDocument, {}, signal),
  });
  const open = (offers.data?.offers.nodes ?? []).filter(
    (offer) => offer.openForApplications || draft?.choices.some((choice) => choice.offer.id === offer.id),
  );
  const schema = useMemo(() => offersSchema(open), [open]);
  const form = useForm<OffersValues>({
    resolver: zodResolver(schema),
    values: {
      offerIds: draft ? draft.choices.map((choice) => choice.offer.id) : preselected ? [preselected] : [],
      newcomer: draft?.newcomer ?? false,
    },
    resetOptions: { keepDirtyValues: true },
    shouldFocusError: false,
  });
  const labelOf = () => t('apply.offers.legend');
  const write = useWrite(2, labelOf, onConflict, draft?.id);
  const [clientItems, setClientItems] = useState<SummaryItem[]>([]);
  const translate = (key: string) => t(`apply.error.${key}`);
  if (offers.isPending) return <Loading />;
  if (offers.isError) return <RequestFailed error={offers.error} retry={() => void offers.refetch()} />;

  const onValid = (values: OffersValues) => {
    setClientItems([]);
    void write.run(async () => {
      const kinds = [...new Set(values.offerIds.map((id) => open.find((offer) => offer.id === id)!.kind))];
      if (!draft) {
        const { createApplication } = await gql(WebCreateApplicationDocument, {
          input: {
            participantId: applicant!.participantId,
            offerIds: values.offerIds,
            newcomer: values.newcomer,
            submittedByRole: applicant!.onBehalfOf ? 'GUARDIAN' : 'APPLICANT',
            submittedByName: applicant!.onBehalfOf ?? null,
          },
        });
        saved(createApplication);
        go(3, createApplication.id);
        return;
      }
      // Answers kept from offers chosen before are cleared when the new offers do not ask for them.
      const forms = await Promise.all(
        kinds.map((kind) =>
          queryClient.fetchQuery({
            queryKey: ['application-form', kind],
            queryFn: () => gql(WebApplicationFormDocument, { kind }),
            staleTime: Infinity,
          }),
        ),
      );
      const asked = unionOfForms(forms.map((f) => f.applicationForm));
      const { updateApplicationDraft } = await gql(WebUpdateApplicationDraftDocument, {
        input: {
          applicationId: draft.id,
          expectedVersion: draft.version,
          offerIds: values.offerIds,
          newcomer: values.newcomer,
          ...answersInput(valuesOfDraft(draft), asked),
        },
      });
      saved(updateApplicationDraft);
      go(3);
    });
  };
  const message = form.formState.errors.offerIds?.message ?? form.formState.errors.offerIds?.root?.message;
  const offersError = message
    ? translate(message)
    : write.serverError('offerIds')
      ? pick(write.serverError('offerIds')!, i18n.language)
      : undefined;
  return (
    <form
      className="apply-form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(onValid, (errors) => setClientItems(flattenErrors(errors, translate, labelOf)))(event)
      }
    >
      <StepErrors items={[...clientItems, ...write.items]} />
      {write.refused && <WriteRefused error={write.refused} />}
      <Paragraph>{t('apply.offers.intro')}</Paragraph>
      <Paragraph data-size="sm">{t('apply.offers.mixedHint')}</Paragraph>
      {open.length === 0 && <Paragraph>{t('apply.offers.none')}</Paragraph>}
      <Controller
        control={form.control}
        name="offerIds"
        render={({ field }) => (
          <Fieldset aria-invalid={offersError ? true : undefined}>
            <Fieldset.Legend>{t('apply.offers.legend')}</Fieldset.Legend>
            {open.map((offer, i) => (
              <Checkbox
                key={offer.id}
                id={i === 0 ? fieldId('offerIds') : undefined}
                value={offer.id}
                checked={field.value.includes(offer.id)}
                onChange={(event) =>
                  field.onChange(
                    event.target.checked ? [...field.value, offer.id] : field.value.filter((id) => id !== offer.id),
                  )
                }
                label={pick(offer.title, i18n.language)}
                description={`${offer.provider.name} · ${t(`kind.${offer.kind}`)} · ${
                  offer.intakeMode === 'MAIN' && offer.nextApplicationDeadline
                    ? t('apply.offers.deadline', { date: formatDate(offer.nextApplicationDeadline, i18n.language) })
                    : t('apply.offers.continuous')
                }`}
              />
            ))}
            {offersError && <ValidationMessage>{offersError}</ValidationMessage>}
          </Fieldset>
        )}
      />
      <Checkbox
        id={fieldId('newcomer')}
        label={t('apply.offers.newcomer')}
        description={t('apply.offers.newcomerHint')}
        {...form.register('newcomer')}
      />
      <StepButtons busy={write.busy} onBack={() => go(1)} />
    </form>
  );
}

// ---- Step 3 -------------------------------------------------------------------------------------------------------

function StepAbout({ draft, go, saved, onConflict }: StepContext & { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const { asked, pending, error } = useAsked(kindsOf(draft));
  const questions = asked.filter((field) => (ABOUT_FIELDS as readonly string[]).includes(field.name));
  const labels = Object.fromEntries(asked.map((field) => [field.name, pick(field.label, i18n.language)]));
  const labelOf = (field: string) => labels[field] ?? field;
  const schema = useMemo(() => aboutSchema(asked, todayInOslo()), [asked]);
  const form = useForm<AboutValues>({
    resolver: zodResolver(schema as never),
    defaultValues: valuesOfDraft(draft),
    shouldFocusError: false,
  });
  const write = useWrite(3, labelOf, onConflict, draft.id);
  const [clientItems, setClientItems] = useState<SummaryItem[]>([]);
  const translate = (key: string) => t(`apply.error.${key}`);
  if (pending) return <Loading />;
  if (error) return <RequestFailed error={error} />;
  const onValid = (values: AboutValues) => {
    setClientItems([]);
    saveAnswers(write, { draft, asked, answers: values }, { saved, go }, 4);
  };
  const errorOf = (field: keyof AboutValues) => {
    const message = form.formState.errors[field]?.message;
    if (message) return translate(message);
    const server = write.serverError(field);
    return server ? pick(server, i18n.language) : undefined;
  };
  return (
    <form
      className="apply-form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(onValid, (errors) => setClientItems(flattenErrors(errors, translate, labelOf)))(event)
      }
    >
      <StepErrors items={[...clientItems, ...write.items]} />
      {write.refused && <WriteRefused error={write.refused} />}
      <Paragraph>{questions.length > 0 ? t('apply.about.intro') : t('apply.about.none')}</Paragraph>
      {questions.map((field) => {
        const name = field.name as keyof AboutValues;
        const common = {
          id: fieldId(name),
          label: labelOf(name),
          error: errorOf(name),
          required: field.required || undefined,
          ...form.register(name),
        };
        if (name === 'desiredStartDate')
          return <Textfield key={name} type="date" description={t('apply.about.dateHint')} {...common} />;
        if (name === 'daysPerWeek') return <Textfield key={name} inputMode="numeric" {...common} />;
        if (name === 'hoursPerWeek') return <Textfield key={name} inputMode="decimal" {...common} />;
        if (name === 'navContact') return <Textfield key={name} {...common} />;
        return <Textfield key={name} multiline rows={3} {...common} />;
      })}
      <StepButtons busy={write.busy} onBack={() => go(2)} />
    </form>
  );
}

// ---- Step 4 -------------------------------------------------------------------------------------------------------

const EMPTY = {
  workTrials: { place: '', startDate: '', endDate: '' },
  jobTastes: { place: '', date: '' },
  workPractice: { place: '', startDate: '', endDate: '', description: '' },
};

function StepExperience({ draft, go, saved, onConflict }: StepContext & { draft: Draft }) {
  const { t, i18n } = useTranslation();
  const { asked, pending, error } = useAsked(kindsOf(draft));
  const groups = EXPERIENCE_FIELDS.filter((name) => asked.some((field) => field.name === name));
  const labels = Object.fromEntries(asked.map((field) => [field.name, pick(field.label, i18n.language)]));
  const labelOf = (path: string) => {
    const [group, index, part] = path.split('.');
    const head = labels[group] ?? group;
    if (index === undefined) return head;
    return `${head} ${t('apply.experience.item', { n: Number(index) + 1 })}${part ? `, ${t(`apply.experience.${part}`)}` : ''}`;
  };
  const schema = useMemo(() => experienceSchema(asked), [asked]);
  const values = valuesOfDraft(draft);
  const form = useForm<ExperienceValues>({
    resolver: zodResolver(schema as never),
    defaultValues: { workTrials: values.workTrials, jobTastes: values.jobTastes, workPractice: values.workPractice },
    shouldFocusError: false,
  });
  const write = useWrite(4, labelOf, onConflict, draft.id);
  const [clientItems, setClientItems] = useState<SummaryItem[]>([]);
  const translate = (key: string) => t(`apply.error.${key}`);
  if (pending) return <Loading />;
  if (error) return <RequestFailed error={error} />;
  const onValid = (next: ExperienceValues) => {
    setClientItems([]);
    saveAnswers(write, { draft, asked, answers: next }, { saved, go }, 5);
  };
  const errorAt = (path: string) => {
    let node: unknown = form.formState.errors;
    for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    const message = (node as { message?: string } | undefined)?.message;
    if (message) return translate(message);
    const server = write.serverError(path);
    return server ? pick(server, i18n.language) : undefined;
  };
  return (
    <form
      className="apply-form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(onValid, (errors) => setClientItems(flattenErrors(errors, translate, labelOf)))(event)
      }
    >
      <StepErrors items={[...clientItems, ...write.items]} />
      {write.refused && <WriteRefused error={write.refused} />}
      <Paragraph>{groups.length > 0 ? t('apply.experience.intro') : t('apply.experience.none')}</Paragraph>
      {groups.map((group) => (
        <ExperienceGroup key={group} group={group} legend={labels[group]} form={form} errorAt={errorAt} />
      ))}
      <StepButtons busy={write.busy} onBack={() => go(3)} />
    </form>
  );
}

function ExperienceGroup({
  group,
  legend,
  form,
  errorAt,
}: {
  group: ExperienceField;
  legend: string;
  form: ReturnType<typeof useForm<ExperienceValues>>;
  errorAt(path: string): string | undefined;
}) {
  const { t } = useTranslation();
  const list = useFieldArray({ control: form.control, name: group as 'workTrials' });
  const parts: string[] =
    group === 'jobTastes'
      ? ['place', 'date']
      : group === 'workTrials'
        ? ['place', 'startDate', 'endDate']
        : ['place', 'startDate', 'endDate', 'description'];
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {list.fields.map((item, index) => (
        <div key={item.id} className="apply-group">
          <Heading level={2} data-size="2xs">
            {t('apply.experience.item', { n: index + 1 })}
          </Heading>
          {parts.map((part) => {
            const path = `${group}.${index}.${part}`;
            return (
              <Textfield
                key={part}
                id={fieldId(path)}
                label={t(`apply.experience.${part}`)}
                type={part === 'place' || part === 'description' ? 'text' : 'date'}
                error={errorAt(path)}
                {...form.register(path as 'workTrials.0.place')}
              />
            );
          })}
          <div>
            <Button type="button" variant="tertiary" onClick={() => list.remove(index)}>
              {t('apply.experience.remove')} ({t('apply.experience.item', { n: index + 1 })})
            </Button>
          </div>
        </div>
      ))}
      {errorAt(group) && <ValidationMessage>{errorAt(group)}</ValidationMessage>}
      <div>
        <Button
          type="button"
          variant="secondary"
          id={fieldId(group)}
          onClick={() => list.append(EMPTY[group] as (typeof EMPTY)['workTrials'])}
        >
          {t(`apply.experience.add.${group}`)}
        </Button>
      </div>
    </Fieldset>
  );
}

// ---- Step 5 -------------------------------------------------------------------------------------------------------

function StepSummary({
  draft,
  go,
  saved,
  onConflict,
  guardian,
  shown,
}: StepContext & { draft: Draft; guardian: boolean; shown: Shown }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { asked, pending } = useAsked(kindsOf(draft));
  const labels = Object.fromEntries(asked.map((field) => [field.name, pick(field.label, language)]));
  const labelOf = (field: string) => labels[field.split('.')[0]] ?? t(`apply.who.${field}`);
  const write = useWrite(5, labelOf, onConflict, draft.id);
  if (pending) return <Loading />;
  const values = valuesOfDraft(draft);
  const change = (step: Step, what: string) => (
    <Link asChild>
      <RouterLink to={stepSearch(step, draft.id)}>
        {t('apply.summary.change')}
        <span className="apply-sr"> {what}</span>
      </RouterLink>
    </Link>
  );
  const questions = asked.filter((field) => (ABOUT_FIELDS as readonly string[]).includes(field.name));
  const groups = EXPERIENCE_FIELDS.filter((name) => asked.some((field) => field.name === name));
  const submit = () =>
    void write.run(async () => {
      const { submitApplication } = await gql(WebSubmitApplicationDocument, {
        input: { applicationId: draft.id, expectedVersion: draft.version },
      });
      saved(submitApplication);
    });
  return (
    <form
      className="apply-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <StepErrors items={write.items} />
      {write.refused && <WriteRefused error={write.refused} />}
      <Paragraph>{t('apply.summary.intro')}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('apply.summary.applicant')}
      </Heading>
      <dl className="apply-summary">
        <dt>{t('apply.summary.applicant')}</dt>
        <dd>
          {shown.name ?? t('apply.summary.noAnswer')}
          {shown.birthDate && `, ${t('apply.summary.birthDate', { date: formatDate(shown.birthDate, language) })}`}
        </dd>
        {(guardian || draft.submittedByName) && (
          <>
            <dt>{t('apply.summary.submittedBy')}</dt>
            <dd>{draft.submittedByName}</dd>
          </>
        )}
      </dl>
      <Heading level={2} data-size="sm">
        {t('apply.summary.offers')}
      </Heading>
      <ol>
        {draft.choices.map((choice) => (
          <li key={choice.offer.id}>
            {pick(choice.offer.title, language)} ({choice.offer.provider.name})
          </li>
        ))}
      </ol>
      {draft.newcomer && <Paragraph>{t('apply.summary.newcomer')}</Paragraph>}
      {change(2, t('apply.summary.offers'))}
      <Heading level={2} data-size="sm">
        {t('apply.summary.about')}
      </Heading>
      <dl className="apply-summary">
        {questions.map((field) => {
          const value = values[field.name as keyof AboutValues];
          return (
            <div key={field.name}>
              <dt>{labels[field.name]}</dt>
              <dd>
                {!value
                  ? t('apply.summary.noAnswer')
                  : field.name === 'desiredStartDate'
                    ? formatDate(value, language)
                    : value}
              </dd>
            </div>
          );
        })}
      </dl>
      {change(3, t('apply.summary.about'))}
      <Heading level={2} data-size="sm">
        {t('apply.summary.experience')}
      </Heading>
      <dl className="apply-summary">
        {groups.map((group) => {
          const entries = (
            values[group] as { place: string; startDate?: string; date?: string; endDate?: string }[]
          ).map((entry) =>
            [
              entry.place,
              (entry.date ?? entry.startDate) ? formatDate((entry.date ?? entry.startDate)!, language) : '',
              entry.endDate ? formatDate(entry.endDate, language) : '',
            ]
              .filter(Boolean)
              .join(' – '),
          );
          return (
            <div key={group}>
              <dt>{labels[group]}</dt>
              <dd>{entries.length > 0 ? entries.join('; ') : t('apply.summary.nothing')}</dd>
            </div>
          );
        })}
      </dl>
      {change(4, t('apply.summary.experience'))}
      <StepButtons busy={write.busy} onBack={() => go(4)} next={t('apply.summary.submit')} />
    </form>
  );
}

// ---- Receipt --------------------------------------------------------------------------------------------------------

function Receipt({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.getElementById('apply-receipt')?.focus();
  }, []);
  const main = draft.round !== 'CONTINUOUS';
  const year = draft.intakeYear ?? new Date().getFullYear() + 1;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg" id="apply-receipt" tabIndex={-1}>
        {t('apply.receipt.title')}
      </Heading>
      <Paragraph>{t('apply.receipt.body')}</Paragraph>
      <Paragraph>{t('apply.receipt.number', { id: draft.id })}</Paragraph>
      <Heading level={2} data-size="sm">
        {t('apply.receipt.next')}
      </Heading>
      <ul>
        <li>{t('apply.receipt.caseWorker')}</li>
        <li>{main ? t('apply.receipt.main', { year }) : t('apply.receipt.continuous')}</li>
        <li>{t('apply.receipt.vta')}</li>
      </ul>
      <Link asChild>
        <RouterLink to="/min-side">{t('apply.receipt.myPage')}</RouterLink>
      </Link>
    </div>
  );
}
