import { ForbiddenError, hasRole, requireRole, requiresAnyRole, Role, type Action, type Caller } from '@veiinn/kit';
import { ApplicantRole } from '../casework/application/application.enums';
import type { IntakeContext } from '../context';
import { TransitionProposer } from '../casework/transition/transition.enums';
import { rowScope } from './row-scope';

const anyOf = requiresAnyRole;

/**
 * The hub's writes that are not the allocation office's alone (those use `Access.CASE_WORKER`): declared for the
 * gateway as the kit's `Access` rules are, and checked again in the resolver against the caller's own participants.
 */
export const HubWriteAccess = {
  /** Applications, a participant's contact, the career plan: the applicant or guardian for their own, the office. */
  OWN_PARTICIPANT: anyOf(Role.APPLICANT, Role.GUARDIAN, Role.CASE_WORKER, Role.SERVICE),
  /** Proposing a transition: as above, and provider staff for the participants they work with. */
  PROPOSE_TRANSITION: anyOf(Role.APPLICANT, Role.GUARDIAN, Role.PROVIDER_STAFF, Role.CASE_WORKER, Role.SERVICE),
  /** The hub's own catalogue entries: the office, or a provider for its own offers. */
  CATALOGUE: anyOf(Role.CASE_WORKER, Role.PROVIDER_STAFF, Role.PARTNER_SYSTEM, Role.SERVICE),
} as const;

/** The allocation office's own work (or trust off, or one of our services). */
export function requireCaseWorker(caller: Caller | null, action: Action): void {
  requireRole(caller, action, Role.CASE_WORKER);
}

/** Case worker, service or no trust: they act for anyone, and record on whose behalf in the input. */
const actsForAnyone = (caller: Caller | null) => caller === null || hasRole(caller, Role.SERVICE, Role.CASE_WORKER);

/**
 * Refuses (FORBIDDEN, before anything is written) unless the caller may act for this participant: the allocation
 * office for anyone; an applicant or guardian for the participants in their token; with `providerStaff`, provider
 * staff for the participants of their provider (who have, had or applied for a place there). An unknown participant
 * is refused the same way as another's, so a refusal tells nothing about who exists.
 */
export async function requireActingFor(
  ctx: Pick<IntakeContext, 'em' | 'loaders' | 'caller'>,
  participantId: string,
  action: Action,
  { providerStaff = false }: { providerStaff?: boolean } = {},
): Promise<void> {
  const caller = ctx.caller;
  if (actsForAnyone(caller)) return;
  if (hasRole(caller, Role.APPLICANT, Role.GUARDIAN) && (caller!.participantIds ?? []).includes(participantId)) return;
  if (providerStaff && hasRole(caller, Role.PROVIDER_STAFF) && (await rowScope(ctx).providerSees(participantId))) {
    return;
  }
  throw new ForbiddenError({
    nb: `Du har ikke lov til å ${action.no} for denne deltakeren.`,
    en: `You may not ${action.en} for this participant.`,
  });
}

/**
 * Who acted on an application, as recorded: an applicant or guardian is recorded as what they are, whatever the
 * input says; the allocation office (or trust off) records what the input names, e.g. a teacher's paper form.
 */
export function applicantRoleOf(caller: Caller | null, given: ApplicantRole): ApplicantRole {
  if (actsForAnyone(caller)) return given;
  const applicant = hasRole(caller, Role.APPLICANT);
  const guardian = hasRole(caller, Role.GUARDIAN);
  if (applicant && guardian) return given === ApplicantRole.GUARDIAN ? given : ApplicantRole.APPLICANT;
  if (guardian) return ApplicantRole.GUARDIAN;
  if (applicant) return ApplicantRole.APPLICANT;
  return given;
}

/** Who took a step of a transition, as recorded: the caller's own role, or the input's for the allocation office. */
export function proposerOf(caller: Caller | null, given: TransitionProposer): TransitionProposer {
  if (actsForAnyone(caller)) return given;
  if (hasRole(caller, Role.PROVIDER_STAFF)) return TransitionProposer.PROVIDER_STAFF;
  const applicant = hasRole(caller, Role.APPLICANT);
  const guardian = hasRole(caller, Role.GUARDIAN);
  if (applicant && guardian) return given === TransitionProposer.GUARDIAN ? given : TransitionProposer.PARTICIPANT;
  if (guardian) return TransitionProposer.GUARDIAN;
  if (applicant) return TransitionProposer.PARTICIPANT;
  return given;
}

/**
 * The hub's own catalogue entries: the allocation office for any provider, provider staff or a partner system for
 * their own provider's offers only (FORBIDDEN before anything is written otherwise).
 */
export async function requireOwnProvider(
  ctx: Pick<IntakeContext, 'em' | 'loaders' | 'caller'>,
  providerId: string,
  action: Action,
): Promise<void> {
  const caller = ctx.caller;
  if (actsForAnyone(caller)) return;
  if (
    hasRole(caller, Role.PROVIDER_STAFF, Role.PARTNER_SYSTEM) &&
    (await rowScope(ctx).ownProviders()).includes(providerId)
  ) {
    return;
  }
  throw new ForbiddenError({
    nb: `Du har ikke lov til å ${action.no} for denne tilbyderen.`,
    en: `You may not ${action.en} for this provider.`,
  });
}
