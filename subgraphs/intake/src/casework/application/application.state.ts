import { FailedPreconditionError } from '@veiinn/kit';
import { ApplicationStatus } from './application.enums';

const { DRAFT, SUBMITTED, UNDER_ASSESSMENT, DECIDED, WITHDRAWN } = ApplicationStatus;

/**
 * The only steps an application may take. DECIDED and WITHDRAWN are final: a changed decision is a new decision on
 * the same application (a later slice), and a withdrawn applicant applies again with a new application. The one
 * exception, DECIDED to WITHDRAWN while on the waiting list, depends on the decision (see `canTransitionWith`).
 */
export const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  [DRAFT]: [SUBMITTED, WITHDRAWN],
  [SUBMITTED]: [UNDER_ASSESSMENT, WITHDRAWN],
  [UNDER_ASSESSMENT]: [DECIDED, WITHDRAWN],
  [DECIDED]: [],
  [WITHDRAWN]: [],
};

export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[from].includes(to);
}

/** What else a step depends on beside the two statuses. */
export interface TransitionFacts {
  /** The application was decided with WAITING and the applicant is still on a waiting list from it. */
  onWaitingList?: boolean;
}

/**
 * Whether the step is allowed. The one step out of DECIDED: an applicant still on the waiting list from the decision
 * may withdraw (and so leave the list); a granted or rejected application stays decided.
 */
export function canTransitionWith(
  from: ApplicationStatus,
  to: ApplicationStatus,
  facts: TransitionFacts = {},
): boolean {
  if (from === DECIDED && to === WITHDRAWN) return facts.onWaitingList === true;
  return canTransition(from, to);
}

/** The status after the step, or FAILED_PRECONDITION (rule APPLICATION_STATE) naming both ends of a forbidden step. */
export function transition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  facts: TransitionFacts = {},
): ApplicationStatus {
  if (!canTransitionWith(from, to, facts)) {
    const allowed = APPLICATION_TRANSITIONS[from];
    throw new FailedPreconditionError(
      'APPLICATION_STATE',
      {
        nb: `En søknad kan ikke gå fra ${from} til ${to}. Fra ${from} kan den gå til ${allowed.length ? allowed.join(' eller ') : 'ingenting (den er ferdig)'}.`,
        en: `An application cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.length ? allowed.join(' or ') : 'nothing (it is final)'}.`,
      },
      { from, to },
    );
  }
  return to;
}

/** Only a draft may be changed: once submitted, the allocation office assesses what was sent in. */
export function assertDraft(status: ApplicationStatus): void {
  if (status !== DRAFT) {
    throw new FailedPreconditionError(
      'APPLICATION_STATE',
      {
        nb: `Bare et utkast til søknad kan endres. Denne er ${status}.`,
        en: `Only a draft application can be changed; this one is ${status}.`,
      },
      { from: status, to: status },
    );
  }
}

/**
 * The steps that take an application to DECIDED on a decision made outside the hub (NAV's grant of a state place):
 * through UNDER_ASSESSMENT when it was only submitted. Each step is checked like any other, so a draft, a decided or
 * a withdrawn application refuses with APPLICATION_STATE.
 */
export function stepsToDecided(from: ApplicationStatus): ApplicationStatus[] {
  const steps = from === SUBMITTED ? [UNDER_ASSESSMENT, DECIDED] : [DECIDED];
  steps.reduce((at, to) => transition(at, to), from);
  return steps;
}
