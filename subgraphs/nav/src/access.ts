import { ForbiddenError, hasRole, participantScope, requiresScopes, Role, type Caller } from '@veiinn/kit';

/**
 * Whose NAV records a caller may read (docs/security.md, "NAV records" and "Waiting lists"), from the caller alone:
 * - `all`: no trust configured, our own services, the case worker and NAV's staff;
 * - `own`: an applicant or guardian: the participants in their token;
 * - `none`: everyone else: provider staff and partner systems (never NAV's records), the analyst (counts only), the
 *   public.
 *
 * The adapter knows people by pseudonym only (`personRef`); a record is linked to the hub's participant through the
 * `Participant` representation the gateway sends, `{ id, navRef }`, whose `navRef` the gateway fetched from the hub
 * for that very id (`@requires`). So "own" is decided on the representation's `id`: only the gateway and our own
 * services can send representations (service trust), and they take both fields from the hub.
 */
export type NavScope = { kind: 'all' } | { kind: 'own'; participantIds: ReadonlySet<string> } | { kind: 'none' };

export function navScope(caller: Caller | null): NavScope {
  // NAV's staff see NAV's records whatever else they are.
  if (hasRole(caller, Role.NAV_STAFF)) return { kind: 'all' };
  const scope = participantScope(caller);
  if (scope.kind === 'all' || scope.kind === 'own') return scope;
  return { kind: 'none' };
}

/** May the caller read the NAV records of the hub's participant `participantId`? */
export function seesRecordsOf(scope: NavScope, participantId: string): boolean {
  if (scope.kind === 'all') return true;
  return scope.kind === 'own' && scope.participantIds.has(participantId);
}

/**
 * A measure instance's waiting list entry by entry: NAV's staff, the case worker, our services, and applicants and
 * guardians (who find their own position under `Participant.nav.waitingLists`). The counts stay public.
 */
export const NAV_WAITING_LIST = requiresScopes(
  [Role.NAV_STAFF],
  [Role.CASE_WORKER],
  [Role.APPLICANT],
  [Role.GUARDIAN],
  [Role.SERVICE],
);

/**
 * NAV's own working lists (an instance's records and its counts by status): NAV's staff only. The case worker
 * reads NAV's records person by person (`Participant.nav`); the analyst has the public counts.
 */
export const NAV_STAFF_ONLY = requiresScopes([Role.NAV_STAFF]);

/** The row rule behind NAV_STAFF_ONLY: refuses anyone but NAV's staff (or any caller with service trust off). */
export function requireNavStaff(caller: Caller | null, action: { nb: string; en: string }): void {
  if (caller === null || hasRole(caller, Role.NAV_STAFF)) return;
  throw new ForbiddenError(
    { nb: `Bare NAVs ansatte kan ${action.nb}.`, en: `Only NAV staff may ${action.en}.` },
    { requiredRoles: [Role.NAV_STAFF] },
  );
}
