import type { EntityManager, EntityName } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/**
 * A DataLoader that fetches entities by primary key in one `IN (...)` query per tick, returning null for ids
 * that do not exist. Federation resolves all representations of a type in one tick, so this turns
 * `_entities` for 500 offers into one SELECT.
 */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
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
