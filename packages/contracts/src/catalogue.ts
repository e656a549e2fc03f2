import { type DECISION_AUTHORITIES, type IntakeModeCode, type OfferKindCode } from './feed-protocol';

type DecisionAuthorityCode = (typeof DECISION_AUTHORITIES)[number];

/**
 * Who decides on a kind of offer and how its intake works, unless a provider says otherwise: NAV's measures
 * (VTA, VTAO, AFT) and Ung i Jobb continuously by NAV, apprenticeships continuously by the provider, and the
 * municipal kinds by vedtak from the allocation office in the main intake (deadline 1 February).
 */
export function kindDefaults(kind: OfferKindCode): { intakeMode: IntakeModeCode; decidedBy: DecisionAuthorityCode } {
  switch (kind) {
    case 'VTA':
    case 'VTAO':
    case 'AFT':
    case 'YOUTH_PROGRAMME':
      return { intakeMode: 'CONTINUOUS', decidedBy: 'NAV' };
    case 'APPRENTICESHIP':
      return { intakeMode: 'CONTINUOUS', decidedBy: 'PROVIDER' };
    default:
      return { intakeMode: 'MAIN', decidedBy: 'ALLOCATION_OFFICE' };
  }
}
