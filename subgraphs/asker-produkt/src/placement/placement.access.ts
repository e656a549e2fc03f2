import {
  Access,
  ForbiddenError,
  mayReadParticipant,
  participantScope,
  rowAccess,
  type Caller,
  type ProviderIdentity,
} from '@veiinn/kit';
import type { MiddlewareFn } from 'type-graphql';
import { AskerProduktMeasure } from '../offer/offer.entity';

/**
 * Who reads which of Asker Produkt's placements: the kit's provider row rules (the allocation office, our services,
 * Asker Produkt's own staff and system, the participant or guardian), and, as at Arba, NAV's staff the AFT
 * placements, for their periods and outcome only: NAV grants AFT and follows where its participants go.
 */
export function readsPlacement(
  caller: Caller | null,
  self: ProviderIdentity,
  row: { participantId: string; measure: AskerProduktMeasure },
): boolean {
  if (participantScope(caller).kind === 'nav') return row.measure === AskerProduktMeasure.AFT;
  return mayReadParticipant(rowAccess(caller, self), row.participantId);
}

/** The placement itself: the provider detail's readers and NAV's staff (AFT periods and outcome). */
export const AFT_OUTCOME = Access.PERSONAL;

/**
 * The second line behind `Access.PROVIDER_DETAIL` on a placement's fields: NAV's staff reach AFT placements for their
 * periods and outcome, and are refused (FORBIDDEN on the field's path) anything else of them.
 */
export const providerDetailOnly: MiddlewareFn<{ caller: Caller | null }> = ({ context, info }, next) => {
  if (participantScope(context.caller).kind === 'nav') {
    throw new ForbiddenError({
      nb: `NAV ser bare AFT-perioder og -utfall hos Asker Produkt, ikke «${info.parentType.name}.${info.fieldName}».`,
      en: `NAV's staff see only AFT periods and outcome at Asker Produkt, not "${info.parentType.name}.${info.fieldName}".`,
    });
  }
  return next();
};
