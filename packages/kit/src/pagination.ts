import { Cursor, type EntityManager, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { UserInputError, type FieldProblem } from '@veiinn/contracts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay page info. `@shareable` because every subgraph that pages a list defines the same type. */
@Directive('@shareable')
@ObjectType({
  description: 'Where a page sits in a list: whether more items exist on either side, and the cursors at its ends.',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items exist after this page (pass `endCursor` as `after`).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items exist before this page (pass `startCursor` as `before`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; null on an empty page.' })
  endCursor!: string | null;
}

/** Arguments of every Relay-style connection field: `first`/`after` pages forward, `last`/`before` backward. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Items to return from the start (1-${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items after this cursor (an `endCursor` from an earlier page).',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Items to return from the end (1-${MAX_PAGE_SIZE}); use with \`before\`.`,
  })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return items before this cursor (a `startCursor` from an earlier page).',
  })
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Creates the `XConnection` and `XEdge` types for a node type. Call once per node type:
 * `@ObjectType() class OfferConnection extends ConnectionType(Offer, 'Offer') {}`.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with the cursor that points at it.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item; pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType() // not emitted: only the concrete subclasses are reachable from the schema
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], { description: 'The items on this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], {
      description: 'The items on this page, without cursors (a shortcut for `edges { node }`).',
    })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages exist.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Checks connection arguments and returns the problems, so that a bad request changes and reads nothing. */
export function validateConnectionArgs(args: ConnectionArgs): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (value != null && (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE)) {
      problems.push({
        field: key,
        nb: `må være et helt tall fra 1 til ${MAX_PAGE_SIZE}.`,
        en: `must be a whole number from 1 to ${MAX_PAGE_SIZE}.`,
      });
    }
  }
  if (args.first != null && args.last != null)
    problems.push({
      field: 'last',
      nb: 'kan ikke brukes sammen med first.',
      en: 'cannot be used together with first.',
    });
  if (args.after != null && args.before != null)
    problems.push({
      field: 'before',
      nb: 'kan ikke brukes sammen med after.',
      en: 'cannot be used together with after.',
    });
  if (args.last != null && args.before == null && args.after != null) {
    problems.push({
      field: 'last',
      nb: 'blar bakover. Bruk den med before, eller bruk first med after.',
      en: 'pages backward; use it with before, or use first with after.',
    });
  }
  for (const key of ['after', 'before'] as const) {
    const value = args[key];
    if (value == null) continue;
    try {
      if (!Array.isArray(Cursor.decode(value))) throw new Error('not a list');
    } catch {
      problems.push({
        field: key,
        nb: 'er ikke en peker fra denne listen. Bruk en startCursor eller endCursor du har fått.',
        en: 'is not a cursor from this list; use a startCursor or endCursor you were given.',
      });
    }
  }
  return problems;
}

/**
 * Keyset pagination over an entity with MikroORM's cursor support. `orderBy` must end in a unique field (the id)
 * so that every item has one place in the order and no item is skipped or repeated between pages.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  orderBy: QueryOrderMap<T>[],
): Promise<Connection<T>> {
  const problems = validateConnectionArgs(args);
  if (problems.length) throw new UserInputError(problems);
  const backward = args.last != null || args.before != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const cursor = await em.findByCursor(entity, where, {
    ...(backward ? { last: size, before: args.before ?? undefined } : { first: size, after: args.after ?? undefined }),
    orderBy: orderBy as never,
    includeCount: true,
  });
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
