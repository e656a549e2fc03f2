import type { EntityManager, EntityMetadata } from '@mikro-orm/core';

/** What a MikroORM query builder gives for this: its SQL with bindings, and its rows as the database answers. */
export interface ShapedQuery {
  toQuery(): { _sql: { sql: string; bindings: unknown[] } };
  execute(method: 'all', mapResults: false): Promise<Record<string, unknown>[]>;
}

/** Per entity (of one ORM), each shape's SQL; null for a shape built each time. */
const compiledSql = new WeakMap<EntityMetadata, Map<string, Compiled | null>>();

/** The rows of `build(where)`'s SQL, as the database answers them, the SQL built once for the shape of `where`. */
export async function readShaped(
  em: EntityManager,
  meta: EntityMetadata,
  kind: string,
  where: object,
  build: (where: object) => ShapedQuery,
): Promise<Record<string, unknown>[]> {
  const values: (string | number)[] = [];
  const skeleton = skeletonOf(where, values);
  const key = skeleton === undefined ? undefined : `${kind} ${skeleton}`;
  let kept = compiledSql.get(meta);
  if (!kept) compiledSql.set(meta, (kept = new Map()));
  let compiled = key === undefined ? undefined : kept.get(key);
  if (key !== undefined && compiled === undefined && kept.size < COMPILED_PER_ENTITY) {
    kept.set(key, (compiled = compile(where, build)));
  }
  if (!compiled) return build(where).execute('all', false);
  const { sql, bindings, slots } = compiled;
  const bound = bindings.map((binding, i) => (slots[i] < 0 ? binding : values[slots[i]]));
  return em.getConnection().execute(sql, bound, 'all', em.getTransactionContext());
}

/**
 * A read's SQL, built once for each shape of its condition (the lean reads of ./lean.ts). MikroORM builds a query's
 * SQL anew on every call (the condition's tree, then knex's compiler): on the hub's read paths that cost more than
 * running the statement (issue 14: a fifth of the hub's CPU on the worklist). The shape is the condition with each
 * string and number taken out (`{"status":{"$in":[?,?]}}`, with the order and the limit); a condition with anything
 * else (a date, an entity) is built each time. The SQL is built once with a marker for each value taken out, and a
 * marker must come back unchanged, once, as a binding (a value the ORM converts would not): otherwise that shape is
 * built each time too (`null` below).
 */
function compile(where: object, build: (where: object) => ShapedQuery): Compiled | null {
  const markers: string[] = [];
  const { sql, bindings } = build(withMarkers(where, markers) as object).toQuery()._sql;
  const slots = bindings.map((binding) => (typeof binding === 'string' ? markers.indexOf(binding) : -1));
  const found = slots.filter((slot) => slot >= 0);
  if (found.length !== markers.length || new Set(found).size !== markers.length) return null;
  return { sql, bindings, slots };
}

/** Shapes of SQL kept per entity: `in (?, ?, …)` of every length is a shape of its own. */
const COMPILED_PER_ENTITY = 500;

interface Compiled {
  sql: string;
  bindings: unknown[];
  /** For each binding, the index of the condition's value it is, or -1 for one of the shape's own (a limit). */
  slots: number[];
}

/** The condition's shape (see `compile`), its strings and numbers put in `values`; undefined if it has no shape. */
function skeletonOf(value: unknown, values: (string | number)[]): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    values.push(value);
    return '?';
  }
  if (value === null || typeof value === 'boolean') return String(value);
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const part = skeletonOf(item, values);
      if (part === undefined) return undefined;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  for (const [name, item] of Object.entries(value)) {
    const part = skeletonOf(item, values);
    if (part === undefined) return undefined;
    parts.push(`${JSON.stringify(name)}:${part}`);
  }
  return `{${parts.join(',')}}`;
}

/** The condition with a marker in place of each value `skeletonOf` takes out, in the same order. */
function withMarkers(value: unknown, markers: string[]): unknown {
  if (typeof value === 'string' || typeof value === 'number') {
    // Capitals, spaces and control characters: a conversion (lower case, trimming, a number) would change it.
    markers.push(`\u0001 Veiinn Marker ${markers.length} \u0001`);
    return markers.at(-1);
  }
  if (Array.isArray(value)) return value.map((item) => withMarkers(item, markers));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, withMarkers(item, markers)]));
  }
  return value;
}
