import {
  ForbiddenError,
  hasRole,
  participantScope,
  requiresScopes,
  Role,
  type Action,
  type ParticipantScope,
  type Caller,
} from '@veiinn/contracts';

/*
 * The row rules every provider subgraph applies to the rows it owns: whose placement rows a caller reads there, and
 * who may change them. One copy for all providers, so a provider that joins later gets the same rules.
 */

/**
 * Which provider this subgraph is in the graph: the hub's provider id, and the organisation number a partner
 * system's token names it by (unknown until the organisation joins).
 */
export interface ProviderIdentity {
  providerId: string;
  orgno?: string;
}

/**
 * Which participants' placement rows a caller may read here (docs/security.md, "provider's placement detail"):
 * every row (trust off, our services, the allocation office, this provider's own staff or system), only the rows of
 * the participants the caller acts for (applicant, guardian), or none (another provider, NAV, the analyst, the
 * public, the privacy officer).
 */
export type RowAccess =
  { kind: 'all' } | { kind: 'participants'; participantIds: ReadonlySet<string> } | { kind: 'none' };

const ALL: RowAccess = { kind: 'all' };
const NONE: RowAccess = { kind: 'none' };

/** True for provider staff or a partner system of this provider, by provider id or organisation number. */
export function isOwnProvider(scope: ParticipantScope, self: ProviderIdentity): boolean {
  if (scope.kind !== 'provider') return false;
  return (
    (scope.providerId !== undefined && scope.providerId === self.providerId) ||
    (self.orgno !== undefined && scope.orgno === self.orgno)
  );
}

export function rowAccess(caller: Caller | null, self: ProviderIdentity): RowAccess {
  const scope = participantScope(caller);
  switch (scope.kind) {
    case 'all':
      return ALL;
    case 'provider':
      // A provider sees every row of its own (who has, had or applied for a place there); another provider none.
      return isOwnProvider(scope, self) ? ALL : NONE;
    case 'own':
      return { kind: 'participants', participantIds: scope.participantIds };
    default:
      return NONE;
  }
}

export const mayReadParticipant = (access: RowAccess, participantId: string): boolean =>
  access.kind === 'all' || (access.kind === 'participants' && access.participantIds.has(participantId));

/** The rows of `rows` the caller may read, in their order. */
export const readableRows = <T extends { participantId: string }>(access: RowAccess, rows: T[]): T[] =>
  access.kind === 'all' ? rows : rows.filter((row) => mayReadParticipant(access, row.participantId));

/** Who may change placements and groups here; the subgraph checks the provider itself (`requireProviderWrite`). */
export const PROVIDER_WRITE = requiresScopes(
  [Role.CASE_WORKER],
  [Role.PROVIDER_STAFF],
  [Role.PARTNER_SYSTEM],
  [Role.SERVICE],
);

/**
 * Refuses a write unless the caller is the allocation office, one of our services (the hub placing a decided place
 * or ending one in a transition), or this provider's own staff or system; trust off (`caller === null`) allows all.
 * Called before anything is read for the write, so a refusal changes nothing and says nothing about the rows.
 */
export function requireProviderWrite(caller: Caller | null, self: ProviderIdentity, action: Action): void {
  if (caller === null || hasRole(caller, Role.SERVICE, Role.CASE_WORKER)) return;
  if (isOwnProvider(participantScope(caller), self)) return;
  throw new ForbiddenError(
    {
      nb: `Du har ikke lov til å ${action.no} her. Det kan bare Tildelingskontoret og tilbyderens egne ansatte.`,
      en: `You may not ${action.en} here. Only the allocation office and this provider's own staff may.`,
    },
    { requiredRoles: [Role.CASE_WORKER, Role.PROVIDER_STAFF, Role.PARTNER_SYSTEM], providerId: self.providerId },
  );
}
