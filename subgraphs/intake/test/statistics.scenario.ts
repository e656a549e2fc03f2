import { demoOfferId } from '@veiinn/demo-data';
import { addDays } from '@veiinn/kit';
import type { EntityManager } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Placement } from '../src/network/placement/placement.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';

/**
 * The seeded history of the statistics' tests (docs/statistics.md, "The test scenario"): the demo catalogue (Arba
 * with 114 VTA and 129 AFT places, Asker Produkt with 41 VTA and 12 AFT places) and two years of placements and
 * waiting entries written straight into the hub's index, as the providers' feeds would have left them. Each
 * placement was indexed 28 days before it started (decided a month ahead). Synthetic people only: participant ids
 * are random.
 */
export const TODAY = '2026-11-23';

export const OFFERS = {
  arbaVta: demoOfferId('arba-vta'),
  arbaAft: demoOfferId('arba-aft'),
  askerVta: demoOfferId('asker-vta'),
  askerAft: demoOfferId('asker-aft'),
  baKort: demoOfferId('ba-kort'),
};

interface Batch {
  offer: keyof typeof OFFERS;
  provider: string;
  n: number;
  start: string;
  end: string | null;
}

/** The known answers in docs/statistics.md come from these rows. */
export const PLACEMENTS: Batch[] = [
  { offer: 'arbaVta', provider: 'arba', n: 90, start: '2025-01-06', end: null }, // A1
  { offer: 'arbaVta', provider: 'arba', n: 10, start: '2025-01-06', end: '2025-06-30' }, // A2
  { offer: 'arbaVta', provider: 'arba', n: 20, start: '2025-08-11', end: null }, // B: the summer intake
  { offer: 'arbaVta', provider: 'arba', n: 3, start: '2026-12-01', end: null }, // C: upcoming today
  { offer: 'arbaAft', provider: 'arba', n: 60, start: '2025-02-03', end: '2026-01-30' }, // D
  { offer: 'arbaAft', provider: 'arba', n: 70, start: '2026-02-02', end: null }, // E
  { offer: 'arbaAft', provider: 'arba', n: 2, start: '2026-11-02', end: '2026-11-20' }, // F
  { offer: 'askerVta', provider: 'asker-produkt', n: 38, start: '2025-01-06', end: null }, // G
  { offer: 'askerAft', provider: 'asker-produkt', n: 12, start: '2025-03-03', end: '2025-12-31' }, // H
];

/** Small groups, for the suppression tests: counts of 1 to 4 that must not reach the public. */
export const SMALL_PLACEMENTS: Batch[] = [
  { offer: 'askerAft', provider: 'asker-produkt', n: 2, start: '2026-04-06', end: null },
  { offer: 'baKort', provider: 'baerum-arbeidssenter', n: 4, start: '2026-03-02', end: null },
  { offer: 'baKort', provider: 'baerum-arbeidssenter', n: 1, start: '2026-05-04', end: '2026-08-28' },
];

interface WaitingBatch {
  offer: keyof typeof OFFERS | null;
  n: number;
  since: string;
  leftOn: string | null;
  leftReason: string | null;
}

export const WAITING: WaitingBatch[] = [
  { offer: 'arbaVta', n: 8, since: '2025-03-01', leftOn: null, leftReason: null }, // W1
  { offer: 'arbaVta', n: 4, since: '2025-03-01', leftOn: '2025-08-11', leftReason: 'DELTAR' }, // W2: got a place
  { offer: 'arbaVta', n: 3, since: '2026-09-15', leftOn: null, leftReason: null }, // W3
  { offer: 'arbaVta', n: 6, since: '2026-06-01', leftOn: null, leftReason: null }, // W5
  { offer: null, n: 6, since: '2026-01-15', leftOn: null, leftReason: null }, // W4: no offer named
];

export const SMALL_WAITING: WaitingBatch[] = [
  { offer: 'baKort', n: 1, since: '2026-06-01', leftOn: null, leftReason: null },
  { offer: 'askerVta', n: 2, since: '2026-02-10', leftOn: '2026-05-04', leftReason: 'PLACED' },
];

/** Empties the hub's index and writes the scenario; with `small`, the small groups too. */
export async function seedStatistics(em: EntityManager, options: { small?: boolean } = {}): Promise<void> {
  await em.nativeDelete(Placement, {});
  await em.nativeDelete(WaitingEntry, {});
  for (const b of [...PLACEMENTS, ...(options.small ? SMALL_PLACEMENTS : [])]) {
    for (let i = 0; i < b.n; i++) {
      em.create(Placement, {
        id: randomUUID(),
        providerId: b.provider,
        offerId: OFFERS[b.offer],
        participantId: randomUUID(),
        startDate: b.start,
        endDate: b.end,
        indexedOn: addDays(b.start, -28),
        feedVersion: 1,
        updatedAt: new Date(),
      });
    }
  }
  for (const w of [...WAITING, ...(options.small ? SMALL_WAITING : [])]) {
    for (let i = 0; i < w.n; i++) {
      em.create(WaitingEntry, {
        id: randomUUID(),
        sourceId: 'nav-baerum',
        offerId: w.offer ? OFFERS[w.offer] : null,
        description: 'Venter på plass',
        since: w.since,
        leftOn: w.leftOn,
        leftReason: w.leftReason,
        feedVersion: 1,
      } as never);
    }
  }
  await em.flush();
}
