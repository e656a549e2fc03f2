import type { NavGrantSnapshot } from '@veiinn/kit';
import { osloDate } from '../common/nav-time';
import type { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavMeasureCode } from '../measure/measure.enums';
import { NavParticipantStatus, type NavStatusReason } from '../participant-record/participant-record.enums';

/** NAV's statuses that mean NAV has granted the place: waiting for the start, or taking part. */
export const GRANTED_STATUSES: ReadonlySet<NavParticipantStatus> = new Set([
  NavParticipantStatus.VENTER_PA_OPPSTART,
  NavParticipantStatus.DELTAR,
]);

/** The measures NAV decides a person's place in (state places): every measure the adapter knows. */
export const STATE_PLACE_MEASURES: ReadonlySet<NavMeasureCode> = new Set([
  NavMeasureCode.VARIG_TILRETTELAGT_ARBEID_SKJERMET,
  NavMeasureCode.ARBEIDSFORBEREDENDE_TRENING,
  NavMeasureCode.VTAO,
  NavMeasureCode.TILRETTELAGT_ARBEID_ORDINAER,
]);

/** What of a record the grant is read from. */
export interface GrantFacts {
  personRef: string | null;
  status: NavParticipantStatus;
  statusReason: NavStatusReason | null;
  statusAt: Date;
  startDate: string | null;
}

type GrantInstance = Pick<NavMeasureInstance, 'offerId' | 'description' | 'measureCode'>;

/** The grant a record holds now: a `granted: true` snapshot while it is in a granted status of a state place. */
export function currentGrant(record: GrantFacts, instance: GrantInstance): NavGrantSnapshot | null {
  if (!record.personRef || !GRANTED_STATUSES.has(record.status) || !STATE_PLACE_MEASURES.has(instance.measureCode)) {
    return null;
  }
  return {
    personRef: record.personRef,
    offerId: instance.offerId,
    measureCode: instance.measureCode,
    description: instance.description,
    granted: true,
    status: record.status,
    statusOn: osloDate(record.statusAt),
    from: record.startDate,
    reason: null,
  };
}

/**
 * The `nav-grant` event a change publishes, given the grant before it (null when there was none): the new grant
 * when it differs from the old one, a withdrawal (`granted: false`, for the offer granted) when a grant ends, and
 * null when nothing about a grant changed. A record that was never granted publishes nothing, whatever its status.
 */
export function grantChange(
  before: NavGrantSnapshot | null,
  record: GrantFacts,
  instance: GrantInstance,
): NavGrantSnapshot | null {
  const after = currentGrant(record, instance);
  if (after) return sameGrant(before, after) ? null : after;
  if (!before) return null;
  return {
    ...before,
    granted: false,
    status: record.status,
    statusOn: osloDate(record.statusAt),
    reason: record.statusReason ? `${record.status}/${record.statusReason}` : record.status,
  };
}

export function sameGrant(a: NavGrantSnapshot | null, b: NavGrantSnapshot | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
