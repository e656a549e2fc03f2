import {
  ForbiddenError,
  hasRole,
  isOwnProvider,
  participantScope,
  requireProviderWrite,
  Role,
  type Caller,
  type ProviderIdentity,
} from '@veiinn/kit';

/**
 * May the caller read the supervisors' names (staff names, docs/security.md)? The allocation office, our services
 * and this provider's own staff or system; not another provider, nor anyone else. Trust off allows it.
 */
export function maySeeStaffNames(caller: Caller | null, self: ProviderIdentity): boolean {
  if (caller === null || hasRole(caller, Role.SERVICE, Role.CASE_WORKER)) return true;
  return isOwnProvider(participantScope(caller), self);
}

/**
 * Refuses to write a training candidacy (lærekandidat) plan unless the caller may write placements here and is
 * not only a partner system: the plan is the work centre staff's (the matrix gives partner systems read only).
 */
export function requireTrainingPlanWrite(caller: Caller | null, self: ProviderIdentity): void {
  const action = { no: 'skrive en lærekandidatplan', en: 'write a training candidacy plan' };
  requireProviderWrite(caller, self, action);
  if (caller === null || hasRole(caller, Role.SERVICE, Role.CASE_WORKER, Role.PROVIDER_STAFF)) return;
  throw new ForbiddenError(
    {
      nb: `Du har ikke lov til å ${action.no}. Det kan bare Tildelingskontoret og arbeidssenterets ansatte.`,
      en: `You may not ${action.en}. Only the allocation office and the work centre's own staff may.`,
    },
    { requiredRoles: [Role.CASE_WORKER, Role.PROVIDER_STAFF], providerId: self.providerId },
  );
}
