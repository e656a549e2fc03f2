import {
  Access,
  ForbiddenError,
  isOwnProvider,
  participantScope,
  PROVIDER_WRITE,
  Role,
  type Action,
  type Caller,
  type ProviderIdentity,
} from '@veiinn/kit';
import type { MiddlewareFn } from 'type-graphql';
import { ArbaMeasure } from './common/enums';

/**
 * Which of Arba's participations a caller may read (docs/security.md, "Arba VTA goals and evaluations, AFT periods
 * and outcome"), decided from the caller alone:
 * - `all`: no trust configured, our own services (the hub placing a decided place), the case worker, and Arba's own
 *   staff and partner system;
 * - `own`: an applicant or guardian: the participations of the participants in their token;
 * - `aft-outcome`: NAV's staff: AFT participations only, and of them the period and outcome fields only;
 * - `none`: everyone else, staff of other providers among them: no participation at all.
 */
export type ArbaScope =
  { kind: 'all' } | { kind: 'own'; participantIds: ReadonlySet<string> } | { kind: 'aft-outcome' } | { kind: 'none' };

export function arbaScope(caller: Caller | null, arba: ProviderIdentity): ArbaScope {
  const scope = participantScope(caller);
  switch (scope.kind) {
    case 'all':
    case 'own':
      return scope;
    case 'provider':
      return isOwnProvider(scope, arba) ? { kind: 'all' } : { kind: 'none' };
    case 'nav':
      return { kind: 'aft-outcome' };
    default:
      return { kind: 'none' };
  }
}

/** May the caller read this participation at all? Out of scope, a single row answers null and a list leaves it out. */
export function seesParticipation(scope: ArbaScope, row: { participantId: string; measure: ArbaMeasure }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'own':
      return scope.participantIds.has(row.participantId);
    case 'aft-outcome':
      return row.measure === ArbaMeasure.AFT;
    default:
      return false;
  }
}

/** Supervisors' names are for the case worker and Arba's own staff (and our services), no one else. */
export const seesStaffNames = (scope: ArbaScope): boolean => scope.kind === 'all';

/**
 * Arba's AFT periods and outcome: the provider detail's readers and NAV's staff, who grant AFT and follow where its
 * participants go. Everything else of a participation is `Access.PROVIDER_DETAIL`.
 */
export const AFT_OUTCOME = Access.PERSONAL;

/** Arba's detail of one participant (hours, arena, goals): `Access.PROVIDER_DETAIL`, named here beside its sibling. */
export const PROVIDER_DETAIL = Access.PROVIDER_DETAIL;

/** Who may change participations: the allocation office, Arba's staff and partner system, and our own services. */
export const ARBA_WRITE = PROVIDER_WRITE;

/**
 * Refuses a write unless the caller may change Arba's participations: the case worker, our own services, or Arba's
 * own staff or partner system (staff of another provider may not). Call first, before anything is read or written.
 */
export function requireArbaWrite(caller: Caller | null, arba: ProviderIdentity, action: Action): void {
  if (arbaScope(caller, arba).kind === 'all') return;
  throw new ForbiddenError(
    {
      nb: `Du har ikke lov til å ${action.no} hos Arba. Det kan bare saksbehandlere og Arbas egne ansatte.`,
      en: `You may not ${action.en} at Arba. Only case workers and Arba's own staff may.`,
    },
    { requiredRoles: [Role.CASE_WORKER, Role.PROVIDER_STAFF, Role.PARTNER_SYSTEM] },
  );
}

/**
 * The second line behind `Access.PROVIDER_DETAIL` on a participation's fields: NAV's staff reach AFT participations
 * for their periods and outcome, and are refused (FORBIDDEN on the field's path) anything else of them.
 */
export const providerDetailOnly: MiddlewareFn<{ caller: Caller | null; app: ProviderIdentity }> = (
  { context, info },
  next,
) => {
  if (arbaScope(context.caller, context.app).kind === 'aft-outcome') {
    throw new ForbiddenError({
      nb: `NAV ser bare AFT-perioder og -utfall hos Arba, ikke «${info.parentType.name}.${info.fieldName}».`,
      en: `NAV's staff see only AFT periods and outcome at Arba, not "${info.parentType.name}.${info.fieldName}".`,
    });
  }
  return next();
};
