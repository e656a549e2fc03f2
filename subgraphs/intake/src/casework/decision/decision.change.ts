import type { EntityManager } from '@mikro-orm/core';
import type { IntakeLoaders } from '../../context';
import { Offer, DecisionAuthority, Provider } from '../../catalogue';
import { FlowMeeting, Transition, TransitionStep } from '../transition/transition.entity';
import { TransitionStepKind } from '../transition/transition.enums';
import { Decision } from './decision.entity';
import { DecisionOutcome, LetterLanguage } from './decision.enums';
import { writtenDate } from './decision.dates';

/**
 * The changed decision (endret vedtak) a flow meeting's AGREED outcome leads to: the allocation office changes the
 * participant's offers as the transition says. A target that is a state place (VTA, AFT, VTAO) is NAV's to decide, so
 * the decision covers only the municipal part and says that NAV decides the state place.
 */

/** A placement the change ends, in the letter's language. */
export interface ChangeEnd {
  offerTitle: string;
  providerName: string | null;
  endDate: string | null;
}

/** A place the change starts, in the letter's language. */
export interface ChangeStart {
  offerTitle: string;
  providerName: string | null;
  startDate: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
}

/** What a changed decision's letter may say about the change. */
export interface ChangeFacts {
  meetingWeek: number | null;
  meetingYear: number | null;
  ends: ChangeEnd[];
  /** The municipal targets: what this decision grants. */
  starts: ChangeStart[];
  /** The state places among the targets: NAV decides them, not this decision. */
  navStarts: ChangeStart[];
  /** The flow meeting's note on the outcome, if any. */
  note: string | null;
}

interface ChangeData {
  transition: Transition;
  meeting: FlowMeeting | null;
  steps: readonly TransitionStep[];
  offers: ReadonlyMap<string, Offer>;
  providers: ReadonlyMap<string, Provider>;
}

const isNavs = (offer: Offer | undefined) => offer?.decidedBy === DecisionAuthority.NAV;

function buildChangeFacts(data: ChangeData, language: LetterLanguage): ChangeFacts {
  const en = language === LetterLanguage.EN;
  const titleOf = (offerId: string) => {
    const offer = data.offers.get(offerId);
    return offer ? (en ? offer.titleEn : offer.titleNb) : offerId;
  };
  const providerOf = (offerId: string) => {
    const offer = data.offers.get(offerId);
    return (offer && data.providers.get(offer.provider.id)?.name) ?? null;
  };
  const ordered = [...data.steps].sort((a, b) => a.position - b.position);
  const start = (s: TransitionStep): ChangeStart => ({
    offerTitle: titleOf(s.offerId),
    providerName: providerOf(s.offerId),
    startDate: s.startDate,
    daysPerWeek: s.daysPerWeek,
    hoursPerWeek: s.hoursPerWeek,
  });
  const starts = ordered.filter((s) => s.kind === TransitionStepKind.START);
  return {
    meetingWeek: data.meeting?.week ?? null,
    meetingYear: data.meeting?.year ?? null,
    ends: ordered
      .filter((s) => s.kind === TransitionStepKind.END)
      .map((s) => ({ offerTitle: titleOf(s.offerId), providerName: providerOf(s.offerId), endDate: s.endDate })),
    starts: starts.filter((s) => !isNavs(data.offers.get(s.offerId))).map(start),
    navStarts: starts.filter((s) => isNavs(data.offers.get(s.offerId))).map(start),
    note: data.transition.outcomeNote,
  };
}

/** "15 timer i uka" / "3 days a week", or '' when the step gives no extent. */
export function extentText(days: number | null, hours: number | null, language: LetterLanguage): string {
  const nb = language === LetterLanguage.NB;
  if (days != null)
    return nb ? `${days} ${days === 1 ? 'dag' : 'dager'} i uka` : `${days} ${days === 1 ? 'day' : 'days'} a week`;
  if (hours != null) return nb ? `${String(hours).replace('.', ',')} timer i uka` : `${hours} hours a week`;
  return '';
}

const place = (title: string, provider: string | null, nb: boolean) =>
  provider ? `${title} ${nb ? 'hos' : 'at'} ${provider}` : title;

/** The flow meeting, as "flytmøtet i uke 41 2027" / "the flow meeting in week 41 2027". */
export function meetingText(facts: ChangeFacts, language: LetterLanguage): string {
  const nb = language === LetterLanguage.NB;
  if (facts.meetingWeek == null) return nb ? 'flytmøtet' : 'the flow meeting';
  return nb
    ? `flytmøtet i uke ${facts.meetingWeek} ${facts.meetingYear}`
    : `the flow meeting in week ${facts.meetingWeek} ${facts.meetingYear}`;
}

/** One sentence per change: each placement that ends, each municipal place that starts, each state place NAV decides. */
export function changeSentences(facts: ChangeFacts, language: LetterLanguage): string[] {
  const nb = language === LetterLanguage.NB;
  const sentences: string[] = [];
  for (const end of facts.ends) {
    const at = place(end.offerTitle, end.providerName, nb);
    sentences.push(
      end.endDate
        ? nb
          ? `Plassen din på ${at} slutter ${writtenDate(end.endDate, language)}.`
          : `Your place at ${at} ends on ${writtenDate(end.endDate, language)}.`
        : nb
          ? `Plassen din på ${at} slutter.`
          : `Your place at ${at} ends.`,
    );
  }
  for (const start of facts.starts) {
    const at = place(start.offerTitle, start.providerName, nb);
    const from = start.startDate ? writtenDate(start.startDate, language) : null;
    const extent = extentText(start.daysPerWeek, start.hoursPerWeek, language);
    sentences.push(
      (nb
        ? `Du får plass på ${at}${from ? ` fra ${from}` : ''}.`
        : `You get a place at ${at}${from ? ` from ${from}` : ''}.`) +
        (extent ? (nb ? ` Du skal være der ${extent}.` : ` You will be there ${extent}.`) : ''),
    );
  }
  for (const start of facts.navStarts) {
    const at = place(start.offerTitle, start.providerName, nb);
    sentences.push(
      nb
        ? `Du ønsker plass på ${at}. Det er NAV som bestemmer om den plassen, og NAV sender deg sitt eget vedtak. Dette vedtaket gjelder bare kommunens del.`
        : `You wish for a place at ${at}. NAV decides on that place, and NAV will send you its own decision. This decision covers only the municipality’s part.`,
    );
  }
  return sentences;
}

/** The decision's reason: what changes, from when, after which meeting, in bokmål, then English. */
export function changeReason(nb: ChangeFacts, en: ChangeFacts, startDate: string | null): string {
  const one = (facts: ChangeFacts, language: LetterLanguage) => {
    const norsk = language === LetterLanguage.NB;
    const from = startDate
      ? norsk
        ? ` fra ${writtenDate(startDate, language)}`
        : ` from ${writtenDate(startDate, language)}`
      : '';
    return `${norsk ? 'Endret vedtak etter' : 'Changed decision after'} ${meetingText(facts, language)}${from}: ${changeSentences(facts, language).join(' ')}`;
  };
  return `${one(nb, LetterLanguage.NB)} / ${one(en, LetterLanguage.EN)}`;
}

/** The facts of a transition's change for its decision's letter, through the request's loaders. */
export async function changeFacts(
  transitionId: string,
  loaders: IntakeLoaders,
  language: LetterLanguage,
): Promise<ChangeFacts | null> {
  const transition = await loaders.transition.load(transitionId);
  if (!transition) return null;
  const [steps, meeting] = await Promise.all([
    loaders.stepsByTransition.load(transitionId),
    transition.flowMeeting ? loaders.flowMeeting.load(transition.flowMeeting.id) : Promise.resolve(null),
  ]);
  const offers = (await loaders.offer.loadMany([...new Set(steps.map((s) => s.offerId))])).filter(
    (o): o is Offer => o instanceof Offer,
  );
  const providers = (await loaders.provider.loadMany([...new Set(offers.map((o) => o.provider.id))])).filter(
    (p): p is Provider => p instanceof Provider,
  );
  return buildChangeFacts(
    {
      transition,
      meeting,
      steps,
      offers: new Map(offers.map((o) => [o.id, o])),
      providers: new Map(providers.map((p) => [p.id, p])),
    },
    language,
  );
}

/**
 * Writes the changed decision for a transition the flow meeting has just AGREED, in the caller's transaction:
 * GRANTED, decided by the allocation office on `today`, linked to the transition (and through it to the meeting).
 * It carries the first municipal target (offer, group and extent when there is one such target) and the first day of
 * the change; the reason says what changes. The hub asks no provider here: executing the transition does that.
 */
export async function writeChangedDecision(
  tx: EntityManager,
  transition: Transition,
  today: string,
): Promise<Decision> {
  const steps = await tx.find(TransitionStep, { transition: transition.id }, { orderBy: { position: 'asc' } });
  const offers = await tx.find(Offer, { id: { $in: [...new Set(steps.map((s) => s.offerId))] } });
  const providers = await tx.find(Provider, { id: { $in: [...new Set(offers.map((o) => o.provider.id))] } });
  const meeting = transition.flowMeeting ? await tx.findOne(FlowMeeting, { id: transition.flowMeeting.id }) : null;
  const data: ChangeData = {
    transition,
    meeting,
    steps,
    offers: new Map(offers.map((o) => [o.id, o])),
    providers: new Map(providers.map((p) => [p.id, p])),
  };
  const municipal = steps.filter((s) => s.kind === TransitionStepKind.START && !isNavs(data.offers.get(s.offerId)));
  const starts = steps.filter((s) => s.kind === TransitionStepKind.START);
  const startDate =
    (municipal.length ? municipal : starts)
      .map((s) => s.startDate)
      .filter((d): d is string => d != null)
      .sort()[0] ?? null;
  const only = municipal.length === 1 ? municipal[0] : null;
  return tx.create(Decision, {
    application: null,
    transition,
    participant: transition.participant.id,
    decidedBy: DecisionAuthority.ALLOCATION_OFFICE,
    outcome: DecisionOutcome.GRANTED,
    offer: municipal[0]?.offerId ?? null,
    groupId: only?.groupId ?? null,
    daysPerWeek: only?.daysPerWeek ?? null,
    hoursPerWeek: only?.hoursPerWeek ?? null,
    startDate,
    reason: changeReason(
      buildChangeFacts(data, LetterLanguage.NB),
      buildChangeFacts(data, LetterLanguage.EN),
      startDate,
    ),
    decidedOn: today,
    decidedAt: new Date(),
    placementStatus: null,
  } as never);
}
