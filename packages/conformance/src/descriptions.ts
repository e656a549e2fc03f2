import { Kind, parse, type DefinitionNode, type StringValueNode } from 'graphql';
import { fail, notChecked, run, type CheckResult } from './result';

/** Names federation and `@link` add to a subgraph's schema: not the subgraph's own, so no description is asked. */
const isBuiltIn = (name: string) =>
  name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');

const described = (node: { description?: StringValueNode }) => (node.description?.value.trim() ?? '') !== '';

/**
 * Root operation types: each subgraph adds fields to the graph's one `Query` and `Mutation`, so the type's own
 * description is nobody's in particular (their fields are the subgraph's, and need one).
 */
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Every type, field, argument, input field and enum value the subgraph defines, that has no description. A type
 * extension (`extend type Query`) cannot carry one in GraphQL, so only its fields are asked for theirs.
 */
export function undescribed(sdl: string): string[] {
  const missing: string[] = [];
  for (const definition of parse(sdl).definitions) {
    if (!('name' in definition) || !definition.name || isBuiltIn(definition.name.value)) continue;
    const type = definition.name.value;
    if (isDefinition(definition) && !ROOT_TYPES.has(type) && !described(definition)) missing.push(type);
    if ('fields' in definition) {
      for (const field of definition.fields ?? []) {
        if (isBuiltIn(field.name.value)) continue;
        const coordinate = `${type}.${field.name.value}`;
        if (!described(field)) missing.push(coordinate);
        if ('arguments' in field) {
          for (const arg of field.arguments ?? []) {
            if (!described(arg)) missing.push(`${coordinate}(${arg.name.value}:)`);
          }
        }
      }
    }
    if ('values' in definition) {
      for (const value of definition.values ?? []) if (!described(value)) missing.push(`${type}.${value.name.value}`);
    }
  }
  return missing;
}

function isDefinition(d: DefinitionNode): d is DefinitionNode & { description?: StringValueNode } {
  return (
    d.kind === Kind.OBJECT_TYPE_DEFINITION ||
    d.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
    d.kind === Kind.ENUM_TYPE_DEFINITION ||
    d.kind === Kind.UNION_TYPE_DEFINITION ||
    d.kind === Kind.SCALAR_TYPE_DEFINITION
  );
}

/** Descriptions: every type and field of the subgraph's own schema says what it is (docs/partners.md). */
export async function checkDescriptions(sdl: string | null, results: CheckResult[]): Promise<void> {
  await run(results, 'descriptions', 'descriptions.all', 'every type and field has a description', async () => {
    if (sdl === null) return notChecked('no SDL (see Federation)');
    const missing = undescribed(sdl);
    if (missing.length) {
      return fail(
        `${missing.length} without a description: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
      );
    }
    return 'every type, field, argument and enum value is described';
  });
}
