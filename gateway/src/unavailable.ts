import { ErrorCode } from '@veiinn/contracts';
import {
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type SelectionSetNode,
} from 'graphql';

/**
 * Why a subgraph is counted as not there: no connection (refused, reset), no answer within its timeout, a proxy's
 * 502/503/504 for it, or its circuit is open after failures in a row (./circuit.ts) and it was not called at all.
 */
export type UnavailableReason = 'unreachable' | 'timeout' | 'proxy-error' | 'circuit-open';

/** A subgraph that did not answer: what the data source turns into an answer without its fields. */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(
    readonly subgraph: string,
    readonly reason: UnavailableReason,
  ) {
    super(unavailableMessage(subgraph, reason), {
      extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph, reason },
    });
  }
}

/** The most errors one missing fetch adds to a response; past it one more error says how many paths were left out. */
export const MAX_UNAVAILABLE_PATHS = 100;

function unavailableMessage(subgraph: string, reason: UnavailableReason, timeoutMs = 0): string {
  const name = JSON.stringify(subgraph);
  if (reason === 'timeout' && timeoutMs > 0) {
    const seconds = Math.round(timeoutMs / 100) / 10;
    return (
      `Tjenesten ${name} svarte ikke innen ${seconds} s, så opplysningene derfra mangler; prøv igjen senere. / ` +
      `The subgraph ${name} did not answer within ${seconds} s, so its fields are missing; try again later.`
    );
  }
  return (
    `Tjenesten ${name} svarer ikke nå, så opplysningene derfra mangler; prøv igjen senere. / The subgraph ` +
    `${name} is unavailable right now, so its fields are missing; try again later.`
  );
}

/**
 * What the gateway gives Apollo Gateway in place of the answer of a subgraph that is not there: no data, and an
 * error for each field the fetch would have filled, with a path Apollo maps into the client's response as it maps a
 * subgraph's own errors: `[field]` for a fetch at the root (Apollo puts it under the fetch's place in the response),
 * `['_entities', i, field]` for the i-th entity of an entity fetch (Apollo puts it at that entity's place, with list
 * indexes). The client's response then has each such field null with its own SUBGRAPH_UNAVAILABLE error naming the
 * subgraph, and everything the other subgraphs answered. Bounded by MAX_UNAVAILABLE_PATHS.
 */
export function unavailableAnswer(
  failure: { subgraph: string; reason: UnavailableReason; timeoutMs: number },
  request: { query?: string; variables?: Record<string, unknown> },
  document?: DocumentNode,
): { errors: GraphQLFormattedError[] } {
  const message = unavailableMessage(failure.subgraph, failure.reason, failure.timeoutMs);
  const extensions = { code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph: failure.subgraph, reason: failure.reason };
  const { paths, total } = missingPaths(request, document);
  const errors: GraphQLFormattedError[] = paths.map((path) => ({ message, path, extensions }));
  if (total > paths.length) errors.push({ message, extensions: { ...extensions, pathsLeftOut: total - paths.length } });
  // A fetch that names no field (it cannot, but a path-less error still tells the client what happened).
  if (errors.length === 0) errors.push({ message, extensions });
  return { errors };
}

function missingPaths(
  request: { query?: string; variables?: Record<string, unknown> },
  document?: DocumentNode,
): { paths: (string | number)[][]; total: number } {
  const none = { paths: [], total: 0 };
  let parsed = document;
  if (!parsed) {
    if (!request.query) return none;
    try {
      parsed = parse(request.query);
    } catch {
      return none;
    }
  }
  const operation = parsed.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return none;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const representations = request.variables?.representations;
  if (!Array.isArray(representations)) {
    const paths = responseNames(operation.selectionSet, fragments).map((name) => [name]);
    return { paths: paths.slice(0, MAX_UNAVAILABLE_PATHS), total: paths.length };
  }
  const entities = responseFields(operation.selectionSet, fragments).find((field) => field.name === '_entities');
  const names = entities?.selectionSet ? responseNames(entities.selectionSet, fragments) : [];
  const paths: (string | number)[][] = [];
  for (let index = 0; index < representations.length; index++) {
    for (const name of names) {
      if (paths.length === MAX_UNAVAILABLE_PATHS) return { paths, total: representations.length * names.length };
      paths.push(['_entities', index, name]);
    }
  }
  return { paths, total: paths.length };
}

/** The response names of a selection set's fields, through inline fragments and spreads, `__typename` left out. */
function responseNames(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  return [...new Set(responseFields(selectionSet, fragments).map((field) => field.responseName))].filter(
    (name) => name !== '__typename',
  );
}

function responseFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): { name: string; responseName: string; selectionSet?: SelectionSetNode }[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      return [
        {
          name: selection.name.value,
          responseName: selection.alias?.value ?? selection.name.value,
          selectionSet: selection.selectionSet,
        },
      ];
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) return responseFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return responseFields(fragment.selectionSet, fragments, seen);
  });
}
