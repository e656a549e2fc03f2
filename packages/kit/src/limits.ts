import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from './errors';

/** How big one operation may be. Each limit is checked before anything is planned or resolved; 0 turns it off. */
export interface OperationLimits {
  /** Deepest field nesting, e.g. `{ a { b } }` is 2. */
  maxDepth: number;
  /** Aliased fields in the whole operation (an alias repeats a field; 100 aliases are 100 calls). */
  maxAliases: number;
  /** Fields at the top of the operation (`query { a b c }` has 3). */
  maxRootFields: number;
  /** The estimated cost (see `measureOperation`). */
  maxCost: number;
  /** The size assumed for a list that has no `first`, `last`, `limit` or `ids` argument. */
  defaultListSize: number;
}

/** What one operation measures, in the units of `OperationLimits`. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

/** Arguments that say how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'];
const LIST_SIZE_ARGUMENTS = ['ids'];
/** Inside a paged field, the page's own lists: already counted by the page size. */
const PAGE_LISTS = new Set(['edges', 'nodes']);

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, variables));
    default:
      return undefined;
  }
}

/** The size a field's arguments ask for, or undefined when none says. */
function sizeOf(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  for (const argument of field.arguments ?? []) {
    const value = valueOf(argument.value, variables);
    if (SIZE_ARGUMENTS.includes(argument.name.value) && typeof value === 'number') return Math.max(value, 1);
    if (LIST_SIZE_ARGUMENTS.includes(argument.name.value) && Array.isArray(value)) return Math.max(value.length, 1);
  }
  return undefined;
}

/** What one selection set measures: its own depth, and the aliases and cost of everything under it. */
interface SelectionMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

const NOTHING: SelectionMeasure = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures an operation against the schema: depth, aliases, root fields and an estimated cost. Each field costs 1;
 * a list field multiplies what it contains by its size (its `first`/`last`/`limit`, the length of its `ids`, or
 * the default list size), nested lists multiply. A paged field (one with `first`/`last`) counts its page once, so
 * its `edges`/`nodes` lists are not multiplied again. Introspection fields (`__schema`, `__type`, `__typename`)
 * are not counted: introspection is off in production, and a schema explorer must work in development.
 *
 * Each fragment is measured once per type and page state and its measure reused at every spread, so the work is
 * linear in the document: fragments that each spread the next one twice expand to 2^n fields, and walking them
 * out would block the process (the numbers come out the same: a spread adds its fragment's cost and aliases, and
 * its depth below the spread's level).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  defaultListSize = 20,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();

  const measured = new Map<string, SelectionMeasure>();
  // A fragment being measured: a cycle (invalid anyway, refused by validation) counts nothing the second time.
  const measuring = new Set<string>();
  const measureFragment = (
    fragment: FragmentDefinitionNode,
    type: GraphQLNamedType | undefined,
    paged: boolean,
  ): SelectionMeasure => {
    const key = `${fragment.name.value}\u0000${type?.name ?? ''}\u0000${paged}`;
    let known = measured.get(key);
    if (!known) {
      if (measuring.has(key)) return NOTHING;
      measuring.add(key);
      known = walk(fragment.selectionSet, type, paged);
      measuring.delete(key);
      measured.set(key, known);
    }
    return known;
  };

  /** A selection set on `type`: its depth counts its own fields as 1. */
  const walk = (
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    paged: boolean,
  ): SelectionMeasure => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    const add = (inner: SelectionMeasure) => {
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      cost += inner.cost;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        add(walk(selection.selectionSet, on ?? type, paged));
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        add(measureFragment(fragment, on ?? type, paged));
      } else {
        if (selection.name.value.startsWith('__')) continue;
        if (selection.alias) aliases += 1;
        const definition: GraphQLField<unknown, unknown> | undefined =
          type && isObjectType(type) ? type.getFields()[selection.name.value] : undefined;
        const returnType = definition ? getNullableType(definition.type) : undefined;
        const size = sizeOf(selection, variables);
        const isList = returnType !== undefined && isListType(returnType);
        const multiplier = size ?? (isList ? (paged && PAGE_LISTS.has(selection.name.value) ? 1 : defaultListSize) : 1);
        const inner = selection.selectionSet
          ? walk(
              selection.selectionSet,
              definition ? getNamedType(definition.type) : undefined,
              size !== undefined && !isList,
            )
          : NOTHING;
        depth = Math.max(depth, 1 + inner.depth);
        aliases += inner.aliases;
        cost += multiplier * (1 + inner.cost);
      }
    }
    return { depth, aliases, cost };
  };

  const rootFields = operation.selectionSet.selections.length;
  const { depth, aliases, cost } = walk(operation.selectionSet, rootType ?? undefined, false);
  return { depth, aliases, rootFields, cost };
}

/** Defaults for the gateway, which faces clients. */
export const GATEWAY_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  // Calibrated on the largest operation the graph serves on purpose: the participant path for 1000 ids
  // (participantsByIds' own maximum, gateway/test/path.scale.test.ts) is estimated at 1 324 000, since each of its
  // unbounded lists counts 20 (placements, supervisors). Three nested full pages (100 × 100 × 100) are refused.
  maxCost: 1_500_000,
  defaultListSize: 20,
};

/**
 * Defaults for a subgraph, which receives the gateway's planned queries: `_entities` fetches of hundreds of
 * representations and whatever the gateway allowed. Only depth and aliases are limited, generously, as a second
 * line for a caller that reaches a subgraph directly.
 */
export const SUBGRAPH_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 32,
  maxAliases: 500,
  maxRootFields: 0,
  maxCost: 0,
  defaultListSize: 20,
};

const LIMITS: { key: keyof OperationMeasure; max: keyof OperationLimits; nb: string; en: string; fix: string }[] = [
  {
    key: 'depth',
    max: 'maxDepth',
    nb: 'Spørringen er for dyp',
    en: 'The operation is too deep',
    fix: 'ask for fewer nested levels, or fetch the inner data in a second request',
  },
  {
    key: 'aliases',
    max: 'maxAliases',
    nb: 'Spørringen har for mange aliaser',
    en: 'The operation has too many aliases',
    fix: 'use a list field (e.g. participantsByIds) or split the operation',
  },
  {
    key: 'rootFields',
    max: 'maxRootFields',
    nb: 'Spørringen har for mange felt på toppnivå',
    en: 'The operation has too many root fields',
    fix: 'split it into several requests',
  },
  {
    key: 'cost',
    max: 'maxCost',
    nb: 'Spørringen er for kostbar',
    en: 'The operation would cost too much',
    fix: 'ask for smaller pages (first/limit), fewer ids or fewer nested lists',
  },
];

/** The first limit the measure exceeds, as the error to answer with (HTTP 400, QUERY_TOO_COMPLEX); else undefined. */
export function checkOperationLimits(measure: OperationMeasure, limits: OperationLimits): GraphQLError | undefined {
  for (const limit of LIMITS) {
    const max = limits[limit.max];
    const value = measure[limit.key];
    if (max > 0 && value > max) {
      return new GraphQLError(
        `${limit.nb} (${limit.key} ${value}, høyst ${max}). / ${limit.en} (${limit.key} ${value}, at most ${max}): ${limit.fix}.`,
        {
          extensions: {
            code: ErrorCode.QUERY_TOO_COMPLEX,
            limit: limit.key,
            value,
            max,
            http: { status: 400 },
          },
        },
      );
    }
  }
  return undefined;
}

/**
 * Apollo Server plugin that refuses an operation over the limits once it is parsed, validated and chosen
 * (`didResolveOperation`): before the gateway plans it, before a subgraph resolves anything.
 */
export function operationLimitsPlugin<TContext extends object>(
  limits: OperationLimits,
  onMeasure?: (measure: OperationMeasure, operationName: string | null) => void,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (!operation) return;
          const measure = measureOperation(
            schema,
            document,
            operation,
            request.variables ?? {},
            limits.defaultListSize,
          );
          onMeasure?.(measure, operationName);
          const error = checkOperationLimits(measure, limits);
          if (error) throw error;
        },
      };
    },
  };
}
