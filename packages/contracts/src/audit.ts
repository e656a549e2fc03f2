import { hasRole, Role } from './access';
import { isUuid } from './ids';
import type { Caller } from './trust';

/**
 * What kind of personal data a read touched, as the audit log records it (docs/security.md, "Audit log"). One read
 * of a participant is one entry per category, however many fields of that category the operation asked for.
 */
export const AuditCategory = {
  /** Name, birth date, contact details, guardians. */
  IDENTITY: 'IDENTITY',
  /** The path: the hub's placement index, at which provider and when. */
  PATH: 'PATH',
  /** A provider's own detail of a placement: hours, days, group, goals, AFT periods, training. */
  PROVIDER_DETAIL: 'PROVIDER_DETAIL',
  /** NAV's records of the participant. */
  NAV: 'NAV',
  /** Health and function data (IPLOS); not in the graph yet. */
  IPLOS: 'IPLOS',
  /** Applications, decisions, waiting lists, transitions, the career plan. */
  APPLICATIONS: 'APPLICATIONS',
  /** The audit log itself: who read this participant's data. */
  AUDIT: 'AUDIT',
} as const;
export type AuditCategory = (typeof AuditCategory)[keyof typeof AuditCategory];

export const AUDIT_CATEGORIES = Object.values(AuditCategory);

/** One read a subgraph reports: this participant's data of this category was resolved for the request. */
export interface AuditRead {
  participantId: string;
  category: AuditCategory;
}

/** The key under `extensions` of a subgraph's response where its reads go to the gateway (never to clients). */
export const AUDIT_EXTENSION = 'veiinnAudit';

/** How a subgraph declares that the fields of one GraphQL type describe one participant. */
export interface AuditedType<TSource = never> {
  /** The category of every field of the type, unless `fields` says otherwise. */
  category: AuditCategory;
  /**
   * The participant the parent object describes. When left out, or when it answers null or undefined (a goal whose
   * placement is not loaded, NAV's records below `Participant.nav`), the nearest audited object above it in the
   * response decides; with none above, nothing is recorded (e.g. a placement of someone unknown to the hub).
   */
  participantId?: (source: TSource) => string | null | undefined;
  /**
   * Whom to record when no participant is known, neither from `participantId` nor from above: a pseudonymous
   * subject of the subgraph's own (NAV's record listed on its own: `nav-record:<id>`), so that the read is still in
   * the log for the privacy officer. Left out: nothing is recorded.
   */
  subjectWhenAlone?: (source: TSource) => string | null | undefined;
  /** Per field: another category, or `null` for a field that reveals nothing about the person (e.g. a version). */
  fields?: Record<string, AuditCategory | null>;
}

/** GraphQL type name -> how its fields are audited. */
export type AuditMap = Record<string, AuditedType<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Whose reads are recorded: every caller the gateway vouched for (a person, a partner system, or an anonymous
 * caller), but not our own services (role `service`), which read on the graph's behalf, and nobody when service
 * trust is off (`caller === null`: tests, a subgraph run alone), where no one is known to record.
 */
export const isAudited = (caller: Caller | null | undefined): caller is Caller =>
  !!caller && !hasRole(caller, Role.SERVICE);

/** Who writes the audit log: the gateway, with a token it signs for the hub (audience `intake`) as this caller. */
export const AUDIT_WRITER: Caller = Object.freeze({
  sub: 'veiinn-gateway',
  roles: Object.freeze(['service']) as string[],
});

/** One entry as the gateway sends it to the hub (`POST /audit`, body `{ "entries": [...] }`). */
export interface AuditRecord extends AuditRead {
  /** The reader: the client caller's `sub` and roles as the gateway verified them. */
  sub: string;
  roles: string[];
  /** When the data was read (ISO 8601). */
  at: string;
  operationName: string | null;
  requestId: string;
  /** The subgraph that served the data. */
  subgraph: string;
}

/** The log's subject for a NAV record whose person the hub does not know (NAV's `subjectWhenAlone`). */
export const navRecordSubject = (recordId: string): string => `nav-record:${recordId}`;

/** Whether an id names a subject of the log: a participant's uuid, or a NAV record's subject. */
export const isAuditSubject = (id: string): boolean => isUuid(id.replace(/^nav-record:/, ''));
