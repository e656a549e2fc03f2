import { LockMode, type EntityManager } from '@mikro-orm/core';
import { DayServicesOffer } from './offer.entity';

/**
 * Locks an offer's row until the transaction ends, and returns the offer (null when there is none). Every mutation
 * that checks a rule over an offer's placements (a full group, a participant placed twice, a capacity below the
 * occupancy) takes this lock first, so two such mutations on one offer cannot both pass their checks and together
 * break the rule. PostgreSQL locks the row (`select ... for update`); SQLite has one connection, so its
 * transactions run one at a time anyway.
 */
export function lockOffer(em: EntityManager, offerId: string): Promise<DayServicesOffer | null> {
  return em.findOne(DayServicesOffer, { id: offerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}
