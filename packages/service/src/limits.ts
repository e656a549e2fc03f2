import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  visit,
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
import { ErrorCode } from '@veiinn/contracts';

/**
 * How big one operation may be. Each limit is checked before anything is planned or resolved; 0 turns it off. The
 * document's own limits (tokens, fragments, directives) are checked before Apollo parses and validates it, by
 * `documentLimitsMiddleware`: graphql-js's validation walks fragments too, and costs up to hundreds of milliseconds
 * for a hostile document of some thousand tokens.
 */
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
  /** Tokens in the document (names, punctuation, values; not comments), counted before it is parsed. */
  maxTokens: number;
  /** Fragment definitions in the document. */
  maxFragments: number;
  /** The longest chain of fragment spreads: `{ ...A }` is 1, and 2 if `A` spreads another fragment. */
  maxFragmentDepth: number;
  /** Directives on one field, fragment spread or inline fragment. */
  maxDirectivesPerField: number;
  /** Directives in the whole document. */
  maxDirectives: number;
}

/** What one operation measures, in the units of `OperationLimits`. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

/**
 * What one document measures before it is validated, in the units of `OperationLimits`. `tokens` stops counting one
 * past the limit (lexing a 1 MB body to the end would cost a third of a second); it is absent when not counted.
 */
export interface DocumentMeasure {
  tokens?: number;
  fragments: number;
  fragmentDepth: number;
  directivesPerField: number;
  directives: number;
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
  // The client documents have at most 92 tokens, 2 fragments (a chain of 2) and no directive; GraphiQL's
  // introspection query has 184 tokens and 3 fragments. Validation of 1000 tokens stays within tens of milliseconds.
  maxTokens: 1_000,
  maxFragments: 50,
  maxFragmentDepth: 8,
  maxDirectivesPerField: 5,
  maxDirectives: 50,
};

/**
 * Defaults for a subgraph, which receives the gateway's planned queries: `_entities` fetches of hundreds of
 * representations and whatever the gateway allowed. Depth, aliases and the document's size are limited, generously,
 * as a second line for a caller that reaches a subgraph directly: a planned query may write out the client's
 * fragments (representations travel as variables, not tokens) and repeat its `@include`/`@skip` on every field it
 * touches, so the total of directives is left to the token limit.
 */
export const SUBGRAPH_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 32,
  maxAliases: 500,
  maxRootFields: 0,
  maxCost: 0,
  defaultListSize: 20,
  maxTokens: 50_000,
  maxFragments: 1_000,
  maxFragmentDepth: 32,
  maxDirectivesPerField: 20,
  maxDirectives: 0,
};

type Measured = keyof OperationMeasure | keyof DocumentMeasure;

const LIMITS: { key: Measured; max: keyof OperationLimits; nb: string; en: string; fix: string }[] = [
  {
    key: 'tokens',
    max: 'maxTokens',
    nb: 'Spørringen er for lang',
    en: 'The document is too long',
    fix: 'leave out fields you do not use, or split it into several requests',
  },
  {
    key: 'fragments',
    max: 'maxFragments',
    nb: 'Spørringen har for mange fragmenter',
    en: 'The document has too many fragments',
    fix: 'write small fragments inline, or split the request',
  },
  {
    key: 'fragmentDepth',
    max: 'maxFragmentDepth',
    nb: 'Fragmentene i spørringen sprer hverandre for dypt',
    en: 'The fragments spread each other too deeply',
    fix: 'spread fewer fragments inside fragments',
  },
  {
    key: 'directivesPerField',
    max: 'maxDirectivesPerField',
    nb: 'Et felt i spørringen har for mange direktiver',
    en: 'A field has too many directives',
    fix: 'use each directive (@include, @skip) at most once on a field',
  },
  {
    key: 'directives',
    max: 'maxDirectives',
    nb: 'Spørringen har for mange direktiver',
    en: 'The document has too many directives',
    fix: 'put @include/@skip on a fragment around the fields instead of on each field, or split the request',
  },
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

/** The first limit of `LIMITS` that a measured value exceeds, as the error to answer with; else undefined. */
function exceeded(measure: Partial<Record<Measured, number>>, limits: OperationLimits): GraphQLError | undefined {
  for (const limit of LIMITS) {
    const max = limits[limit.max];
    const value = measure[limit.key];
    if (value !== undefined && max > 0 && value > max) {
      // Tokens are counted only to one past the limit, so the count is a lower bound.
      const nb = limit.key === 'tokens' ? `${value} eller flere` : `${value}`;
      const en = limit.key === 'tokens' ? `${value} or more` : `${value}`;
      return new GraphQLError(
        `${limit.nb} (${limit.key} ${nb}, høyst ${max}). / ${limit.en} (${limit.key} ${en}, at most ${max}): ${limit.fix}.`,
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

/** The first limit the measure exceeds, as the error to answer with (HTTP 400, QUERY_TOO_COMPLEX); else undefined. */
export function checkOperationLimits(measure: OperationMeasure, limits: OperationLimits): GraphQLError | undefined {
  return exceeded(measure, limits);
}

/** The same for the document's own limits (tokens, fragments, fragment depth, directives). */
export function checkDocumentLimits(measure: DocumentMeasure, limits: OperationLimits): GraphQLError | undefined {
  return exceeded(measure, limits);
}

/** Tokens in `source` as graphql-js's parser counts them (comments left out), up to `stopAfter` (0: all). */
export function countTokens(source: string, stopAfter = 0): number {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    tokens += 1;
    if (stopAfter > 0 && tokens >= stopAfter) break;
  }
  return tokens;
}

/**
 * Fragments, the longest chain of fragment spreads and directives of a document, without expanding a fragment:
 * each definition is read once, and each fragment's chain is measured once (a cycle, invalid anyway, ends a chain).
 */
export function measureDocument(document: DocumentNode): DocumentMeasure {
  let fragments = 0;
  let directives = 0;
  let directivesPerField = 0;
  // Per fragment, the fragments it spreads (in any selection set inside it).
  const spreads = new Map<string, Set<string>>();
  let current: Set<string> | undefined;
  visit(document, {
    enter(node) {
      if (node.kind === Kind.FRAGMENT_DEFINITION) {
        fragments += 1;
        current = new Set();
        spreads.set(node.name.value, current);
      } else if (node.kind === Kind.OPERATION_DEFINITION) {
        current = undefined;
      } else if (node.kind === Kind.FRAGMENT_SPREAD) {
        current?.add(node.name.value);
      }
      if ('directives' in node && node.directives) {
        directives += node.directives.length;
        directivesPerField = Math.max(directivesPerField, node.directives.length);
      }
    },
  });

  // Longest chain from each fragment, by an explicit stack: a chain of thousands must not overflow the call stack.
  const chain = new Map<string, number>();
  const open = new Set<string>();
  for (const start of spreads.keys()) {
    if (chain.has(start)) continue;
    const stack = [{ name: start, next: [...(spreads.get(start) ?? [])] }];
    open.add(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const child = top.next.pop();
      if (child !== undefined) {
        if (!chain.has(child) && !open.has(child) && spreads.has(child)) {
          open.add(child);
          stack.push({ name: child, next: [...spreads.get(child)!] });
        }
        continue;
      }
      let below = 0;
      for (const spread of spreads.get(top.name)!)
        below = Math.max(below, chain.get(spread) ?? (open.has(spread) ? 0 : 1));
      chain.set(top.name, 1 + below);
      open.delete(top.name);
      stack.pop();
    }
  }
  let fragmentDepth = 0;
  for (const length of chain.values()) fragmentDepth = Math.max(fragmentDepth, length);
  return { fragments, fragmentDepth, directivesPerField, directives };
}

/**
 * Checks one document's text against the document limits: tokens first (counted to one past the limit, before
 * anything is parsed), then fragments, their depth and directives. A document that does not parse passes, for
 * Apollo to answer with its own GRAPHQL_PARSE_FAILED.
 */
export function checkDocument(source: string, limits: OperationLimits): GraphQLError | undefined {
  let document: DocumentNode;
  try {
    if (limits.maxTokens > 0) {
      const tokens = countTokens(source, limits.maxTokens + 1);
      if (tokens > limits.maxTokens) return checkDocumentLimits({ tokens, ...NO_DOCUMENT }, limits);
    }
    document = parse(source, { noLocation: true });
  } catch {
    return undefined;
  }
  return checkDocumentLimits(measureDocument(document), limits);
}

const NO_DOCUMENT: DocumentMeasure = { fragments: 0, fragmentDepth: 0, directivesPerField: 0, directives: 0 };

/**
 * Express middleware before Apollo's: refuses a document over the document limits with HTTP 400 QUERY_TOO_COMPLEX
 * before Apollo parses or validates it. Reads the documents as Apollo will: `query` of a JSON body (each one of a
 * batch), or every `query` parameter of a GET's URL.
 */
export function documentLimitsMiddleware(limits: OperationLimits): RequestHandler {
  const passed = new PassedDocuments();
  return (req, res, next) => {
    const sources: unknown[] = [];
    if (req.method === 'GET') {
      const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      sources.push(...new URLSearchParams(search).getAll('query'));
    } else {
      const body: unknown = req.body;
      for (const request of Array.isArray(body) ? body : [body]) {
        if (typeof request === 'object' && request !== null) sources.push((request as { query?: unknown }).query);
      }
    }
    for (const source of sources) {
      if (typeof source !== 'string' || passed.has(source)) continue;
      const error = checkDocument(source, limits);
      if (error) {
        const { http: _http, ...extensions } = error.extensions;
        res.status(400).json({ errors: [{ message: error.message, extensions }] });
        return;
      }
      passed.add(source);
    }
    next();
  };
}

/** Characters of document text whose check passed, kept by `documentLimitsMiddleware` (about 4 MB of heap). */
export const PASSED_DOCUMENT_CHARACTERS = 2 * 2 ** 20;

/**
 * The texts of documents that passed the document limits, least recently used out first: clients send the same few
 * documents again and again, and lexing and parsing each one again (Apollo's own parse is cached, this one was not)
 * was a sizeable part of a request's cost. Only texts that passed are kept, so a refused one is checked every time,
 * and the bound is in characters, so unique texts cannot make it hold more than that.
 */
export class PassedDocuments {
  private readonly texts = new Set<string>();
  private characters = 0;

  has(source: string): boolean {
    if (!this.texts.has(source)) return false;
    // Most recently used last.
    this.texts.delete(source);
    this.texts.add(source);
    return true;
  }

  add(source: string): void {
    if (source.length > PASSED_DOCUMENT_CHARACTERS / 16) return;
    this.texts.add(source);
    this.characters += source.length;
    for (const oldest of this.texts) {
      if (this.characters <= PASSED_DOCUMENT_CHARACTERS) break;
      this.texts.delete(oldest);
      this.characters -= oldest.length;
    }
  }
}

/** `measureDocument` once per parsed document: Apollo hands out the same document object for the same text. */
const documentMeasures = new WeakMap<DocumentNode, DocumentMeasure>();
function measuredDocument(document: DocumentNode): DocumentMeasure {
  let measure = documentMeasures.get(document);
  if (!measure) documentMeasures.set(document, (measure = measureDocument(document)));
  return measure;
}

/**
 * Apollo Server plugin that refuses an operation over the limits once it is parsed, validated and chosen
 * (`didResolveOperation`): before the gateway plans it, before a subgraph resolves anything. The document's own
 * limits are checked again here, for a document that did not come through `documentLimitsMiddleware` (an
 * `executeOperation`); its tokens are limited by Apollo's `parseOptions` (`parseOptionsFor`).
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
          const documentError = checkDocumentLimits(measuredDocument(document), limits);
          if (documentError) throw documentError;
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

/**
 * Apollo Server's `parseOptions` for the limits: its parser stops past `maxTokens` with a 400 GRAPHQL_PARSE_FAILED,
 * for a document that did not come through `documentLimitsMiddleware`.
 */
export function parseOptionsFor(limits: OperationLimits): { maxTokens?: number } {
  return limits.maxTokens > 0 ? { maxTokens: limits.maxTokens } : {};
}
