import { bilingualMessage, ErrorCode } from '@veiinn/contracts';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLFormattedError,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { createHash } from 'node:crypto';
import type { AccessAnalysis, Refusal } from './authorization';
import { publicRequirement, refusalText } from './refusal-text';

/**
 * Partial refusals, as Apollo Router does them: the refused fields are taken out of the operation before it is
 * planned, the rest runs, and each refused place in the answer is null with an error of its own.
 *
 * A refused field is not dropped but replaced by `__typename` under an alias of ours (a marker). That keeps every
 * selection set valid (one that held only refused fields is not left empty), asks no subgraph for anything (the
 * planner takes `__typename` from the fetch that brought the object), and tells afterwards exactly which objects the
 * field was selected on, fragments and type conditions included, and their runtime type, which says whether the
 * refused field is non-null there. The answer is then walked once: each marker becomes `null` under the field's
 * response key, in its place, and a non-null field nulls its nearest nullable parent, as GraphQL's execution would.
 */

/** Most errors listed for one answer (one per concrete path); past it, one more error counts the rest. */
export const MAX_REFUSAL_ERRORS = 100;

/** The operation with its refused fields replaced by markers, and what a marker stands for. */
export interface FilteredOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** SHA-256 of the printed document: the gateway's query plan cache is keyed by it (Apollo's `queryHash`). */
  queryHash: string;
  /** By marker alias: the refused field's response key and name. */
  markers: Map<string, { responseKey: string; fieldName: string }>;
}

/** Replaces every refused field node with a marker (see above). */
export function filterOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  analysis: AccessAnalysis,
): FilteredOperation {
  // A prefix no name or alias of the document starts with, so a marker cannot meet a client's response key.
  let prefix = '_refused';
  const names: string[] = [];
  visit(document, {
    Field(node) {
      names.push(node.name.value, node.alias?.value ?? '');
    },
  });
  while (names.some((name) => name.startsWith(prefix))) prefix = `_${prefix}`;
  const aliases = new Map<FieldNode, string>();
  const markers: FilteredOperation['markers'] = new Map();
  const filtered = visit(document, {
    Field(node) {
      if (!analysis.refusedFields.has(node)) return undefined;
      let alias = aliases.get(node);
      if (!alias) {
        alias = `${prefix}${aliases.size}`;
        aliases.set(node, alias);
        markers.set(alias, { responseKey: node.alias?.value ?? node.name.value, fieldName: node.name.value });
      }
      const marker: FieldNode = {
        kind: Kind.FIELD,
        alias: { kind: Kind.NAME, value: alias },
        name: { kind: Kind.NAME, value: '__typename' },
      };
      return marker;
    },
  });
  const index = document.definitions.indexOf(operation);
  return {
    document: filtered,
    operation: filtered.definitions[index] as OperationDefinitionNode,
    queryHash: createHash('sha256').update(print(filtered)).digest('hex'),
    markers,
  };
}

const BUBBLE = Symbol('null bubbles up');

/**
 * The answer to the filtered operation as the client's operation gives it: markers replaced by nulls (non-null ones
 * bubbled up), and one error per concrete refused path (list positions included), at most `MAX_REFUSAL_ERRORS`.
 * `data` null when the nulls reach the root.
 */
export function shapeAnswer(
  data: Record<string, unknown>,
  schema: GraphQLSchema,
  filtered: FilteredOperation,
  refusals: Refusal[],
  codeOf: (refusal: Refusal | undefined) => ErrorCode,
): { data: Record<string, unknown> | null; errors: GraphQLFormattedError[] } {
  const fragments = new Map<string, { selectionSet: SelectionSetNode; type: string }>();
  for (const definition of filtered.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, {
        selectionSet: definition.selectionSet,
        type: definition.typeCondition.name.value,
      });
    }
  }
  const byPath = new Map(refusals.map((refusal) => [refusal.path.join('.'), refusal]));
  const errors: GraphQLFormattedError[] = [];
  let omitted = 0;
  const refusedAt = (path: (string | number)[]) => {
    if (errors.length >= MAX_REFUSAL_ERRORS) {
      omitted++;
      return;
    }
    const refusal = byPath.get(path.filter((key) => typeof key === 'string').join('.'));
    errors.push(refusalErrorAt(refusal, path, codeOf(refusal)));
  };

  type Selection = { selectionSet: SelectionSetNode; type: GraphQLCompositeType };
  // The field nodes under each response key of these selection sets, each with its static parent type. Type
  // conditions are not evaluated: which keys the object holds says what applied.
  const collect = (sets: Selection[]) => {
    const fields = new Map<string, { node: FieldNode; parent: GraphQLCompositeType }[]>();
    const into = ({ selectionSet, type }: Selection) => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          let nodes = fields.get(key);
          if (!nodes) fields.set(key, (nodes = []));
          nodes.push({ node: selection, parent: type });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
          into({ selectionSet: selection.selectionSet, type: isCompositeType(condition) ? condition : type });
        } else {
          const fragment = fragments.get(selection.name.value);
          const condition = fragment && schema.getType(fragment.type);
          if (fragment && isCompositeType(condition)) into({ selectionSet: fragment.selectionSet, type: condition });
        }
      }
    };
    sets.forEach(into);
    return fields;
  };

  const completeObject = (
    value: Record<string, unknown>,
    sets: Selection[],
    path: (string | number)[],
  ): Record<string, unknown> | typeof BUBBLE => {
    const fields = collect(sets);
    const result: Record<string, unknown> = {};
    const nulled = new Set<string>();
    let bubble = false;
    for (const [key, child] of Object.entries(value)) {
      const marker = filtered.markers.get(key);
      if (marker) {
        refusedAt([...path, marker.responseKey]);
        // The marker's value is the object's runtime type, whose own field says whether null may stand here.
        const runtime = typeof child === 'string' ? schema.getType(child) : undefined;
        const definition =
          isObjectType(runtime) || isInterfaceType(runtime) ? runtime.getFields()[marker.fieldName] : undefined;
        if (definition && isNonNullType(definition.type)) bubble = true;
        result[marker.responseKey] = null;
        nulled.add(marker.responseKey);
        continue;
      }
      // The same key refused in another fragment: the refusal wins.
      if (nulled.has(key)) continue;
      const nodes = fields.get(key);
      const found = nodes?.find(
        ({ node, parent }) => (isObjectType(parent) || isInterfaceType(parent)) && parent.getFields()[node.name.value],
      );
      const definition =
        found && (isObjectType(found.parent) || isInterfaceType(found.parent))
          ? found.parent.getFields()[found.node.name.value]
          : undefined;
      if (!definition || !nodes) {
        result[key] = child; // `__typename`, or a key the walk does not know: as the gateway gave it.
        continue;
      }
      const childSets = nodes.flatMap(({ node }) => {
        const type = getNamedType(definition.type);
        return node.selectionSet && isCompositeType(type) ? [{ selectionSet: node.selectionSet, type }] : [];
      });
      const completed = complete(child, definition.type, childSets, [...path, key]);
      if (completed === BUBBLE) bubble = true;
      else result[key] = completed;
    }
    return bubble ? BUBBLE : result;
  };

  // BUBBLE: this place must be null but may not be; its parent is nulled instead.
  const complete = (
    value: unknown,
    type: GraphQLOutputType,
    sets: Selection[],
    path: (string | number)[],
  ): unknown | typeof BUBBLE => {
    if (isNonNullType(type)) return completeInner(value, type.ofType, sets, path);
    const completed = completeInner(value, type, sets, path);
    return completed === BUBBLE ? null : completed;
  };
  const completeInner = (
    value: unknown,
    type: GraphQLOutputType,
    sets: Selection[],
    path: (string | number)[],
  ): unknown | typeof BUBBLE => {
    if (value === null || value === undefined || !sets.length) return value;
    if (isListType(type)) {
      if (!Array.isArray(value)) return value;
      const items = value.map((item: unknown, index) => complete(item, type.ofType, sets, [...path, index]));
      return items.includes(BUBBLE) ? BUBBLE : items;
    }
    if (typeof value !== 'object') return value;
    return completeObject(value as Record<string, unknown>, sets, path);
  };

  const root = schema.getRootType(filtered.operation.operation);
  const shaped = root
    ? completeObject(data, [{ selectionSet: filtered.operation.selectionSet, type: root }], [])
    : data;
  if (omitted) {
    errors.push({
      message: bilingualMessage({
        nb: `${omitted} steder til er holdt tilbake av samme grunn.`,
        en: `${omitted} more places are withheld for the same reasons.`,
      }),
      extensions: { code: codeOf(undefined), omitted },
    });
  }
  return { data: shaped === BUBBLE ? null : shaped, errors };
}

/** The error of one refused place of a partial answer: `refusalErrors`' error, at a concrete response path. */
function refusalErrorAt(
  refusal: Refusal | undefined,
  path: (string | number)[],
  code: ErrorCode,
): GraphQLFormattedError {
  const text = refusalText(path.filter((key) => typeof key === 'string').join('.'), code);
  return {
    message: bilingualMessage(text),
    ...(refusal?.locations.length && { locations: refusal.locations }),
    path,
    extensions: {
      code,
      messages: text,
      ...(refusal && {
        coordinate: refusal.coordinates[0],
        ...(refusal.coordinates.length > 1 && { coordinates: refusal.coordinates }),
        requires: publicRequirement(refusal.requires),
      }),
    },
  };
}
