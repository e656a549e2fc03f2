import type { EntityManager } from '@mikro-orm/core';
import { periodCovers } from '@veiinn/kit';
import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';
import { Offer } from '../offer/offer.entity';
import { Placement } from '../../network/placement/placement.entity';
import { WaitingEntry } from '../../network/waiting/waiting-entry.entity';

@ObjectType({ description: 'Places and their use, for one offer or summed over a provider.' })
export class Capacity {
  @Field(() => Int, { nullable: true, description: 'Places published by the provider; null when not published.' })
  places!: number | null;

  @Field(() => Int, { description: 'Placements current today.' })
  occupied!: number;

  @Field(() => Int, { description: 'Placements decided that start later: taken, though not yet in use.' })
  upcoming!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Places neither occupied nor taken by an upcoming placement (never below 0); null when places are not published.',
  })
  free!: number | null;

  @Field(() => Int, { description: 'People on a waiting list for it now.' })
  waiting!: number;
}

const empty = (places: number | null): Capacity => ({ places, occupied: 0, upcoming: 0, free: places, waiting: 0 });

function withFree(c: Capacity): Capacity {
  return { ...c, free: c.places === null ? null : Math.max(c.places - c.occupied - c.upcoming, 0) };
}

/**
 * Capacity of many offers in three queries (offers, placements not ended, open waiting entries), whatever their
 * number. Counts come from the hub's index, so they are what the providers' feeds have told the hub.
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
    const byId = new Map(offers.map((o) => [o.id, empty(o.places)]));
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
    return ids.map((id) => withFree(byId.get(id) ?? empty(null)));
  });
}

/** A provider's capacity: the sum over its catalogue offers (places over those that publish them). */
export function sumCapacity(capacities: Capacity[]): Capacity {
  const total = capacities.reduce(
    (sum, c) => ({
      places: c.places === null ? sum.places : (sum.places ?? 0) + c.places,
      occupied: sum.occupied + c.occupied,
      upcoming: sum.upcoming + c.upcoming,
      free: c.free === null ? sum.free : (sum.free ?? 0) + c.free,
      waiting: sum.waiting + c.waiting,
    }),
    { places: null, occupied: 0, upcoming: 0, free: null, waiting: 0 } as Capacity,
  );
  return total;
}
