import { FailedPreconditionError } from '@veiinn/kit';
import { TransitionStatus } from './transition.enums';

const { PROPOSED, ON_AGENDA, AGREED, REJECTED, EXECUTING, COMPLETED, WITHDRAWN, REVERTING, REVERTED } =
  TransitionStatus;

/**
 * The only steps a transition may take. A postponed transition goes from ON_AGENDA back to PROPOSED, to be put on a
 * later meeting's agenda. REJECTED, COMPLETED and WITHDRAWN are final; a new wish is a new transition. Once agreed,
 * the meeting's word stands: the change is executed or stays visible as stalled, unless a target cannot be started
 * at all: then the allocation office undoes the ends (REVERTING, then REVERTED once every end is undone).
 */
export const TRANSITION_STEPS: Readonly<Record<TransitionStatus, readonly TransitionStatus[]>> = {
  [PROPOSED]: [ON_AGENDA, WITHDRAWN],
  [ON_AGENDA]: [AGREED, REJECTED, PROPOSED, WITHDRAWN],
  [AGREED]: [EXECUTING],
  [EXECUTING]: [COMPLETED, REVERTING],
  [REVERTING]: [REVERTED],
  [REJECTED]: [],
  [COMPLETED]: [],
  [WITHDRAWN]: [],
  [REVERTED]: [],
};

/** Statuses that still hold their placements and target places (the overlap rule counts them). */
export const OPEN_TRANSITION_STATUSES: readonly TransitionStatus[] = [
  PROPOSED,
  ON_AGENDA,
  AGREED,
  EXECUTING,
  REVERTING,
];

export function canStep(from: TransitionStatus, to: TransitionStatus): boolean {
  return TRANSITION_STEPS[from].includes(to);
}

/** The status after the step, or FAILED_PRECONDITION (rule TRANSITION_STATE) naming both ends. */
export function stepTransition(from: TransitionStatus, to: TransitionStatus): TransitionStatus {
  if (!canStep(from, to)) {
    const allowed = TRANSITION_STEPS[from];
    throw new FailedPreconditionError(
      'TRANSITION_STATE',
      {
        nb: `En overgang kan ikke gå fra ${from} til ${to}. Fra ${from} kan den gå til ${allowed.length ? allowed.join(' eller ') : 'ingenting (den er ferdig)'}.`,
        en: `A transition cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.length ? allowed.join(' or ') : 'nothing (it is final)'}.`,
      },
      { from, to },
    );
  }
  return to;
}

/** What the overlap rule needs of a transition. */
export interface TransitionClaims {
  id: string;
  status: TransitionStatus;
  /** Hub placement ids the transition ends. */
  fromPlacementIds: readonly string[];
  /** Offer and group of each target. */
  targets: readonly { offerId: string; groupId: string | null }[];
}

/**
 * Two open transitions of one participant may not take the same placement, nor aim at the same offer and group:
 * the second would be executed against a placement the first has already changed. Returns the first clash, or null.
 */
export function overlapWith(
  proposed: Omit<TransitionClaims, 'status'>,
  others: readonly TransitionClaims[],
): { transitionId: string; placementId?: string; offerId?: string } | null {
  for (const other of others) {
    if (other.id === proposed.id || !OPEN_TRANSITION_STATUSES.includes(other.status)) continue;
    const placementId = proposed.fromPlacementIds.find((p) => other.fromPlacementIds.includes(p));
    if (placementId) return { transitionId: other.id, placementId };
    const target = proposed.targets.find((t) =>
      other.targets.some((o) => o.offerId === t.offerId && (o.groupId ?? null) === (t.groupId ?? null)),
    );
    if (target) return { transitionId: other.id, offerId: target.offerId };
  }
  return null;
}

/** Throws FAILED_PRECONDITION (TRANSITION_OVERLAP) when `overlapWith` finds a clash. */
export function assertNoOverlap(proposed: Omit<TransitionClaims, 'status'>, others: readonly TransitionClaims[]): void {
  const clash = overlapWith(proposed, others);
  if (!clash) return;
  throw new FailedPreconditionError(
    'TRANSITION_OVERLAP',
    clash.placementId
      ? {
          nb: `Plassen ${clash.placementId} er allerede med i en åpen overgang (${clash.transitionId}).`,
          en: `Placement ${clash.placementId} is already in open transition ${clash.transitionId}.`,
        }
      : {
          nb: `En åpen overgang (${clash.transitionId}) gjelder allerede samme tilbud og gruppe (${clash.offerId}).`,
          en: `Open transition ${clash.transitionId} already aims at the same offer and group (${clash.offerId}).`,
        },
    clash,
  );
}

/** The day before an ISO date: a from-placement's default last day is the day before the earliest target start. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Days after which an executing transition whose changes the hub has not seen counts as stalled. */
export const STALLED_AFTER_DAYS = 14;

/** What the stalled check needs of one step. */
export interface StepFacts {
  label: string;
  refused: boolean;
  seenInHub: boolean;
}

/**
 * Whether an executing transition is stalled, and what it waits for. Computed on read: a refused or unanswered step
 * stalls it at once; a step the provider answered but whose change the hub's feed has not shown stalls it after
 * `STALLED_AFTER_DAYS` days since execution.
 */
export function stallState(
  status: TransitionStatus,
  steps: readonly StepFacts[],
  executedOn: string | null,
  today: string,
): { stalled: boolean; waitingFor: string[] } {
  if (status !== EXECUTING && status !== REVERTING) return { stalled: false, waitingFor: [] };
  const waitingFor = steps.filter((s) => !s.seenInHub).map((s) => s.label);
  const old = executedOn != null && Date.parse(today) - Date.parse(executedOn) >= STALLED_AFTER_DAYS * 86_400_000;
  return { stalled: steps.some((s) => s.refused) || (waitingFor.length > 0 && old), waitingFor };
}
