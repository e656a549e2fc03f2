import type { WaitingSnapshot } from '@veiinn/kit';
import type { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavParticipantStatus, type NavStatusReason } from './participant-record.enums';

/** A record's place on a waiting list, as published on the feed. */
export interface WaitingState {
  waitingSince: string | null;
  waitingLeftOn: string | null;
  waitingLeftReason: string | null;
}

export const NEVER_WAITING: WaitingState = { waitingSince: null, waitingLeftOn: null, waitingLeftReason: null };

/**
 * The waiting state after a record gets a status on a day. VENTELISTE means waiting since that day; the first
 * other status after waiting means the list was left that day, for that status (and reason). A record that was
 * never waiting stays so, and a record that left keeps the day and the reason it left for.
 */
export function nextWaitingState(
  previous: WaitingState,
  status: NavParticipantStatus,
  reason: NavStatusReason | null,
  statusDate: string,
): WaitingState {
  if (status === NavParticipantStatus.VENTELISTE) {
    return { waitingSince: statusDate, waitingLeftOn: null, waitingLeftReason: null };
  }
  if (previous.waitingSince !== null && previous.waitingLeftOn === null) {
    return {
      waitingSince: previous.waitingSince,
      waitingLeftOn: statusDate,
      waitingLeftReason: reason ? `${status}/${reason}` : status,
    };
  }
  // A copy of the three fields only: `previous` may be the record itself, and is spread over it by the caller.
  return {
    waitingSince: previous.waitingSince,
    waitingLeftOn: previous.waitingLeftOn,
    waitingLeftReason: previous.waitingLeftReason,
  };
}

/** The `waiting` feed event's data for a record, or null when the record was never waiting. */
export function waitingSnapshot(
  state: WaitingState,
  personRef: string | null,
  instance: Pick<NavMeasureInstance, 'offerId' | 'description'>,
): WaitingSnapshot | null {
  if (state.waitingSince === null) return null;
  return {
    participantId: null,
    personRef,
    offerId: instance.offerId,
    description: instance.description,
    since: state.waitingSince,
    leftOn: state.waitingLeftOn,
    leftReason: state.waitingLeftReason,
  };
}

export function sameSnapshot(a: WaitingSnapshot | null, b: WaitingSnapshot | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
