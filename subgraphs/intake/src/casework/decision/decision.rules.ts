import { FailedPreconditionError, isIsoDate, type FieldProblem, textProblems } from '@veiinn/kit';
import { DecisionAuthority } from '../../catalogue';
import type { PlacementNeeds } from '../provider-client/provider-client';
import { DecisionOutcome } from './decision.enums';

const MAX_REASON = 2000;
/** Hours a week in a full position at the work centre; the provider checks the same. */
const MAX_HOURS_PER_WEEK = 30;

/** A decision as asked for, before anything is looked up. */
export interface DecisionDraft {
  outcome: DecisionOutcome;
  offerId: string | null;
  groupId: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  startDate: string | null;
  reason: string | null;
}

/** What the rules need to know of one offer the application chose. */
export interface ChosenOffer {
  id: string;
  title: string;
  decidedBy: DecisionAuthority;
  /** The hub places there itself, through the placement protocol (the provider has a feed and a subgraph). */
  placeable: boolean;
  /** What the provider's placements need, from its terms; null when not placeable or its terms are unknown. */
  needs: PlacementNeeds | null;
  /** The provider has deleted the offer from its feed: it can no longer be granted. */
  withdrawn?: boolean;
  /** Hours a week in a full place, as the provider publishes it; null when not published. */
  hoursPerWeek?: number | null;
}

/**
 * Every problem with the decision's fields (BAD_USER_INPUT), given the offers the application chose in order of
 * preference. A granted offer must be one of them, and not withdrawn; what a grant needs besides (group, days or
 * hours) is what the provider's terms say its placements need. `groupsOfOffer` are the ids of the granted offer's
 * groups as the provider listed them just before, or null when the hub could not learn them (then the provider's own
 * check on the placement is the only one).
 */
export function decisionProblems(
  draft: DecisionDraft,
  chosen: readonly ChosenOffer[],
  groupsOfOffer: readonly string[] | null = null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const offer = draft.offerId == null ? null : chosen.find((c) => c.id === draft.offerId);
  if (draft.offerId != null && !offer)
    problems.push({
      field: 'offerId',
      nb: 'må være et av tilbudene søknaden gjelder.',
      en: 'must be one of the offers the application asks for.',
    });
  if (draft.reason != null) {
    problems.push(...textProblems('reason', draft.reason, { max: MAX_REASON, required: false, multiline: true }));
  }

  if (draft.outcome !== DecisionOutcome.GRANTED) {
    notGrantedProblems(draft, problems);
    return problems;
  }

  if (draft.offerId == null)
    problems.push({ field: 'offerId', nb: 'velg tilbudet som innvilges.', en: 'name the offer granted.' });
  if (draft.startDate == null)
    problems.push({ field: 'startDate', nb: 'skriv første dag på plassen.', en: 'give the first day of the place.' });
  else if (!isIsoDate(draft.startDate))
    problems.push({ field: 'startDate', nb: 'må være en dato (ÅÅÅÅ-MM-DD).', en: 'must be a date (YYYY-MM-DD).' });
  const needs = offer?.needs ?? null;
  if (!offer) return problems;
  groupProblems(draft, offer, needs, groupsOfOffer, problems);
  extentProblems(draft, offer, needs, problems);
  return problems;
}

/** A refusal or a waiting place: no placement fields, and a refusal gives its reason for the whole application. */
function notGrantedProblems(draft: DecisionDraft, problems: FieldProblem[]): void {
  const placementFields = ['groupId', 'daysPerWeek', 'hoursPerWeek', 'startDate'] as const;
  for (const field of placementFields)
    if (draft[field] != null)
      problems.push({
        field,
        nb: 'gjelder bare en innvilget plass. La feltet stå tomt.',
        en: 'only a granted place has it; leave it out.',
      });
  if (draft.outcome === DecisionOutcome.REJECTED) {
    if (draft.reason == null)
      problems.push({
        field: 'reason',
        nb: 'et avslag må ha en begrunnelse.',
        en: 'a refusal must give its reason.',
      });
    if (draft.offerId != null)
      problems.push({
        field: 'offerId',
        nb: 'et avslag gjelder hele søknaden. La feltet stå tomt.',
        en: 'a refusal covers the whole application; leave it out.',
      });
  }
}

/** A grant: an offer the provider has not withdrawn, and a group of it when the provider places into groups. */
function groupProblems(
  draft: DecisionDraft,
  offer: ChosenOffer,
  needs: PlacementNeeds | null,
  groupsOfOffer: readonly string[] | null,
  problems: FieldProblem[],
): void {
  if (offer.withdrawn)
    problems.push({
      field: 'offerId',
      nb: 'tilbyderen har trukket tilbudet, så det kan ikke innvilges. Velg et annet.',
      en: 'the provider has withdrawn the offer, so it cannot be granted; choose another.',
    });
  const groupId = draft.groupId?.trim() || null;
  if (needs?.group && !groupId)
    problems.push({
      field: 'groupId',
      nb: 'velg gruppen hos tilbyderen som plassen er i.',
      en: 'name the provider’s group the place is in.',
    });
  else if (groupId && groupsOfOffer && !groupsOfOffer.includes(groupId))
    problems.push({
      field: 'groupId',
      nb: `${offer.title} har ingen gruppe med id «${groupId}». Velg en av tilbudets grupper.`,
      en: `${offer.title} has no group with id "${groupId}"; choose one of the offer’s groups.`,
    });
}

/** A grant: days or hours a week as the provider counts them, within a full place. */
function extentProblems(
  draft: DecisionDraft,
  offer: ChosenOffer,
  needs: PlacementNeeds | null,
  problems: FieldProblem[],
): void {
  if (needs?.daysPerWeek && draft.daysPerWeek == null)
    problems.push({ field: 'daysPerWeek', nb: 'skriv hvor mange dager i uka.', en: 'give the days a week.' });
  if (needs && !needs.daysPerWeek && draft.daysPerWeek != null)
    problems.push({
      field: 'daysPerWeek',
      nb: 'denne tilbyderen teller timer, ikke dager. La feltet stå tomt.',
      en: 'this provider counts hours, not days; leave it out.',
    });
  if (needs?.hoursPerWeek && draft.hoursPerWeek == null)
    problems.push({ field: 'hoursPerWeek', nb: 'skriv hvor mange timer i uka.', en: 'give the hours a week.' });
  if (needs && !needs.hoursPerWeek && draft.hoursPerWeek != null)
    problems.push({
      field: 'hoursPerWeek',
      nb: 'denne tilbyderen teller dager, ikke timer. La feltet stå tomt.',
      en: 'this provider counts days, not hours; leave it out.',
    });
  if (
    draft.daysPerWeek != null &&
    (!Number.isInteger(draft.daysPerWeek) || draft.daysPerWeek < 1 || draft.daysPerWeek > 5)
  )
    problems.push({
      field: 'daysPerWeek',
      nb: 'må være et helt tall fra 1 til 5.',
      en: 'must be a whole number from 1 to 5.',
    });
  if (draft.hoursPerWeek != null && !(draft.hoursPerWeek > 0 && draft.hoursPerWeek <= MAX_HOURS_PER_WEEK))
    problems.push({
      field: 'hoursPerWeek',
      nb: `må være mer enn 0 og høyst ${MAX_HOURS_PER_WEEK}.`,
      en: `must be more than 0 and at most ${MAX_HOURS_PER_WEEK}.`,
    });
  else if (draft.hoursPerWeek != null && offer.hoursPerWeek != null && draft.hoursPerWeek > offer.hoursPerWeek)
    problems.push({
      field: 'hoursPerWeek',
      nb: `en hel plass i ${offer.title} er ${offer.hoursPerWeek} timer i uka. Skriv færre.`,
      en: `a full place in ${offer.title} is ${offer.hoursPerWeek} hours a week; give fewer.`,
    });
}

/**
 * The offers a decision is about: the one named, or for a refusal or a waiting place without one, every offer the
 * application chose. The municipality cannot decide on a state place (VTA, AFT, VTAO): NAV grants those, and its
 * records reach the hub through the NAV adapter.
 */
export function assertDecidedByMunicipality(draft: DecisionDraft, chosen: readonly ChosenOffer[]): void {
  const about = draft.offerId == null ? chosen : chosen.filter((c) => c.id === draft.offerId);
  const byNav = about.filter((c) => c.decidedBy === DecisionAuthority.NAV);
  const allByNav = byNav.length === about.length && about.length > 0;
  if (draft.offerId != null ? byNav.length > 0 : allByNav) {
    throw new FailedPreconditionError(
      'DECIDED_BY_NAV',
      {
        nb: `Det er NAV som bestemmer over ${byNav.map((c) => c.title).join(', ')}, ikke kommunen. NAVs vedtak kommer til huben fra NAV.`,
        en: `NAV decides on ${byNav.map((c) => c.title).join(', ')}, not the municipality; NAV’s decision reaches the hub through the NAV adapter.`,
      },
      { offerIds: byNav.map((c) => c.id) },
    );
  }
}

/** A place cannot be granted from a day before the decision: nobody could have known of it then. */
export function assertStartNotBeforeDecision(startDate: string | null, decidedOn: string): void {
  if (startDate != null && startDate < decidedOn) {
    throw new FailedPreconditionError(
      'START_BEFORE_DECISION',
      {
        nb: `Plassen kan ikke starte ${startDate}, før vedtaket ${decidedOn}.`,
        en: `The place cannot start on ${startDate}, before the decision on ${decidedOn}.`,
      },
      { decidedOn },
    );
  }
}

/** The offers a WAITING decision puts the applicant on the list for: the one named, else every municipal choice. */
export function offersWaitedFor(draft: DecisionDraft, chosen: readonly ChosenOffer[]): ChosenOffer[] {
  const about = draft.offerId == null ? chosen : chosen.filter((c) => c.id === draft.offerId);
  return about.filter((c) => c.decidedBy !== DecisionAuthority.NAV);
}
