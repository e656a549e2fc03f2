import type { EntityManager } from '@mikro-orm/core';
import { periodCovers } from '@veiinn/kit';
import DataLoader from 'dataloader';

type Period = { startDate: string; endDate: string | null };

/** How many of the placements are current on `day`: the group's occupied places that day. */
export function occupiedOn(placements: Period[], day: string): number {
  return placements.filter((p) => periodCovers(p.startDate, p.endDate, day)).length;
}

/**
 * How many placements of each group are current on a day (the conditions of `occupiedOn`), counted by the database
 * as plain rows: a read, and the rows read do not grow with the placements, ended ones included. The day is part of
 * the key because "today" is a setting of the process, not of the loader; all keys of a request share it, so a
 * request costs one statement however many groups it shows.
 */
export function occupancyLoader(em: EntityManager) {
  return new DataLoader<{ groupId: string; day: string }, number, string>(
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
