import type { EntityManager } from '@mikro-orm/core';
import { lockForWrite } from '@veiinn/kit';
import { DayServicesOffer } from './offer.entity';

/**
 * Locks an offer's row until the transaction ends, and returns the offer (null when there is none). Every mutation
 * that checks a rule over an offer's placements (a full group, a participant placed twice, a capacity below the
 * occupancy) takes this lock first, so two such mutations on one offer cannot both pass their checks and together
 * break the rule (the kit's `lockForWrite`).
 */
export function lockOffer(em: EntityManager, offerId: string): Promise<DayServicesOffer | null> {
  return lockForWrite(em, DayServicesOffer, offerId);
}
