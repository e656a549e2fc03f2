import type { EntityManager } from '@mikro-orm/core';
import { periodCovers } from '@veiinn/kit';
import DataLoader from 'dataloader';
import { emptyCapacity, Offer, withFree, type Capacity } from '../../catalogue';
import { WaitingEntry } from '../waiting/waiting-entry.entity';
import { Placement } from './placement.entity';

/**
 * Capacity of many offers in three queries (offers, placements not ended, open waiting entries), whatever their
 * number. Counts come from the hub's index, so they are what the providers' feeds have told the hub. The type is
 * the catalogue's (`Offer.capacity`); the counts are this module's, so the loader is here.
 */
export function capacityByOfferLoader(em: EntityManager, today: () => string) {
  return new DataLoader<string, Capacity>(async (offerIds) => {
    const ids = [...offerIds];
    const day = today();
    const offers = await em.find(Offer, { id: { $in: ids } }, { fields: ['id', 'places'] });
    const placements = await em.find(
      Placement,
      { offerId: { $in: ids }, $or: [{ endDate: null }, { endDate: { $gte: day } }] },
      { fields: ['offerId', 'startDate', 'endDate'] },
    );
    const waiting = await em.find(WaitingEntry, { offerId: { $in: ids }, leftOn: null }, { fields: ['offerId'] });
    const byId = new Map(offers.map((o) => [o.id, emptyCapacity(o.places)]));
    for (const p of placements) {
      const c = byId.get(p.offerId);
      if (!c) continue;
      if (periodCovers(p.startDate, p.endDate, day)) c.occupied++;
      else if (p.startDate > day) c.upcoming++;
    }
    for (const w of waiting) {
      const c = w.offerId ? byId.get(w.offerId) : undefined;
      if (c) c.waiting++;
    }
    return ids.map((id) => withFree(byId.get(id) ?? emptyCapacity(null)));
  });
}

/** Placements current or upcoming on `today`, by offer (the catalogue's free places count them). */
export async function placementsNotEndedByOffer(em: EntityManager, today: string): Promise<Map<string, number>> {
  const placements = await em.find(
    Placement,
    { $or: [{ endDate: null }, { endDate: { $gte: today } }] },
    { fields: ['offerId'] },
  );
  const takenBy = new Map<string, number>();
  for (const p of placements) takenBy.set(p.offerId, (takenBy.get(p.offerId) ?? 0) + 1);
  return takenBy;
}
