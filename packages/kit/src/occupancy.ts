import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/** A group, and the day to count its placements on (YYYY-MM-DD). */
export interface OccupancyKey {
  groupId: string;
  day: string;
}

/**
 * How many placements of each group are current on a day, for a provider's subgraph whose `placement` table has
 * `group_id`, `start_date` and `end_date` (the day services' and the work centre's): started on or before the day,
 * with no end or an end on or after it, as `periodCovers` (./periods.ts) says. Counted by the database as plain rows,
 * so the rows read do not grow with the placements, ended ones included. The day is part of the key because "today"
 * is a setting of the process, not of the loader; all keys of a request share it, so a request costs one statement
 * however many groups it shows.
 */
export function groupOccupancyLoader(em: EntityManager) {
  return new DataLoader<OccupancyKey, number, string>(
    async (keys) => {
      const counts = new Map<string, number>();
      for (const day of new Set(keys.map((k) => k.day))) {
        const groupIds = [...new Set(keys.filter((k) => k.day === day).map((k) => k.groupId))];
        const rows = (await em
          .getConnection()
          .execute(
            'select group_id, count(*) as n from placement where start_date <= ? ' +
              `and (end_date is null or end_date >= ?) and group_id in (${groupIds.map(() => '?').join(', ')}) ` +
              'group by group_id',
            [day, day, ...groupIds],
            'all',
            em.getTransactionContext(),
          )) as { group_id: string; n: number | string }[];
        // PostgreSQL's count is a bigint, which its driver answers as a string.
        for (const row of rows) counts.set(`${row.group_id}|${day}`, Number(row.n));
      }
      return keys.map((k) => counts.get(`${k.groupId}|${k.day}`) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.groupId}|${k.day}` },
  );
}
