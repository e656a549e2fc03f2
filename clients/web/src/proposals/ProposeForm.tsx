import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Spinner,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ComponentRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ProposalOfferFragment,
  ProposalPlacementFragment,
  ProposeTransitionInput,
} from '../../../src/gql/graphql';
import { formatDate, pick } from '../format';
import { GraphQLRequestError } from '../graphql';
import {
  emptyForm,
  formField,
  formProblems,
  needsOf,
  proposalInput,
  suggestedStart,
  TRANSITION_KINDS,
  type Problem,
  type ProposalForm,
} from './logic';

/** Where a form's texts are: the staff pages' (texts/proposals.ts) or my page's plain ones (texts/mine.ts). */
export type ProposalTexts = 'proposals.form' | 'mine.change.form';

export interface ProposeFormProps<R> {
  participantId: string;
  placements: ProposalPlacementFragment[];
  offers: ProposalOfferFragment[];
  /** The places ticked at first (a provider's page: its own placement). */
  preselected?: string[];
  texts: ProposalTexts;
  /** My page's form: the wish first and big, no last days (the day before the start). */
  simple?: boolean;
  /** The hub's day, for the start's checks and suggestion. */
  today: string;
  /** The write: proposeTransition through the page's own registered document. */
  send(input: ProposeTransitionInput): Promise<R>;
  /** What the write did, under the form (WriteOutcome on the staff pages). */
  outcome(mutation: UseMutationResult<R, Error, ProposeTransitionInput>): ReactNode;
  /** Form ids are `${idPrefix}-<field>`. */
  idPrefix?: string;
}

/**
 * A transition's proposal (dynamisk flyt): which current places end (with an optional last day), the kind of change,
 * the target offer with what its provider needs (group or arena; days a week at the day services, hours at the work
 * centre and Arba), the start, and the participant's own wish. The form checks what it can before sending; the
 * hub's field problems show at the same fields, and every problem in the summary above the form, which takes focus.
 */
export function ProposeForm<R>(props: ProposeFormProps<R>) {
  const { participantId, placements, offers, texts, simple = false, today, idPrefix = 'propose' } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const tx = (key: string, options?: Record<string, unknown>) => t(`${texts}.${key}`, options ?? {}) as string;
  const idOf = (field: string) => `${idPrefix}-${field}`;
  const current = placements.filter((p) => p.status !== 'ENDED');
  const [form, setForm] = useState<ProposalForm>(() =>
    emptyForm(
      current.filter((p) => props.preselected?.includes(p.id)).map((p) => p.id),
      suggestedStart(today),
    ),
  );
  // The form's own problems as text keys, put in words at each render (the language may change meanwhile).
  const [checked, setChecked] = useState<Record<string, Problem>>({});
  const set = (change: Partial<ProposalForm>) => setForm((was) => ({ ...was, ...change }));
  const offer = offers.find((o) => o.id === form.offerId);
  const needs = needsOf(offer);
  const mutation = useMutation({ mutationFn: props.send });

  const serverFields = mutation.error instanceof GraphQLRequestError ? mutation.error.fields : [];
  const fromServer = Object.fromEntries(
    serverFields.map((p) => [formField(p.field, form.from) ?? p.field, pick(p, language)]),
  );
  const problems: Record<string, string> = {
    ...fromServer,
    ...Object.fromEntries(Object.entries(checked).map(([field, problem]) => [field, tx(`problems.${problem}`)])),
  };
  const listed = Object.entries(problems);
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  // Focused after each sending that finds problems: not when only the language of their words changes.
  const [attempt, setAttempt] = useState(0);
  const summaryKey = listed.length ? `${attempt}|${listed.map(([field]) => field).join('|')}` : '';
  useEffect(() => {
    if (summaryKey) summary.current?.focus();
  }, [summaryKey]);

  const labelOf = (field: string) => {
    if (field.startsWith('endDate-')) {
      const placement = current.find((p) => `endDate-${p.id}` === field);
      return tx('lastDay', { place: placement ? placeName(placement) : '' });
    }
    return tx(`fields.${field}`, { defaultValue: tx('fields.other') });
  };
  const placeName = (p: ProposalPlacementFragment) =>
    p.offer ? pick(p.offer.title, language) : (p.provider?.name ?? p.id);

  const submit = () => {
    mutation.reset();
    setAttempt((n) => n + 1);
    const found = formProblems(form, offer, today);
    setChecked(found);
    if (Object.keys(found).length === 0) mutation.mutate(proposalInput(participantId, form, offer));
  };
  const toggle = (id: string, on: boolean) =>
    set({ from: current.map((p) => p.id).filter((p) => (p === id ? on : form.from.includes(p))) });

  const wish = (
    <Field key="wish">
      <Label htmlFor={idOf('wish')} data-size={simple ? 'lg' : undefined}>
        {tx('fields.wish')}
      </Label>
      <Field.Description>{tx('wishHelp')}</Field.Description>
      <Textarea
        id={idOf('wish')}
        rows={simple ? 6 : 4}
        value={form.wish}
        aria-invalid={problems.wish ? true : undefined}
        onChange={(e) => set({ wish: e.target.value })}
      />
      {problems.wish && <ValidationMessage>{problems.wish}</ValidationMessage>}
    </Field>
  );
  const kind = (
    <Fieldset key="kind">
      <Fieldset.Legend>{tx('fields.kind')}</Fieldset.Legend>
      {TRANSITION_KINDS.map((value, i) => (
        <Radio
          key={value}
          id={i === 0 ? idOf('kind') : undefined}
          name={idOf('kind')}
          label={tx(`kinds.${value}`)}
          value={value}
          checked={form.kind === value}
          aria-invalid={problems.kind ? true : undefined}
          onChange={() => set({ kind: value })}
        />
      ))}
      {problems.kind && <ValidationMessage>{problems.kind}</ValidationMessage>}
    </Fieldset>
  );
  const from = (
    <Fieldset key="from">
      <Fieldset.Legend>{tx('fields.from')}</Fieldset.Legend>
      <Fieldset.Description>{tx('fromHelp')}</Fieldset.Description>
      {current.length === 0 && <Paragraph>{tx('noPlaces')}</Paragraph>}
      {current.map((p, i) => (
        <div key={p.id} className="stack">
          <Checkbox
            id={i === 0 ? idOf('from') : undefined}
            label={tx('placeOption', {
              place: placeName(p),
              provider: p.provider?.name ?? '',
              date: formatDate(p.startDate, language),
            })}
            value={p.id}
            checked={form.from.includes(p.id)}
            aria-invalid={problems.from ? true : undefined}
            onChange={(e) => toggle(p.id, e.target.checked)}
          />
          {!simple && form.from.includes(p.id) && (
            <Textfield
              id={idOf(`endDate-${p.id}`)}
              autoComplete="off"
              label={tx('lastDay', { place: placeName(p) })}
              description={tx('lastDayHelp')}
              value={form.endDates[p.id] ?? ''}
              onChange={(e) => set({ endDates: { ...form.endDates, [p.id]: e.target.value } })}
              error={problems[`endDate-${p.id}`]}
            />
          )}
        </div>
      ))}
      {problems.from && <ValidationMessage>{problems.from}</ValidationMessage>}
    </Fieldset>
  );
  const target = (
    <div key="target" className="stack">
      <Field>
        <Label htmlFor={idOf('offerId')}>{tx('fields.offerId')}</Label>
        <Select
          id={idOf('offerId')}
          value={form.offerId}
          aria-invalid={problems.offerId ? true : undefined}
          onChange={(e) => set({ offerId: e.target.value, groupId: '', daysPerWeek: '', hoursPerWeek: '' })}
        >
          <Select.Option value="">{tx('chooseOffer')}</Select.Option>
          {offers.map((o) => (
            <Select.Option key={o.id} value={o.id}>
              {tx('offerOption', { offer: pick(o.title, language), provider: o.provider.name })}
            </Select.Option>
          ))}
        </Select>
        {problems.offerId && <ValidationMessage>{problems.offerId}</ValidationMessage>}
      </Field>
      {needs.groups.length > 0 && (
        <Field>
          <Label htmlFor={idOf('groupId')}>{tx(offer?.arba ? 'fields.arena' : 'fields.groupId')}</Label>
          <Select
            id={idOf('groupId')}
            value={form.groupId}
            aria-invalid={problems.groupId ? true : undefined}
            onChange={(e) => set({ groupId: e.target.value })}
          >
            <Select.Option value="">{tx(offer?.arba ? 'chooseArena' : 'chooseGroup')}</Select.Option>
            {needs.groups.map((g) => (
              <Select.Option key={g.id} value={g.id}>
                {g.free == null ? g.name : tx('groupOption', { group: g.name, count: g.free })}
              </Select.Option>
            ))}
          </Select>
          {problems.groupId && <ValidationMessage>{problems.groupId}</ValidationMessage>}
        </Field>
      )}
      {needs.days && (
        <Field>
          <Label htmlFor={idOf('daysPerWeek')}>{tx('fields.daysPerWeek')}</Label>
          <Select
            id={idOf('daysPerWeek')}
            value={form.daysPerWeek}
            aria-invalid={problems.daysPerWeek ? true : undefined}
            onChange={(e) => set({ daysPerWeek: e.target.value })}
          >
            <Select.Option value="">{tx('chooseDays')}</Select.Option>
            {[1, 2, 3, 4, 5].map((n) => (
              <Select.Option key={n} value={String(n)}>
                {tx('days', { count: n })}
              </Select.Option>
            ))}
          </Select>
          {problems.daysPerWeek && <ValidationMessage>{problems.daysPerWeek}</ValidationMessage>}
        </Field>
      )}
      {needs.hours && (
        <Textfield
          id={idOf('hoursPerWeek')}
          inputMode="decimal"
          autoComplete="off"
          label={tx('fields.hoursPerWeek')}
          description={tx('hoursHelp')}
          value={form.hoursPerWeek}
          onChange={(e) => set({ hoursPerWeek: e.target.value })}
          error={problems.hoursPerWeek}
        />
      )}
      <Textfield
        id={idOf('startDate')}
        autoComplete="off"
        label={tx('fields.startDate')}
        description={tx('startHelp', { date: formatDate(suggestedStart(today), language) })}
        value={form.startDate}
        onChange={(e) => set({ startDate: e.target.value })}
        error={problems.startDate}
      />
    </div>
  );

  return (
    <div className="stack">
      {listed.length > 0 && (
        <ErrorSummary ref={summary} tabIndex={-1} id={idOf('errors')}>
          <ErrorSummary.Heading>{tx('errors')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {listed.map(([field, text]) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link
                  href={`#${idOf(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(idOf(field))?.focus();
                  }}
                >
                  {labelOf(field)}: {text}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <form
        className="stack"
        noValidate
        aria-label={tx('formName')}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {simple ? [wish, from, kind, target] : [from, kind, target, wish]}
        <div>
          <Button type="submit" disabled={mutation.isPending} aria-busy={mutation.isPending}>
            {mutation.isPending ? (
              <>
                <Spinner aria-hidden data-size="xs" /> {tx('sending')}
              </>
            ) : (
              tx('send')
            )}
          </Button>
        </div>
      </form>
      {serverFields.length === 0 && props.outcome(mutation)}
    </div>
  );
}
