import { demoOfferId } from '@veiinn/demo-data';
import { addDays } from '@veiinn/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Placement } from '../src/network/placement/placement.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';

/**
 * Synthetic history at scale, for the statement-count test and the benchmark: `n` placements over the three years
 * before `today`, spread over the demo offers with places, and a waiting entry for every tenth, from a fixed seed so
 * every run counts the same. Rows are inserted in bulk, as the index would hold them after years of feeds.
 */
const OFFERS = [
  ['arba', 'arba-vta'],
  ['arba', 'arba-aft'],
  ['asker-produkt', 'asker-vta'],
  ['asker-produkt', 'asker-aft'],
  ['baerum-arbeidssenter', 'ba-kort'],
  ['baerum-kommunale-dagtilbud', 'binna'],
] as const;

export async function fillPlacements(em: EntityManager, from: number, to: number, today: string): Promise<void> {
  let seed = 1 + from;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const start = addDays(today, -3 * 365);
  const placements = [];
  const waiting = [];
  for (let i = from; i < to; i++) {
    const [providerId, key] = OFFERS[i % OFFERS.length];
    const startDate = addDays(start, Math.floor(random() * 3 * 365));
    const endDate = random() < 0.5 ? addDays(startDate, 30 + Math.floor(random() * 700)) : null;
    placements.push({
      id: `scale-${i}`,
      providerId,
      offerId: demoOfferId(key),
      participantId: `scale-participant-${i}`,
      startDate,
      endDate,
      indexedOn: addDays(startDate, -28),
      feedVersion: 1,
      updatedAt: new Date(),
    });
    if (i % 10 === 0) {
      const since = addDays(start, Math.floor(random() * 3 * 365));
      waiting.push({
        id: `scale-waiting-${i}`,
        sourceId: 'nav-baerum',
        offerId: demoOfferId(key),
        description: 'Venter på plass',
        since,
        leftOn: random() < 0.5 ? addDays(since, Math.floor(random() * 300)) : null,
        leftReason: 'DELTAR',
        feedVersion: 1,
        updatedAt: new Date(),
      });
    }
  }
  for (let i = 0; i < placements.length; i += 500) await em.insertMany(Placement, placements.slice(i, i + 500));
  for (let i = 0; i < waiting.length; i += 500) await em.insertMany(WaitingEntry, waiting.slice(i, i + 500));
}
