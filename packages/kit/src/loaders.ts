import type { EntityManager, EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { asUuid } from './ids';

/**
 * A DataLoader that fetches entities by primary key in one `IN (...)` query per tick, returning null for ids
 * that do not exist. Federation resolves all representations of a type in one tick, so this turns
 * `_entities` for 500 offers into one SELECT.
 *
 * With `uuidKeys` (tables keyed by a uuid column), an id that is not a UUID is null without reaching the database,
 * and ids are compared in lower case: the gateway sends every provider's ids of a shared type, slugs among them.
 */
export function byIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  options: { uuidKeys?: boolean } = {},
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const keys = options.uuidKeys ? ids.map(asUuid) : [...ids];
    const wanted = [...new Set(keys.filter((key): key is string => key !== null))];
    const rows = wanted.length ? ((await em.find(entity, { id: { $in: wanted } } as never)) as T[]) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => (key === null ? null : (byId.get(key) ?? null)));
  });
}

/** A DataLoader for the children of many parents at once: one query, grouped by the parent's id. */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  parentField: string,
  parentIdOf: (row: T) => string,
  orderBy: Record<string, 'asc' | 'desc'>,
  where: Record<string, unknown> = {},
) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = (await em.find(
      entity,
      { ...where, [parentField]: { $in: [...parentIds] } } as never,
      { orderBy } as never,
    )) as T[];
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(parentIdOf(row))?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}
