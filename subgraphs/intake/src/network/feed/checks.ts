import {
  DECISION_AUTHORITIES,
  intakeModeOnFeed,
  isIsoDate,
  OFFER_KINDS,
  periodProblems,
  type NavGrantSnapshot,
  type OfferSnapshot,
  type PlacementSnapshot,
  type WaitingSnapshot,
} from '@veiinn/kit';

// What a feed event's data must hold, per record type (protocol veiinn-feed/1, docs/architecture.md): a snapshot
// the projection can use, or the problem that makes the hub reject the event.

export type Check<T> = T | { problem: string };
export const isProblem = <T>(value: Check<T>): value is { problem: string } =>
  typeof value === 'object' && value !== null && 'problem' in value;

export const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max;
const isLocalized = (v: unknown) =>
  typeof v === 'object' && v !== null && isText((v as never)['nb'], 10_000) && isText((v as never)['en'], 10_000);
const isCount = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const isDateOrNull = (v: unknown) => v === null || (typeof v === 'string' && isIsoDate(v));

export function checkOffer(data: Record<string, unknown>): Check<OfferSnapshot> {
  const d = data as unknown as OfferSnapshot;
  if (!OFFER_KINDS.includes(d.kind)) return { problem: `unknown offer kind "${String(d.kind)}"` };
  if (!isLocalized(d.title) || !isLocalized(d.description)) return { problem: 'title and description need nb and en' };
  // Older events have no easy-read text (the hub shows the description); one that is sent needs both languages.
  if (d.easyRead !== undefined && d.easyRead !== null && !isLocalized(d.easyRead))
    return { problem: 'easyRead needs nb and en' };
  const intakeMode = intakeModeOnFeed(d.intakeMode);
  if (!intakeMode || !DECISION_AUTHORITIES.includes(d.decidedBy)) {
    return { problem: 'intakeMode or decidedBy is not a known value' };
  }
  if (!isCount(d.places)) return { problem: 'places must be a whole number of 0 or more, or null' };
  if (d.hoursPerWeek !== null && (typeof d.hoursPerWeek !== 'number' || d.hoursPerWeek < 0 || d.hoursPerWeek > 37.5)) {
    return { problem: 'hoursPerWeek must be between 0 and 37.5, or null' };
  }
  if (typeof d.openForApplications !== 'boolean') return { problem: 'openForApplications must be true or false' };
  // An event written before MAIN_INTAKE became MAIN is read as today's name.
  return { ...d, intakeMode };
}

export function checkPlacement(data: Record<string, unknown>): Check<PlacementSnapshot> {
  const d = data as unknown as PlacementSnapshot;
  if (!isText(d.participantId, 64) || !isText(d.offerId, 64))
    return { problem: 'participantId and offerId are required' };
  if (typeof d.startDate !== 'string' || !isDateOrNull(d.endDate))
    return { problem: 'startDate/endDate must be dates' };
  const period = periodProblems(d.startDate, d.endDate);
  if (period.length) return { problem: period.map((p) => `${p.field}: ${p.en}`).join('; ') };
  if (d.hoursPerWeek !== null && (typeof d.hoursPerWeek !== 'number' || d.hoursPerWeek < 0 || d.hoursPerWeek > 37.5)) {
    return { problem: 'hoursPerWeek must be between 0 and 37.5, or null' };
  }
  if (!isCount(d.daysPerWeek) || (d.daysPerWeek ?? 0) > 7) return { problem: 'daysPerWeek must be 0-7, or null' };
  return d;
}

export function checkWaiting(data: Record<string, unknown>): Check<WaitingSnapshot> {
  const d = data as unknown as WaitingSnapshot;
  const hasParticipant = isText(d.participantId, 64);
  const hasRef = isText(d.personRef, 64);
  if (hasParticipant === hasRef) return { problem: 'exactly one of participantId and personRef is required' };
  if (d.offerId !== null && !isText(d.offerId, 64)) return { problem: 'offerId must be an id or null' };
  if (!isText(d.description, 300)) return { problem: 'description is required (at most 300 characters)' };
  if (typeof d.since !== 'string' || !isIsoDate(d.since) || !isDateOrNull(d.leftOn)) {
    return { problem: 'since/leftOn must be dates' };
  }
  if ((d.leftOn === null) !== (d.leftReason === null)) return { problem: 'leftOn and leftReason go together' };
  return d;
}

export function checkNavGrant(data: Record<string, unknown>): Check<NavGrantSnapshot> {
  const d = data as unknown as NavGrantSnapshot;
  if (!isText(d.personRef, 64)) return { problem: 'personRef is required' };
  if (d.offerId !== null && !isText(d.offerId, 64)) return { problem: 'offerId must be an id or null' };
  if (!isText(d.measureCode, 64) || !isText(d.description, 300))
    return { problem: 'measureCode and description are required (at most 64 and 300 characters)' };
  if (typeof d.granted !== 'boolean' || !isText(d.status, 32)) return { problem: 'granted and status are required' };
  if (typeof d.statusOn !== 'string' || !isIsoDate(d.statusOn) || !isDateOrNull(d.from)) {
    return { problem: 'statusOn/from must be dates' };
  }
  if (d.granted ? d.reason !== null : !isText(d.reason, 100))
    return { problem: 'a withdrawal (granted false) gives its reason, a grant none' };
  return d;
}
