import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { emptyCapacity, withFree, type Capacity } from '../../catalogue';

/**
 * Capacity of many offers in one statement, whatever their number: each offer's places with its placements current
 * today, upcoming and open waiting entries counted by the database, as plain rows (a read: nothing is hydrated into
 * the identity map). Counts come from the hub's index, so they are what the providers' feeds have told the hub. The
 * type is the catalogue's (`Offer.capacity`); the counts are this module's, so the loader is here.
 */
export function capacityByOfferLoader(em: EntityManager, today: () => string) {
  return new DataLoader<string, Capacity>(async (offerIds) => {
    const ids = [...offerIds];
    const day = today();
    // The same conditions as `periodCovers` (occupied) and a later start (upcoming), among placements not ended.
    // The offer's id is a uuid on PostgreSQL and the index's offer ids are text: cast, on the offer's side so the
    // index on `offer_id` is used.
    const rows = (await em.getConnection().execute(
      `select o.id, o.places,
         (select count(*) from placement p where p.offer_id = cast(o.id as varchar(64)) and p.start_date <= ?
           and (p.end_date is null or p.end_date >= ?)) as occupied,
         (select count(*) from placement p where p.offer_id = cast(o.id as varchar(64)) and p.start_date > ?
           and (p.end_date is null or p.end_date >= ?)) as upcoming,
         (select count(*) from waiting_entry w where w.offer_id = cast(o.id as varchar(64))
           and w.left_on is null) as waiting
       from offer o where o.id in (${ids.map(() => '?').join(', ')})`,
      [day, day, day, day, ...ids],
      'all',
      em.getTransactionContext(),
    )) as CapacityRow[];
    // PostgreSQL's count is a bigint, which its driver answers as a string.
    const byId = new Map(
      rows.map((r) => [
        r.id,
        withFree({
          ...emptyCapacity(r.places),
          occupied: Number(r.occupied),
          upcoming: Number(r.upcoming),
          waiting: Number(r.waiting),
        }),
      ]),
    );
    return ids.map((id) => byId.get(id) ?? emptyCapacity(null));
  });
}

interface CapacityRow {
  id: string;
  places: number | null;
  occupied: number | string;
  upcoming: number | string;
  waiting: number | string;
}

/** Placements current or upcoming on `today`, by offer (the catalogue's free places count them): one row per offer. */
export async function placementsNotEndedByOffer(em: EntityManager, today: string): Promise<Map<string, number>> {
  const rows = (await em
    .getConnection()
    .execute(
      'select offer_id, count(*) as taken from placement where end_date is null or end_date >= ? group by offer_id',
      [today],
      'all',
      em.getTransactionContext(),
    )) as { offer_id: string; taken: number | string }[];
  return new Map(rows.map((r) => [r.offer_id, Number(r.taken)]));
}
