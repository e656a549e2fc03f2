import {
  Cursor,
  ReferenceKind,
  type EntityClass,
  type EntityManager,
  type EntityMetadata,
  type EntityProperty,
  type FilterQuery,
  type QueryOrderMap,
} from '@mikro-orm/core';
import {
  asUuid,
  type Connection,
  ConnectionArgs,
  DEFAULT_PAGE_SIZE,
  UserInputError,
  validateConnectionArgs,
} from '@veiinn/kit';
import DataLoader from 'dataloader';
import { readShaped, type ShapedQuery } from './shaped-sql';

/**
 * Reads for the resolvers only, without MikroORM's entities: one query builder's plain rows, each turned into an
 * instance of the entity's class that the ORM does not know (not in the identity map, no snapshot, no change set).
 * Building managed entities was the largest cost of the hub's read paths (issue 14: about 1.4 ms of CPU for 20 offers
 * by id, 0.3 ms this way). The instances have the class's getters (`offer.title`) and `instanceof` holds; a
 * many-to-one is `{ id }`, as a reference that is not loaded reads. Never give one to `em.persist`, `em.assign` or a
 * relation of an entity that is written: the loaders made here serve the field resolvers and the reference
 * resolvers, and writes read their rows with `em.findOne` in their transaction (the use-case files).
 */
export async function findLean<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[]; limit?: number } = {},
): Promise<T[]> {
  const shape = shapeOf(em, entity);
  const select = (condition: object) => selectOf(em, entity, shape, condition, options);
  const rows = await readShaped(em, shape.meta, `select ${JSON.stringify(options)}`, where, select);
  return rows.map((row) => shape.make(em.getDriver().mapResult(row, shape.meta)!, em) as T);
}

/** As `em.count`, from SQL built once per shape of condition (see `compile`). */
export async function countLean<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
): Promise<number> {
  const shape = shapeOf(em, entity);
  const count = (condition: object) => (em as unknown as SqlReader).createQueryBuilder(entity).count().where(condition);
  const [row] = await readShaped(em, shape.meta, 'count', where, count);
  return Number(row.count);
}

function selectOf<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  shape: Shape,
  where: object,
  options: { orderBy?: object; limit?: number },
): SqlQuery {
  const qb = (em as unknown as SqlReader).createQueryBuilder(entity).select(shape.fields).where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit != null) qb.limit(options.limit);
  return qb;
}

/** The part of the SQL drivers' EntityManager used here (the hub runs on SQLite or PostgreSQL, both SQL). */
interface SqlReader {
  createQueryBuilder(entity: EntityClass<object>): SqlQuery;
}
interface SqlQuery extends ShapedQuery {
  select(fields: string[]): SqlQuery;
  where(where: object): SqlQuery;
  orderBy(orderBy: object): SqlQuery;
  limit(limit: number): SqlQuery;
  count(): SqlQuery;
}

interface Shape {
  meta: EntityMetadata;
  fields: string[];
  make(row: Record<string, unknown>, em: EntityManager): object;
}

const shapes = new WeakMap<EntityMetadata, Shape>();

/** Which properties a lean row has (every column but lazy ones) and how a mapped row becomes an instance: once. */
function shapeOf<T extends object>(em: EntityManager, entity: EntityClass<T>): Shape {
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  let shape = shapes.get(meta);
  if (shape) return shape;
  const columns = meta.props.filter(
    (p) =>
      p.persist !== false &&
      !p.lazy &&
      !p.formula &&
      (p.kind === ReferenceKind.SCALAR || (p.kind === ReferenceKind.MANY_TO_ONE && p.fieldNames.length === 1)),
  );
  const relations = columns.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE).map((p) => p.name);
  // As the ORM's hydrator converts them (uuid, date, double, ...); booleans and dates the mapped row already has.
  const typed = columns.filter(
    (p): p is EntityProperty & { customType: NonNullable<EntityProperty['customType']> } => p.customType != null,
  );
  // The entity's prototype has MikroORM's setters for its properties (change tracking: each builds the entity's
  // helper and stores the value there). Plain writable slots in between, one for each column, make `row.x = v` an
  // own property of the row, as on any object; the class's getters and `instanceof` still come from the prototype.
  const prototype = Object.create(
    meta.prototype,
    Object.fromEntries(columns.map((p) => [p.name, { value: undefined, writable: true, configurable: true }])),
  ) as object;
  shape = {
    meta,
    fields: columns.map((p) => p.name),
    make(row, em) {
      const platform = em.getPlatform();
      for (const prop of typed) {
        const value = row[prop.name];
        if (value != null) row[prop.name] = prop.customType.convertToJSValue(value, platform);
      }
      for (const name of relations) {
        const id = row[name];
        row[name] = id == null ? null : Object.freeze({ id });
      }
      return Object.assign(Object.create(prototype) as object, row);
    },
  };
  shapes.set(meta, shape);
  return shape;
}

/**
 * As the kit's `byIdLoader` (one `IN (...)` per tick, null for an unknown id, `uuidKeys` likewise), with lean rows.
 */
export function leanByIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  options: { uuidKeys?: boolean } = {},
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const keys = options.uuidKeys ? ids.map(asUuid) : [...ids];
    const wanted = [...new Set(keys.filter((key): key is string => key !== null))];
    const rows = wanted.length ? await findLean(em, entity, { id: { $in: wanted } } as never) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => (key === null ? null : (byId.get(key) ?? null)));
  });
}

/** As the kit's `childrenLoader` (one query for many parents, grouped by the parent's id), with lean rows. */
export function leanChildrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  parentField: string,
  parentIdOf: (row: T) => string,
  orderBy: Record<string, 'asc' | 'desc'>,
  where: Record<string, unknown> = {},
) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await findLean(em, entity, { ...where, [parentField]: { $in: [...parentIds] } } as FilterQuery<T>, {
      orderBy: orderBy as QueryOrderMap<T>,
    });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) groups.get(parentIdOf(row))?.push(row);
    return parentIds.map((id) => groups.get(id) ?? []);
  });
}

/**
 * As the kit's `paginate` (the same arguments, cursors, page info and `totalCount`: MikroORM's cursor conditions and
 * `Cursor`, as `em.findByCursor` uses them), with the page's rows lean: two statements, the page and its count.
 */
export async function paginateLean<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  orderBy: QueryOrderMap<T>[],
): Promise<Connection<T>> {
  const problems = validateConnectionArgs(args);
  if (problems.length) throw new UserInputError(problems);
  const backward = args.last != null || args.before != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const options: Record<string, unknown> = backward
    ? { last: size, before: args.before ?? undefined, overfetch: true }
    : { first: size, after: args.after ?? undefined, overfetch: true };
  const meta = em.getMetadata().get(entity.name) as EntityMetadata<T>;
  const cursorOf = (em.getDriver() as unknown as CursorDriver).processCursorOptions(meta, options, orderBy);
  const condition = Object.keys(cursorOf.where).length ? ({ $and: [where, cursorOf.where] } as FilterQuery<T>) : where;
  const rows = await findLean(em, entity, condition, {
    orderBy: cursorOf.orderBy as QueryOrderMap<T>[],
    limit: options.limit as number,
  });
  if (backward) rows.reverse();
  const totalCount = await countLean(em, entity, where);
  const cursor = new Cursor(rows as never[], totalCount, { ...options, orderBy } as never, meta);
  const nodes = cursor.items as T[];
  return {
    edges: nodes.map((node) => ({ cursor: cursor.from(node), node })),
    nodes,
    totalCount: cursor.totalCount,
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}

/** The drivers' cursor conditions (protected in MikroORM's types; the one place `em.find` takes them from). */
interface CursorDriver {
  processCursorOptions(meta: EntityMetadata, options: object, orderBy: object): { orderBy: object[]; where: object };
}
