import { GraphQLError } from 'graphql';
import { bilingualMessage, ErrorCode, type Bilingual } from './errors';
import type { Caller } from './trust';

/**
 * The roles of "who may see what" (docs/security.md). `public` is a caller without a token; `service` is one of our
 * own services calling another (the hub placing a decided place), never a person.
 */
export const Role = {
  PUBLIC: 'public',
  APPLICANT: 'applicant',
  GUARDIAN: 'guardian',
  CASE_WORKER: 'case-worker',
  PROVIDER_STAFF: 'provider-staff',
  NAV_STAFF: 'nav-staff',
  ANALYST: 'analyst',
  PARTNER_SYSTEM: 'partner-system',
  PRIVACY_OFFICER: 'privacy-officer',
  SERVICE: 'service',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** An OAuth scope of ours: `resource:action` (`offers:read`, `nav:ingest`). A role name never has a colon. */
const OAUTH_SCOPE = /^[a-z][a-z0-9-]*(:[a-z0-9-]+)+$/;

/**
 * The scopes a caller holds, for `@requiresScopes`: its roles, plus the OAuth scopes of a partner system's token
 * (`scope`, space-separated). Roles and OAuth scopes are separate namespaces: only a scope of the form
 * `resource:action` counts, so `scope: "case-worker"` (or `"service"`) grants no role. Other scopes an identity
 * provider adds (`openid`, `profile`) mean nothing here and are left out.
 */
export function scopesOf(caller: Caller | null): Set<string> {
  if (!caller) return new Set();
  const scopes = caller.scope?.split(/\s+/).filter((scope) => OAUTH_SCOPE.test(scope)) ?? [];
  return new Set([...caller.roles, ...scopes]);
}

export const hasRole = (caller: Caller | null, ...roles: Role[]): boolean =>
  !!caller && roles.some((role) => caller.roles.includes(role));

/**
 * Which participants' rows a caller may see, decided once per request from the caller alone; each subgraph applies
 * it to the rows it owns (in its loaders and list queries), so no path around the gateway reaches more.
 * - `all`: no trust configured (tests, a subgraph run alone in development), our own services, the case worker.
 * - `own`: an applicant or guardian: the participants in the token's `participantIds`.
 * - `provider`: provider staff, or a partner system matched by organisation number: the participants who have,
 *   had or applied for a place with that provider (`providerId` is intake's provider id; `orgno` when only the
 *   organisation number is known, which the subgraph matches to a provider).
 * - `nav`: NAV's staff: NAV-linked records only.
 * - `none`: everyone else (public, analyst, privacy officer): no row that describes one person.
 */
export type ParticipantScope =
  | { kind: 'all' }
  | { kind: 'own'; participantIds: ReadonlySet<string> }
  | { kind: 'provider'; providerId?: string; orgno?: string }
  | { kind: 'nav' }
  | { kind: 'none' };

export function participantScope(caller: Caller | null): ParticipantScope {
  if (caller === null) return { kind: 'all' };
  if (hasRole(caller, Role.SERVICE, Role.CASE_WORKER)) return { kind: 'all' };
  if (hasRole(caller, Role.APPLICANT, Role.GUARDIAN)) {
    return { kind: 'own', participantIds: new Set(caller.participantIds ?? []) };
  }
  if (hasRole(caller, Role.PROVIDER_STAFF) && caller.providerId) {
    return { kind: 'provider', providerId: caller.providerId };
  }
  if (hasRole(caller, Role.PARTNER_SYSTEM) && (caller.providerId || caller.orgno)) {
    return { kind: 'provider', providerId: caller.providerId, orgno: caller.orgno };
  }
  if (hasRole(caller, Role.NAV_STAFF)) return { kind: 'nav' };
  return { kind: 'none' };
}

/** True when the scope lets the caller see every participant's rows (no filtering needed). */
export const seesAll = (scope: ParticipantScope): boolean => scope.kind === 'all';

/** For a scope of kind `own`: may the caller see this participant's rows? False for any other kind. */
export const ownsParticipant = (scope: ParticipantScope, participantId: string): boolean =>
  scope.kind === 'own' && scope.participantIds.has(participantId);

/**
 * Valid credentials, but the rules do not allow this: a write outside the caller's scope, or a row asked for by a
 * caller who may not see it where the field's description says it refuses rather than answering null.
 * Thrown before anything is written, so a refused mutation changes nothing.
 */
export class ForbiddenError extends GraphQLError {
  constructor(text: Bilingual, extensions: Record<string, unknown> = {}) {
    super(bilingualMessage(text), {
      extensions: { ...extensions, messages: { nb: text.nb, en: text.en }, code: ErrorCode.FORBIDDEN },
    });
  }
}

/** What a refused caller tried to do, in both languages: the refusal is read by people. */
export interface Action {
  no: string;
  en: string;
}

/** Refuses unless the caller has one of the roles (or trust is off: `caller === null`). */
export function requireRole(caller: Caller | null, action: Action, ...roles: Role[]): void {
  if (caller === null || hasRole(caller, Role.SERVICE, ...roles)) return;
  // The message names neither the internal role `service` nor a list of roles: people read it. The roles a person
  // can have that would be allowed stay in `requiredRoles` for client developers.
  throw new ForbiddenError(
    { nb: `Du har ikke lov til å ${action.no}.`, en: `You may not ${action.en}.` },
    { requiredRoles: roles.filter((role) => role !== Role.SERVICE) },
  );
}

/**
 * The access directives every subgraph declares its fields with (composed into the supergraph; enforced by the
 * gateway before any subgraph is called, see gateway/src/authorization.ts). One vocabulary, so a rule is named once.
 * Scopes are role names (see `scopesOf`); `@requiresScopes` takes alternatives, each a list that must all be held.
 */
export const requiresScopes = (...alternatives: string[][]): string =>
  `@requiresScopes(scopes: ${JSON.stringify(alternatives)})`;

/** `@requiresScopes` met by any one of the roles. */
export const requiresAnyRole = (...roles: Role[]): string => requiresScopes(...roles.map((role) => [role]));
const anyOf = requiresAnyRole;

export const Access = {
  /** Any signed-in caller. */
  AUTHENTICATED: '@authenticated',
  /** Fields that describe one person (identity, path, applications): the roles that may see some participants. */
  PERSONAL: anyOf(
    Role.APPLICANT,
    Role.GUARDIAN,
    Role.CASE_WORKER,
    Role.PROVIDER_STAFF,
    Role.NAV_STAFF,
    Role.PARTNER_SYSTEM,
    Role.SERVICE,
  ),
  /** A provider's own detail about a participant (hours, days, group, goals): not NAV, not the analyst. */
  PROVIDER_DETAIL: anyOf(
    Role.APPLICANT,
    Role.GUARDIAN,
    Role.CASE_WORKER,
    Role.PROVIDER_STAFF,
    Role.PARTNER_SYSTEM,
    Role.SERVICE,
  ),
  /** NAV's records about a participant. */
  NAV_RECORDS: anyOf(Role.APPLICANT, Role.GUARDIAN, Role.CASE_WORKER, Role.NAV_STAFF, Role.SERVICE),
  /** Staff names (supervisors): staff who work with them, never the public or participants. */
  STAFF_NAMES: anyOf(Role.CASE_WORKER, Role.PROVIDER_STAFF, Role.PARTNER_SYSTEM, Role.SERVICE),
  /** The allocation office's own work: decisions, meetings, registering providers. */
  CASE_WORKER: anyOf(Role.CASE_WORKER, Role.SERVICE),
  /** Feed status: operators and dashboards. */
  FEED_STATUS: anyOf(Role.CASE_WORKER, Role.PROVIDER_STAFF, Role.ANALYST, Role.PARTNER_SYSTEM, Role.SERVICE),
  /** Who read a participant's data: the participant (or guardian) and the privacy officer. */
  AUDIT_LOG: anyOf(Role.APPLICANT, Role.GUARDIAN, Role.PRIVACY_OFFICER),
} as const;
