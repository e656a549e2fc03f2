/**
 * The Veiinn change feed, version 1: what a provider's subgraph serves at `GET /feed` and what the hub reads.
 * Described for partners in docs/architecture.md ("The change feed"). Events carry the whole current state of one
 * record (a snapshot), not a diff, so a reader that applies "newest version wins" is idempotent and can never
 * count a change twice.
 */
export const FEED_PROTOCOL = 'veiinn-feed/1';

/** Record types a feed may carry. A reader skips types it does not know (forward compatibility). */
export const FeedRecordType = {
  OFFER: 'offer',
  PLACEMENT: 'placement',
  WAITING: 'waiting',
  NAV_GRANT: 'nav-grant',
} as const;
export type FeedRecordType = (typeof FeedRecordType)[keyof typeof FeedRecordType];

/** One change of one record, as sent on the wire. */
export interface FeedEventDto {
  /** Position in this feed: strictly increasing, starting at 1, without gaps visible to readers. */
  sequence: number;
  type: string;
  /** Id of the record that changed (an offer's or a placement's id); a UUID or slug, at most 64 characters. */
  id: string;
  /** The record's own version after the change; a reader ignores an event older than what it has. */
  version: number;
  /** When the change was committed, ISO 8601. */
  occurredAt: string;
  /** The record's whole state after the change, or null when it was deleted (a tombstone). */
  data: Record<string, unknown> | null;
}

/** The response of `GET /feed?after=<sequence>&limit=<n>`. */
export interface FeedPageDto {
  protocol: typeof FEED_PROTOCOL;
  /** The sequence of the newest event in the feed (0 when empty): how far a reader is behind is `head - after`. */
  head: number;
  /** Events with sequence greater than `after`, oldest first, at most `limit`. */
  events: FeedEventDto[];
}

export const OFFER_KINDS = [
  'ACTIVITY',
  'ADAPTED_WORK',
  'VTA',
  'VTAO',
  'AFT',
  'TRAINING_CANDIDATE',
  'APPRENTICESHIP',
  'YOUTH_PROGRAMME',
] as const;
export type OfferKindCode = (typeof OFFER_KINDS)[number];
export const INTAKE_MODES = ['MAIN', 'CONTINUOUS'] as const;
export type IntakeModeCode = (typeof INTAKE_MODES)[number];
/**
 * Intake modes by their names before 2 December 2026 (`MAIN_INTAKE` is now `MAIN`): events already in a feed keep
 * the old name, so a reader maps it rather than refusing the event. Providers send only `INTAKE_MODES`.
 */
export const LEGACY_INTAKE_MODES: Readonly<Record<string, IntakeModeCode>> = { MAIN_INTAKE: 'MAIN' };

/** The intake mode an offer event carries, with an old name read as today's; null for an unknown value. */
export function intakeModeOnFeed(value: unknown): IntakeModeCode | null {
  if (typeof value !== 'string') return null;
  if ((INTAKE_MODES as readonly string[]).includes(value)) return value as IntakeModeCode;
  return Object.hasOwn(LEGACY_INTAKE_MODES, value) ? LEGACY_INTAKE_MODES[value] : null;
}
export const DECISION_AUTHORITIES = ['ALLOCATION_OFFICE', 'NAV', 'PROVIDER'] as const;

export interface LocalizedTextDto {
  nb: string;
  en: string;
}

/** `data` of an `offer` event: the catalogue fields of one offer, owned by the provider. */
export interface OfferSnapshot {
  kind: OfferKindCode;
  title: LocalizedTextDto;
  description: LocalizedTextDto;
  /**
   * Easy-read text (lettlest) of the description: short sentences in common words (see `EASY_READ_RULE`).
   * Absent in events written before 2026-12-02; the hub then shows the description until the next event.
   */
  easyRead?: LocalizedTextDto;
  eligibility: LocalizedTextDto;
  trade: string | null;
  site: string | null;
  hoursPerWeek: number | null;
  intakeMode: IntakeModeCode;
  decidedBy: (typeof DECISION_AUTHORITIES)[number];
  /** Places the provider has for this offer; null when not published. */
  places: number | null;
  openForApplications: boolean;
}

/** `data` of a `placement` event: one participant's place in one offer for a period. */
export interface PlacementSnapshot {
  /** The hub's participant id. */
  participantId: string;
  offerId: string;
  /** First day, YYYY-MM-DD. */
  startDate: string;
  /** Last day, YYYY-MM-DD; null while open-ended. */
  endDate: string | null;
  hoursPerWeek: number | null;
  daysPerWeek: number | null;
}

/**
 * `data` of a `waiting` event: one person waiting for a place (never deleted; leaving sets `leftOn`). A source that
 * knows the hub's participant id sends `participantId`; the NAV adapter, which knows people only by a pseudonym of
 * their national identity number, sends `personRef` (see `personRef` in the kit) and the hub matches it.
 */
export interface WaitingSnapshot {
  participantId: string | null;
  personRef: string | null;
  /** The catalogue offer waited for; null when the measure has no offer in the catalogue. */
  offerId: string | null;
  /** What is waited for, in the source's words, e.g. "VTA, Arba Inkludering (2021/4411)". */
  description: string;
  /** Waiting since, YYYY-MM-DD. */
  since: string;
  /** Left the list on, YYYY-MM-DD; null while waiting. */
  leftOn: string | null;
  /** Why the list was left, in the source's words, e.g. "DELTAR" or "IKKE_AKTUELL/FATT_JOBB"; null while waiting. */
  leftReason: string | null;
}

/**
 * `data` of a `nav-grant` event (from NAV's adapter): NAV's decision on one participant record in a state place (VTA,
 * AFT, VTAO), keyed by the record's id. Published when the record enters a granted status (`VENTER_PA_OPPSTART`,
 * `DELTAR`) or changes within them, and once when it leaves them (`granted: false`: `HAR_SLUTTET`, `IKKE_AKTUELL`,
 * back to `VENTELISTE`, ...). `data: null` when NAV deleted a granted record. Never deleted by the reader.
 */
export interface NavGrantSnapshot {
  /** Pseudonym of the person's identity number (see `personRef` in the kit): the hub matches its participant. */
  personRef: string;
  /** The catalogue offer the measure instance is delivered as; null when the instance has no offer. */
  offerId: string | null;
  /** NAV's measure code (Tiltakskode), e.g. VARIG_TILRETTELAGT_ARBEID_SKJERMET. */
  measureCode: string;
  /** What is granted, in NAV's words, e.g. "VTA, Arba Inkludering (2016/104411)". */
  description: string;
  /** True while NAV's grant holds; false once withdrawn or ended. */
  granted: boolean;
  /** NAV's participant status (DeltakerStatus) the record has now, e.g. DELTAR or HAR_SLUTTET. */
  status: string;
  /** The day the record got that status, YYYY-MM-DD. */
  statusOn: string;
  /** First day of the place (NAV's startDato), YYYY-MM-DD; null while NAV has not set it. */
  from: string | null;
  /** Why the grant ended, in NAV's words ("HAR_SLUTTET/FATT_JOBB", "IKKE_AKTUELL"); null while granted. */
  reason: string | null;
}
