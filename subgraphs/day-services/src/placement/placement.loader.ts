import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { ActivityPlacement } from './placement.entity';

export interface OccupancyKey {
  groupId: string;
  /** The day to count on, YYYY-MM-DD. */
  day: string;
}

/**
 * How many placements of a group are current on a day (started on or before it, not ended before it). The day is
 * part of the key because "today" is a setting of the process, not of the loader; all keys of one request share it,
 * so a request costs one query however many groups it shows.
 */
export function occupancyLoader(em: EntityManager) {
  return new DataLoader<OccupancyKey, number, string>(
    async (keys) => {
      const counts = new Map<string, number>();
      for (const day of new Set(keys.map((k) => k.day))) {
        const groupIds = [...new Set(keys.filter((k) => k.day === day).map((k) => k.groupId))];
        const current = await em.find(ActivityPlacement, {
          group: { $in: groupIds },
          startDate: { $lte: day },
          $or: [{ endDate: null }, { endDate: { $gte: day } }],
        });
        for (const placement of current) {
          const key = `${placement.group.id}|${day}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      return keys.map((k) => counts.get(`${k.groupId}|${k.day}`) ?? 0);
    },
    { cacheKeyFn: (k) => `${k.groupId}|${k.day}` },
  );
}
