import type { EntityManager } from '@mikro-orm/core';
import type { StatisticsPeriod } from '@veiinn/kit';
import type { OfferKind } from '../catalogue';

/**
 * The statistics' SQL: each request reads a fixed number of aggregate statements, whatever the number of
 * placements, offers and periods (the periods go in as one VALUES list, joined to the placements). Dates are
 * YYYY-MM-DD text in the hub's index, so they compare as text on SQLite and PostgreSQL alike.
 */

const execute = async <T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> =>
  (await em.getConnection().execute(sql, params, 'all', em.getTransactionContext())) as T[];

/** PostgreSQL's count and sum are bigints, which its driver answers as strings. */
const int = (value: number | string | null) => Number(value ?? 0);

/** The periods as a common table expression (index, first day, day counted on), and its parameters. */
function periodsCte(periods: readonly StatisticsPeriod[]): { sql: string; params: string[] } {
  // The index is written out (it is ours, an integer); the days are parameters, cast so PostgreSQL knows their type.
  const rows = periods.map((_, i) => `(${i}, cast(? as varchar(10)), cast(? as varchar(10)))`);
  return {
    sql: `with periods (idx, start_day, as_of) as (values ${rows.join(', ')})`,
    params: periods.flatMap((p) => [p.start, p.asOf]),
  };
}

export interface StatisticsOffer {
  id: string;
  providerId: string;
  providerName: string;
  kind: OfferKind;
  title: string;
  places: number | null;
  withdrawn: boolean;
}

/**
 * Every offer the hub knows, withdrawn too (their placements are still counted), with its provider's name; in a fixed
 * order, so that the same figures give the same table and the same hidden cells.
 */
export async function statisticsOffers(em: EntityManager): Promise<StatisticsOffer[]> {
  const rows = await execute<{
    id: string;
    provider_id: string;
    provider_name: string;
    kind: OfferKind;
    title_nb: string;
    places: number | null;
    withdrawn: boolean | number;
  }>(
    em,
    `select o.id, o.provider_id, p.name as provider_name, o.kind, o.title_nb, o.places, o.withdrawn
       from offer o join provider p on p.id = o.provider_id
       order by o.id`,
    [],
  );
  return rows.map((r) => ({
    id: String(r.id),
    providerId: r.provider_id,
    providerName: r.provider_name,
    kind: r.kind,
    title: r.title_nb,
    places: r.places === null ? null : Number(r.places),
    withdrawn: r.withdrawn === true || Number(r.withdrawn) === 1,
  }));
}

export interface PlacementCounts {
  occupied: number;
  upcoming: number;
  started: number;
  ended: number;
}

/**
 * Placement counts per period and offer, in one statement: the definitions of `Capacity` (occupied: started on or
 * before the day counted and not ended before it; upcoming: starting after it, not ended before it) and the flows
 * (first or last day in the period, up to the day counted). Only placements not ended before a period's first day
 * can count in it, and only those the hub knew of on the day counted (`indexed_on`), so that a past figure stays
 * what the graph answered then: that is the join.
 */
export async function placementCounts(
  em: EntityManager,
  periods: readonly StatisticsPeriod[],
): Promise<Map<number, Map<string, PlacementCounts>>> {
  const byPeriod = new Map<number, Map<string, PlacementCounts>>();
  if (!periods.length) return byPeriod;
  const cte = periodsCte(periods);
  const rows = await execute<{
    idx: number | string;
    offer_id: string;
    occupied: number | string;
    upcoming: number | string;
    started: number | string;
    ended: number | string;
  }>(
    em,
    `${cte.sql}
     select pr.idx, p.offer_id,
       sum(case when p.start_date <= pr.as_of and (p.end_date is null or p.end_date >= pr.as_of) then 1 else 0 end)
         as occupied,
       sum(case when p.start_date > pr.as_of and (p.end_date is null or p.end_date >= pr.as_of) then 1 else 0 end)
         as upcoming,
       sum(case when p.start_date >= pr.start_day and p.start_date <= pr.as_of then 1 else 0 end) as started,
       sum(case when p.end_date >= pr.start_day and p.end_date <= pr.as_of then 1 else 0 end) as ended
     from periods pr join placement p on (p.end_date is null or p.end_date >= pr.start_day)
       and (p.indexed_on is null or p.indexed_on <= pr.as_of)
     group by pr.idx, p.offer_id`,
    cte.params,
  );
  for (const r of rows) {
    const idx = int(r.idx);
    if (!byPeriod.has(idx)) byPeriod.set(idx, new Map());
    byPeriod.get(idx)!.set(r.offer_id, {
      occupied: int(r.occupied),
      upcoming: int(r.upcoming),
      started: int(r.started),
      ended: int(r.ended),
    });
  }
  return byPeriod;
}

/** People waiting on a period's day counted, by offer (null: none named) and the day they were put on the list. */
export interface WaitingCount {
  idx: number;
  offerId: string | null;
  since: string;
  count: number;
}

/**
 * Waiting on each period's day counted, in one statement, with the definition of `Capacity.waiting` for that day:
 * on the list since the day or before, and not left by it (left on a later day, or not at all). Grouped by the day
 * put on the list, so the time waited can be computed without a row per person.
 */
export async function waitingCounts(em: EntityManager, periods: readonly StatisticsPeriod[]): Promise<WaitingCount[]> {
  if (!periods.length) return [];
  const cte = periodsCte(periods);
  const rows = await execute<{ idx: number | string; offer_id: string | null; since: string; n: number | string }>(
    em,
    `${cte.sql}
     select pr.idx, w.offer_id, w.since, count(*) as n
     from periods pr join waiting_entry w on w.since <= pr.as_of and (w.left_on is null or w.left_on > pr.as_of)
     group by pr.idx, w.offer_id, w.since`,
    cte.params,
  );
  return rows.map((r) => ({ idx: int(r.idx), offerId: r.offer_id, since: r.since, count: int(r.n) }));
}

export interface LeftCount {
  idx: number;
  offerId: string | null;
  reason: string | null;
  count: number;
}

/** Entries that left a list in each period (up to its day counted), by offer and reason, in one statement. */
export async function leftCounts(em: EntityManager, periods: readonly StatisticsPeriod[]): Promise<LeftCount[]> {
  if (!periods.length) return [];
  const cte = periodsCte(periods);
  const rows = await execute<{
    idx: number | string;
    offer_id: string | null;
    left_reason: string | null;
    n: number | string;
  }>(
    em,
    `${cte.sql}
     select pr.idx, w.offer_id, w.left_reason, count(*) as n
     from periods pr join waiting_entry w on w.left_on >= pr.start_day and w.left_on <= pr.as_of
     group by pr.idx, w.offer_id, w.left_reason`,
    cte.params,
  );
  return rows.map((r) => ({ idx: int(r.idx), offerId: r.offer_id, reason: r.left_reason, count: int(r.n) }));
}

export interface Freshness {
  feeds: number;
  eventsBehind: number;
  oldestReadToEndAt: Date | null;
}

/** The feeds' status summed in one statement: how many, how far behind, the oldest last read (null if any never). */
export async function feedFreshness(em: EntityManager): Promise<Freshness> {
  const [row] = await execute<{
    feeds: number | string;
    behind: number | string | null;
    never: number | string | null;
    oldest: Date | string | number | null;
  }>(
    em,
    `select count(*) as feeds,
       sum(case when c.head > c.last_sequence then c.head - c.last_sequence else 0 end) as behind,
       sum(case when c.last_synced_at is null then 1 else 0 end) as never,
       min(c.last_synced_at) as oldest
     from provider p left join feed_cursor c on c.provider_id = p.id
     where p.feed_url is not null`,
    [],
  );
  const oldest = row.oldest;
  return {
    feeds: int(row.feeds),
    eventsBehind: int(row.behind),
    oldestReadToEndAt:
      oldest === null || int(row.never) > 0
        ? null
        : new Date(typeof oldest === 'string' && /^\d+$/.test(oldest) ? Number(oldest) : oldest),
  };
}
