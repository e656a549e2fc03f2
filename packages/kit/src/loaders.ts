import { ReferenceKind, type EntityManager, type EntityName, type MetadataStorage } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { asUuid } from '@veiinn/contracts';

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
    const rows = wanted.length ? await findByKeys<T>(em, entity, 'id', wanted) : [];
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
    const rows = await findByKeys<T>(em, entity, parentField, [...parentIds], where, orderBy);
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(parentIdOf(row))?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/** One statement of `findByKeys`, built for a number of keys: its SQL and bindings, and where the keys go in them. */
interface KeyedStatement {
  sql: string;
  bindings: unknown[];
  keyPositions: number[];
}

/** Built statements per ORM (its metadata), by entity, key field, conditions, order and number of keys. */
const statements = new WeakMap<MetadataStorage, Map<string, KeyedStatement | null>>();
/** Statements kept per ORM; the lists of keys of every length are distinct ones. Past it the cache starts over. */
const STATEMENTS_KEPT = 2_000;
const SENTINEL = '\u0000veiinn-key-';

/**
 * `em.find(entity, { ...where, [field]: { $in: keys } }, { orderBy })`, with the same SQL, the same hydration into
 * the request's identity map and the same flush before it, but the statement built once per shape and number of keys
 * instead of by the query builder and knex on every call: MikroORM's find spent about 0.4–1 ms of CPU around a
 * statement that the database answers in 0.05 ms, and every `_entities` fetch and child list goes through here. The
 * statement is built with placeholder keys (sentinels) and the actual keys take their places in the bindings; if
 * the sentinels are not found where expected, it falls back to `em.find`. For loaders: a read of rows by a list of
 * keys, with fixed conditions (they are part of the statement's cache key, so a value that changes often, like an
 * id, belongs in the keys).
 */
export async function findByKeys<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  field: string,
  keys: unknown[],
  where: Record<string, unknown> = {},
  orderBy: Record<string, 'asc' | 'desc'> = {},
): Promise<T[]> {
  const find = () =>
    em.find(entity, { ...where, [field]: { $in: keys } } as never, { orderBy } as never) as Promise<T[]>;
  const metadata = em.getMetadata();
  const meta = metadata.find(entity as never);
  if (!meta) return find();
  let cache = statements.get(metadata);
  if (!cache) statements.set(metadata, (cache = new Map()));
  let cacheKey: string;
  try {
    cacheKey = `${meta.className}\n${field}\n${keys.length}\n${JSON.stringify(where)}\n${JSON.stringify(orderBy)}`;
  } catch {
    return find();
  }
  let statement = cache.get(cacheKey);
  if (statement === undefined) {
    statement = buildKeyedStatement(em, meta.className, field, keys.length, where, orderBy);
    if (cache.size >= STATEMENTS_KEPT) cache.clear();
    cache.set(cacheKey, statement);
  }
  if (statement === null) return find();
  // As em.find: changes of this request to these entities are flushed first (FlushMode.AUTO), so a read sees them.
  await em.tryFlush(meta.className, {});
  const bindings = [...statement.bindings];
  statement.keyPositions.forEach((position, i) => (bindings[position] = keys[i]));
  const rows = (await em.getConnection().execute(statement.sql, bindings, 'all', em.getTransactionContext())) as Record<
    string,
    unknown
  >[];
  const driver = em.getDriver();
  const factory = em.getEntityFactory();
  const found = rows.map((row) =>
    factory.create<T>(meta.className, driver.mapResult(row as never, meta as never) as never, {
      merge: true,
      convertCustomTypes: true,
    }),
  );
  await em.getUnitOfWork().dispatchOnLoadEvent();
  return [...new Set(found)];
}

function buildKeyedStatement(
  em: EntityManager,
  entityName: string,
  field: string,
  count: number,
  where: Record<string, unknown>,
  orderBy: Record<string, 'asc' | 'desc'>,
): KeyedStatement | null {
  // Only where `select *` reads what em.find reads: no lazy or computed columns, no inheritance, no JSON embeddables.
  const meta = em.getMetadata().get(entityName);
  const plain =
    !meta.virtual &&
    !meta.discriminatorColumn &&
    !meta.props.some((prop) => prop.lazy || prop.formula || (prop.kind === ReferenceKind.EMBEDDED && prop.object));
  if (!plain) return null;
  const sentinels = Array.from({ length: count }, (_, i) => `${SENTINEL}${i}`);
  const qb = (em as unknown as { createQueryBuilder(name: string): QueryBuilderLike }).createQueryBuilder?.(entityName);
  if (!qb) return null;
  const { sql, bindings } = qb
    .select('*')
    .where({ ...where, [field]: { $in: sentinels } })
    .orderBy(orderBy)
    .getKnexQuery()
    .toSQL();
  const keyPositions = sentinels.map((sentinel) => bindings.indexOf(sentinel));
  const sentinelsAt = bindings.filter((value) => typeof value === 'string' && value.startsWith(SENTINEL)).length;
  if (keyPositions.some((position) => position < 0) || sentinelsAt !== count) return null;
  return { sql, bindings: [...bindings], keyPositions };
}

interface QueryBuilderLike {
  select(fields: string): QueryBuilderLike;
  where(condition: object): QueryBuilderLike;
  orderBy(order: object): QueryBuilderLike;
  getKnexQuery(): { toSQL(): { sql: string; bindings: readonly unknown[] } };
}
