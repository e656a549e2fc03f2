import type { EntityManager, EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { asUuid } from './ids';

/**
 * The kit's `byIdLoader` for a table keyed by UUID: one `IN (...)` per tick, null for an unknown id. The gateway
 * sends this subgraph every id of a type, also other providers' ids, which need not be UUIDs; PostgreSQL rejects a
 * non-UUID compared with a uuid column, so such ids resolve to null without reaching the database.
 */
export function uuidByIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const keys = ids.map(asUuid);
    const wanted = [...new Set(keys.filter((key): key is string => key !== null))];
    const rows = wanted.length ? ((await em.find(entity, { id: { $in: wanted } } as never)) as T[]) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => (key === null ? null : (byId.get(key) ?? null)));
  });
}
