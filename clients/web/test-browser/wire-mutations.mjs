// Every staff write the app registers, ready to be sent by a role that may not make it. staff.mjs sends each one
// as every other role and expects a refusal on the wire: a workspace's pages list the reads they make, and this
// adds each of its writes without a page having to name them. The variables are the least that GraphQL accepts
// (every required field filled with a value of its type), so the refusal, not validation, is what answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
} from 'graphql';
import { root } from './harness.mjs';

/** A value of each scalar the API has that every parser takes (an id of the shape the hub gives, a far-off day). */
const SCALARS = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Date: '2099-01-04',
  DateTime: '2099-01-04T08:00:00.000Z',
};

/** The least value GraphQL accepts for a type: null where it may be, else one item, every required field. */
function leastValueOf(type) {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [leastValueOf(inner.ofType)].filter((value) => value !== null);
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const value = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = leastValueOf(field.type);
    }
    return value;
  }
  const scalar = SCALARS[getNamedType(inner).name];
  if (scalar === undefined) throw new Error(`No least value for the scalar ${getNamedType(inner).name}`);
  return scalar;
}

/** The registered staff mutations, by the workspace suite their name starts with (StaffFlow… belongs to flow). */
export function staffMutations(manifest, suites) {
  const schema = buildSchema(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
  const mutations = [];
  for (const text of Object.values(manifest)) {
    for (const definition of parse(text).definitions) {
      const name = definition.name?.value ?? '';
      if (definition.kind !== 'OperationDefinition' || definition.operation !== 'mutation') continue;
      const suite = suites.find((candidate) =>
        name.startsWith(`Staff${candidate[0].toUpperCase()}${candidate.slice(1)}`),
      );
      if (!suite) continue;
      const variables = {};
      for (const variable of definition.variableDefinitions ?? []) {
        const value = leastValueOf(typeFromAST(schema, variable.type));
        if (value !== null) variables[variable.variable.name.value] = value;
      }
      mutations.push({ name, suite, variables });
    }
  }
  return mutations;
}
