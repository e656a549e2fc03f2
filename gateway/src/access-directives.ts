import { Kind, parse, print, visit, type ConstDirectiveNode, type ConstValueNode, type DocumentNode } from 'graphql';

/**
 * What one schema coordinate (`Type` or `Type.field`) requires of a caller, as the subgraphs declared it with the
 * federation access directives. Several requirements on one coordinate must all hold.
 * - `authenticated`: a signed-in caller.
 * - `scopes`: alternatives, each a list of scopes that must all be held (`[["a", "b"], ["c"]]` is a∧b ∨ c).
 * - `policies`: the same shape, over the gateway's named policies.
 */
export interface AccessRequirement {
  authenticated: boolean;
  scopes: string[][][];
  policies: string[][][];
}

/** The access rules of a supergraph, by coordinate: `Participant` (the type) or `Participant.name` (a field). */
export type AccessRules = ReadonlyMap<string, AccessRequirement>;

const ACCESS_SPECS = ['authenticated', 'requiresScopes', 'policy'];
const ACCESS_DIRECTIVES = new Set(ACCESS_SPECS);
const ACCESS_SCALARS = new Set(['requiresScopes__Scope', 'policy__Policy']);
const isAccessLink = (directive: ConstDirectiveNode) => {
  if (directive.name.value !== 'link') return false;
  const url = directive.arguments?.find((a) => a.name.value === 'url')?.value;
  return url?.kind === Kind.STRING && ACCESS_SPECS.some((spec) => url.value.includes(`specs.apollo.dev/${spec}/`));
};

const listOfLists = (value: ConstValueNode | undefined): string[][] => {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.map((inner) =>
    inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [],
  );
};

function requirementOf(directives: readonly ConstDirectiveNode[] | undefined): AccessRequirement | undefined {
  const access = directives?.filter((d) => ACCESS_DIRECTIVES.has(d.name.value)) ?? [];
  if (!access.length) return undefined;
  const requirement: AccessRequirement = { authenticated: false, scopes: [], policies: [] };
  for (const directive of access) {
    const argument = directive.arguments?.[0]?.value;
    if (directive.name.value === 'authenticated') requirement.authenticated = true;
    else if (directive.name.value === 'requiresScopes') requirement.scopes.push(listOfLists(argument));
    else requirement.policies.push(listOfLists(argument));
  }
  return requirement;
}

/**
 * Splits a supergraph in two: the access rules its subgraphs declared, and the supergraph without them.
 * Apollo Gateway (unlike the Router) does not support the `authenticated`, `requiresScopes` and `policy` specs and
 * refuses a supergraph that links them for SECURITY; so the gateway reads the rules here, enforces them itself
 * (authorization.ts), and hands Apollo the rest. The split is a pure function of the file: rules and schema always
 * come from the same version.
 */
export function splitAccessDirectives(supergraphSdl: string): { sdl: string; rules: AccessRules } {
  const document = parse(supergraphSdl);
  const rules = new Map<string, AccessRequirement>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const onType = requirementOf(definition.directives);
    if (onType) rules.set(typeName, onType);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      for (const field of definition.fields ?? []) {
        const onField = requirementOf(field.directives);
        if (onField) rules.set(`${typeName}.${field.name.value}`, onField);
      }
    }
  }
  if (
    !rules.size &&
    !document.definitions.some((d) => d.kind === Kind.SCHEMA_DEFINITION && d.directives?.some(isAccessLink))
  ) {
    return { sdl: supergraphSdl, rules };
  }
  const stripped = visit(document, {
    SchemaDefinition: (node) => ({ ...node, directives: node.directives?.filter((d) => !isAccessLink(d)) }),
    DirectiveDefinition: (node) => (ACCESS_DIRECTIVES.has(node.name.value) ? null : undefined),
    ScalarTypeDefinition: (node) => (ACCESS_SCALARS.has(node.name.value) ? null : undefined),
    Directive: (node) => (ACCESS_DIRECTIVES.has(node.name.value) ? null : undefined),
  }) as DocumentNode;
  return { sdl: print(stripped), rules };
}
