import type { EntityManager } from '@mikro-orm/core';
import { statCount, sumRelation, type CountRelation } from '@veiinn/kit';
import DataLoader from 'dataloader';
import {
  emptyCapacity,
  hasFreePlaces,
  shownCapacity,
  sumCapacity,
  withFree,
  type Capacity,
  type CountedCapacity,
  type OfferKind,
} from '../../catalogue';
import { hiddenCells, type SmallCountTable } from '../../common/small-counts';

interface CapacityRow {
  id: string;
  provider_id: string;
  kind: OfferKind;
  withdrawn: boolean | number | string;
  places: number | null;
  occupied: number | string;
  upcoming: number | string;
  waiting: number | string;
}

/**
 * Each offer's places with its placements current on `day`, upcoming and open waiting entries, counted by the
 * database in one statement, as plain rows (a read: nothing is hydrated into the identity map); every offer when
 * `ids` is absent. Counts come from the hub's index, so they are what the providers' feeds have told the hub.
 */
async function countCapacity(em: EntityManager, day: string, ids?: readonly string[]): Promise<CapacityRow[]> {
  // The same conditions as `periodCovers` (occupied) and a later start (upcoming), among placements not ended.
  // The offer's id is a uuid on PostgreSQL and the index's offer ids are text: cast, on the offer's side so the
  // index on `offer_id` is used.
  const rows = (await em.getConnection().execute(
    `select o.id, o.provider_id, o.kind, o.withdrawn, o.places,
       (select count(*) from placement p where p.offer_id = cast(o.id as varchar(64)) and p.start_date <= ?
         and (p.end_date is null or p.end_date >= ?)) as occupied,
       (select count(*) from placement p where p.offer_id = cast(o.id as varchar(64)) and p.start_date > ?
         and (p.end_date is null or p.end_date >= ?)) as upcoming,
       (select count(*) from waiting_entry w where w.offer_id = cast(o.id as varchar(64))
         and w.left_on is null) as waiting
     from offer o${ids ? ` where o.id in (${ids.map(() => '?').join(', ')})` : ''}`,
    [day, day, day, day, ...(ids ?? [])],
    'all',
    em.getTransactionContext(),
  )) as CapacityRow[];
  return rows;
}

// PostgreSQL's count is a bigint, which its driver answers as a string.
const counted = (r: CapacityRow): CountedCapacity =>
  withFree({
    ...emptyCapacity(r.places),
    occupied: Number(r.occupied),
    upcoming: Number(r.upcoming),
    waiting: Number(r.waiting),
  });

/**
 * Capacity of many offers in one statement, whatever their number, as counted: for callers who see small counts
 * (`seesSmallCounts`). The type is the catalogue's (`Offer.capacity`); the counts are this module's, so the loader
 * is here.
 */
export function capacityByOfferLoader(em: EntityManager, today: () => string) {
  return new DataLoader<string, CountedCapacity>(async (offerIds) => {
    const ids = [...offerIds];
    const byId = new Map((await countCapacity(em, today(), ids)).map((r) => [r.id, counted(r)]));
    return ids.map((id) => byId.get(id) ?? emptyCapacity(null));
  });
}

const PEOPLE = ['occupied', 'upcoming', 'waiting'] as const;

/**
 * Today's capacity as the public, analysts, NAV and provider staff see it (docs/security.md, "Small counts"): one
 * table of every offer, provider, kind and the total, counted in one statement whatever the number of offers, with
 * counts of 1 to 4 people hidden and complementary cells until no hidden one can be worked out from the sums
 * (offer → provider, offer → kind, provider → total, kind → total) and from free + occupied + upcoming = places.
 * Keys: `offer:<id>` and `provider:<id>`; computed once per request, whichever keys are asked.
 */
export function publicCapacityLoader(em: EntityManager, today: () => string) {
  let table: Promise<Map<string, Capacity>> | undefined;
  return new DataLoader<string, Capacity>(async (keys) => {
    table ??= countCapacity(em, today()).then(suppressedCapacities);
    const byKey = await table;
    return keys.map((key) => byKey.get(key) ?? shownCapacity(emptyCapacity(null)));
  });
}

function suppressedCapacities(rows: CapacityRow[]): Map<string, Capacity> {
  const offers = rows.map((r) => ({
    id: r.id,
    provider: r.provider_id,
    kind: r.kind,
    withdrawn: r.withdrawn === true || Number(r.withdrawn) === 1,
    counts: counted(r),
  }));
  // A provider's capacity is the sum over its offers in the catalogue (not withdrawn), as Provider.capacity gives it.
  const inCatalogue = offers.filter((o) => !o.withdrawn);
  const groupBy = (key: (o: (typeof offers)[number]) => string) => {
    const groups = new Map<string, string[]>();
    for (const o of inCatalogue) groups.set(key(o), [...(groups.get(key(o)) ?? []), `offer:${o.id}`]);
    return groups;
  };
  const providers = groupBy((o) => `provider:${o.provider}`);
  const kinds = groupBy((o) => `kind:${o.kind}`);
  const figures = new Map<string, CountedCapacity>(offers.map((o) => [`offer:${o.id}`, o.counts]));
  for (const [cell, list] of [...providers, ...kinds]) figures.set(cell, sumCapacity(list.map((o) => figures.get(o)!)));
  figures.set('total', sumCapacity(inCatalogue.map((o) => o.counts)));
  const hidden = hiddenCells(capacityTable(figures, providers, kinds));
  const answer = new Map<string, Capacity>();
  for (const [cell, c] of figures) {
    if (!cell.startsWith('offer:') && !cell.startsWith('provider:')) continue;
    const shown = (measure: 'occupied' | 'upcoming' | 'waiting' | 'free') =>
      statCount(c[measure] ?? 0, hidden.has(`${cell}|${measure}`)).value;
    answer.set(cell, {
      places: c.places,
      occupied: shown('occupied'),
      upcoming: shown('upcoming'),
      waiting: shown('waiting'),
      free: c.free === null ? null : shown('free'),
      hasFreePlaces: hasFreePlaces(c),
      suppressed: [...PEOPLE, 'free'].some((measure) => hidden.has(`${cell}|${measure}`)),
    });
  }
  return answer;
}

/** Today's capacity as one suppression table: its cells, and the sums and the places anyone knows them by. */
function capacityTable(
  figures: Map<string, CountedCapacity>,
  providers: Map<string, string[]>,
  kinds: Map<string, string[]>,
): SmallCountTable {
  const people = new Map<string, number>();
  const placesLeft = new Map<string, number>();
  const places = new Map<string, number>();
  for (const [cell, c] of figures) {
    for (const measure of PEOPLE) people.set(`${cell}|${measure}`, c[measure]);
    // Only offers' and providers' free places are published; the kinds' and the total's are not cells here.
    if (c.places !== null && (cell.startsWith('offer:') || cell.startsWith('provider:'))) {
      placesLeft.set(`${cell}|free`, c.free!);
      places.set(`${cell}|places`, c.places);
    }
  }
  const relations: CountRelation[] = [];
  for (const measure of PEOPLE) {
    const cell = (key: string) => `${key}|${measure}`;
    for (const [group, list] of [...providers, ...kinds]) relations.push(sumRelation(cell(group), list.map(cell)));
    relations.push(sumRelation(cell('total'), [...providers.keys()].map(cell)));
    relations.push(sumRelation(cell('total'), [...kinds.keys()].map(cell)));
  }
  for (const [provider, list] of providers) {
    const withPlaces = list.filter((o) => figures.get(o)!.places !== null);
    if (withPlaces.length)
      relations.push(
        sumRelation(
          `${provider}|free`,
          withPlaces.map((o) => `${o}|free`),
        ),
      );
  }
  for (const [cell, c] of figures) {
    // free + occupied + upcoming = places, where free is not held at 0.
    if (c.places === null || !placesLeft.has(`${cell}|free`) || c.places - c.occupied - c.upcoming < 0) continue;
    relations.push({
      terms: [
        { key: `${cell}|free`, coef: 1 },
        { key: `${cell}|occupied`, coef: 1 },
        { key: `${cell}|upcoming`, coef: 1 },
        { key: `${cell}|places`, coef: -1 },
      ],
    });
  }
  const level = (key: string) =>
    key.startsWith('offer:') ? 0 : key.startsWith('provider:') ? 10 : key.startsWith('kind:') ? 20 : 30;
  return { people, placesLeft, places, relations, rank: (key) => level(key) + (key.endsWith('|free') ? 0 : 1) };
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
