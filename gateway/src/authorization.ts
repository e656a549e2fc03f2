import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { ANONYMOUS_CALLER, bilingualMessage, ErrorCode, scopesOf, type Caller } from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import {
  BREAK,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AccessRequirement, AccessRules } from './access-directives';
import { filterOperation, shapeAnswer, type FilteredOperation } from './partial';
import { publicRequirement, refusalText } from './refusal-text';

export { publicRequirement } from './refusal-text';

/**
 * A named policy of `@policy(policies: [["name"]])`: a predicate over the verified caller. The gateway decides on
 * the caller alone (it sees no rows); row rules stay in the subgraphs.
 */
export type AccessPolicy = (caller: Caller) => boolean;

/**
 * The gateway's named policies. A name the subgraphs use that is not here refuses every caller (fail closed) and
 * is logged as an error: a typo in a directive must not open a field.
 */
export const GATEWAY_POLICIES: Readonly<Record<string, AccessPolicy>> = {
  /** An applicant or guardian whose token names at least one participant they act for. */
  'acts-for-participant': (caller) =>
    caller.roles.some((role) => role === 'applicant' || role === 'guardian') && !!caller.participantIds?.length,
  /** Provider staff or a partner system bound to one provider (by provider id or organisation number). */
  'bound-to-provider': (caller) =>
    (caller.roles.includes('provider-staff') && !!caller.providerId) ||
    (caller.roles.includes('partner-system') && !!(caller.providerId || caller.orgno)),
};

/** One field of an operation that the caller may not select. */
export interface Refusal {
  /** Response path (aliases as the client wrote them, list positions left out), e.g. `['me', 'participant', 'name']`. */
  path: string[];
  /** The coordinates whose rules refused the field, most specific first (`Participant.name` before `Participant`). */
  coordinates: string[];
  /** What the refusing rules require together (each entry of `scopes`/`policies` must hold). */
  requires: AccessRequirement;
  /** True when signing in alone is what is missing (every refusing rule is `@authenticated` only). */
  onlySignInMissing: boolean;
  /** Where the field is in the document. */
  locations: { line: number; column: number }[];
}

/**
 * `partial` (default, as Apollo Router): refused fields are taken out, the rest of the operation runs, and each
 * refused place is null with its error (./partial.ts). `reject`: any refused field refuses the whole operation.
 */
export type AuthorizationMode = 'partial' | 'reject';

export const AUTHORIZATION_MODES: readonly AuthorizationMode[] = ['partial', 'reject'];

export interface AuthorizationOptions {
  mode?: AuthorizationMode;
  policies?: Readonly<Record<string, AccessPolicy>>;
  logger?: Logger;
  /**
   * A guard against documents whose fragments expand to very many selections (fields, fragment spreads and inline
   * fragments, skipped ones too); past it the operation is refused.
   */
  maxFieldVisits?: number;
}

/**
 * Past this many selections visited (fragments expanded) the check stops and refuses: no operation of ours comes
 * close. Every selection counts, including spreads and those `@skip`/`@include` drop, so the walk is bounded in time:
 * fragments that each spread the next one twice, ending in a skipped field, visit no field at all.
 */
export const DEFAULT_MAX_FIELD_VISITS = 20_000;

const isAnonymous = (caller: Caller) => caller.sub === ANONYMOUS_CALLER.sub;

class TooManyFields extends Error {}

/** What the walk of an operation found: its refusals, and what removing the refused fields needs to know. */
export interface AccessAnalysis {
  refusals: Refusal[];
  /** Every refused field node of the document (a node in a fragment is refused wherever it is spread). */
  refusedFields: Set<FieldNode>;
  /** Response keys of the operation's root fields (introspection left out), and those refused. */
  rootKeys: Set<string>;
  refusedRootKeys: Set<string>;
  /** A refused root field is non-null: removing it would null the whole `data`. */
  refusedNonNullRoot: boolean;
  /** The walk stopped at `maxFieldVisits`: the single refusal is QUERY_TOO_COMPLEX. */
  tooMany: boolean;
}

/**
 * Decides, before anything runs, which selected fields the caller may not have. Walks the operation with graphql's
 * TypeInfo over the API schema, fragments and inline fragments included (skipped by `@skip`/`@include` as the
 * variables say), and checks for every field: its coordinate `Parent.field`; on an abstract parent, the same field on
 * every possible object type; its named return type; and on an abstract return type, every possible type.
 * Introspection fields are not checked.
 */
export function findRefusals(...args: Parameters<typeof analyseAccess>): Refusal[] {
  return analyseAccess(...args).refusals;
}

/** `findRefusals`, with the refused field nodes and the root fields, for removing the refused fields (./partial.ts). */
export function analyseAccess(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rules: AccessRules,
  caller: Caller,
  {
    policies = GATEWAY_POLICIES,
    variables = {},
    onUnknownPolicy,
    maxFieldVisits = DEFAULT_MAX_FIELD_VISITS,
  }: {
    policies?: Readonly<Record<string, AccessPolicy>>;
    variables?: Record<string, unknown>;
    onUnknownPolicy?: (policy: string, coordinate: string) => void;
    maxFieldVisits?: number;
  } = {},
): AccessAnalysis {
  const analysis: AccessAnalysis = {
    refusals: [],
    refusedFields: new Set(),
    rootKeys: new Set(),
    refusedRootKeys: new Set(),
    refusedNonNullRoot: false,
    tooMany: false,
  };
  // A supergraph without access directives: nothing to check, and no walk to pay for.
  if (!rules.size) return analysis;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const held = scopesOf(caller);
  // One verdict per coordinate: a rule is evaluated once per operation, however often its field is selected.
  const verdicts = new Map<string, { allowed: boolean; onlySignIn: boolean }>();
  const verdict = (coordinate: string, requirement: AccessRequirement) => {
    let known = verdicts.get(coordinate);
    if (!known) {
      const signedIn = !isAnonymous(caller);
      const scopesHeld = requirement.scopes.every((alternatives) =>
        alternatives.some((all) => all.every((scope) => held.has(scope))),
      );
      const policiesHeld = requirement.policies.every((alternatives) =>
        alternatives.some((all) =>
          all.every((name) => {
            const policy = Object.prototype.hasOwnProperty.call(policies, name) ? policies[name] : undefined;
            if (!policy) onUnknownPolicy?.(name, coordinate);
            return !!policy && policy(caller);
          }),
        ),
      );
      const allowed = (!requirement.authenticated || signedIn) && scopesHeld && policiesHeld;
      // Only sign-in is missing when an anonymous caller meets every other part of the rule (usually: the rule is
      // `@authenticated` alone).
      known = { allowed, onlySignIn: !allowed && !signedIn && scopesHeld && policiesHeld };
      verdicts.set(coordinate, known);
    }
    return known;
  };

  const refusals = new Map<string, Refusal>();
  const refuse = (path: string[], coordinate: string, requirement: AccessRequirement, node: FieldNode) => {
    const key = path.join('.');
    let refusal = refusals.get(key);
    if (!refusal) {
      refusal = {
        path,
        coordinates: [],
        requires: { authenticated: false, scopes: [], policies: [] },
        onlySignInMissing: true,
        locations: [],
      };
      refusals.set(key, refusal);
    }
    if (!refusal.coordinates.includes(coordinate)) {
      refusal.coordinates.push(coordinate);
      refusal.requires.authenticated ||= requirement.authenticated;
      refusal.requires.scopes.push(...requirement.scopes);
      refusal.requires.policies.push(...requirement.policies);
      refusal.onlySignInMissing &&= verdict(coordinate, requirement).onlySignIn;
    }
    const location = node.loc && { line: node.loc.startToken.line, column: node.loc.startToken.column };
    if (location && !refusal.locations.some((l) => l.line === location.line && l.column === location.column)) {
      refusal.locations.push(location);
    }
  };
  let refused = false;
  const check = (path: string[], coordinate: string, node: FieldNode) => {
    const requirement = rules.get(coordinate);
    if (requirement && !verdict(coordinate, requirement).allowed) {
      refuse(path, coordinate, requirement, node);
      refused = true;
    }
  };

  const included = (node: FieldNode | SelectionSetNode['selections'][number]) => {
    try {
      if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
      if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
    } catch {
      // A variable of the wrong type: Apollo refuses the request later; check the field as if it were selected.
    }
    return true;
  };

  const typeInfo = new TypeInfo(schema);
  let visits = 0;
  // TypeInfo follows the walk by enter/leave, so each field's parent and definition are the schema's own answer.
  const within = (node: ASTNode, body: () => void) => {
    typeInfo.enter(node);
    try {
      body();
    } finally {
      typeInfo.leave(node);
    }
  };
  const walk = (selectionSet: SelectionSetNode, path: string[]) =>
    within(selectionSet, () => {
      for (const selection of selectionSet.selections) {
        if (++visits > maxFieldVisits) throw new TooManyFields();
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          within(selection, () => {
            const name = selection.name.value;
            if (name.startsWith('__')) return;
            const parent = typeInfo.getParentType();
            const field = typeInfo.getFieldDef();
            if (!parent || !field) return;
            const fieldPath = [...path, selection.alias?.value ?? name];
            if (!path.length) analysis.rootKeys.add(fieldPath[0]!);
            refused = false;
            check(fieldPath, `${parent.name}.${name}`, selection);
            if (isAbstractType(parent)) {
              for (const possible of schema.getPossibleTypes(parent)) {
                check(fieldPath, `${possible.name}.${name}`, selection);
              }
            }
            const returned = getNamedType(field.type);
            check(fieldPath, returned.name, selection);
            if (isAbstractType(returned)) {
              for (const possible of schema.getPossibleTypes(returned)) check(fieldPath, possible.name, selection);
            }
            if (refused) {
              analysis.refusedFields.add(selection);
              if (!path.length) {
                analysis.refusedRootKeys.add(fieldPath[0]!);
                analysis.refusedNonNullRoot ||= isNonNullType(field.type);
              }
            }
            // On into a refused field too: the whole refusal lists every refused field at once.
            if (selection.selectionSet) walk(selection.selectionSet, fieldPath);
          });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          within(selection, () => walk(selection.selectionSet, path));
        } else {
          const fragment = fragments.get(selection.name.value);
          if (fragment) within(fragment, () => walk(fragment.selectionSet, path));
        }
      }
    });

  try {
    within(document, () => within(operation, () => walk(operation.selectionSet, [])));
  } catch (error) {
    if (!(error instanceof TooManyFields)) throw error;
    analysis.tooMany = true;
    analysis.refusals = [
      {
        path: [],
        coordinates: [],
        requires: { authenticated: true, scopes: [], policies: [] },
        onlySignInMissing: false,
        locations: [],
      },
    ];
    return analysis;
  }
  analysis.refusals = [...refusals.values()];
  return analysis;
}

/**
 * The refusal as the client gets it: one error per refused field, with its response path, the coordinates whose
 * rules refused it, and what those rules require. The message is for people, in bokmål and English: it names the
 * field but no roles (the roles a person may need are in `extensions.requires`).
 */
export function refusalErrors(refusals: Refusal[], caller: Caller): GraphQLFormattedError[] {
  const code = refusalCode(refusals, caller);
  return refusals.map((refusal) => {
    if (!refusal.coordinates.length) {
      return {
        message:
          'Operasjonen er for stor til å tilgangssjekkes. / The operation selects too many fields (fragments expanded) to be checked for access; split it.',
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
      };
    }
    const coordinate = refusal.coordinates[0]!;
    const text = refusalText(refusal.path.join('.'), code);
    return {
      message: bilingualMessage(text),
      ...(refusal.locations.length && { locations: refusal.locations }),
      path: refusal.path,
      extensions: {
        code,
        messages: text,
        coordinate,
        ...(refusal.coordinates.length > 1 && { coordinates: refusal.coordinates }),
        requires: publicRequirement(refusal.requires),
      },
    };
  });
}

/**
 * 401 UNAUTHENTICATED when an anonymous caller is refused only for not being signed in (every refusing rule is
 * `@authenticated` alone): signing in is the whole fix. Anything else is 403 FORBIDDEN, an anonymous caller refused
 * a field that needs a role included: signing in alone would not be enough to know.
 */
export function refusalCode(refusals: Refusal[], caller: Caller): ErrorCode {
  return isAnonymous(caller) && refusals.every((refusal) => refusal.onlySignInMissing)
    ? ErrorCode.UNAUTHENTICATED
    : ErrorCode.FORBIDDEN;
}

/**
 * Enforces the access directives of the supergraph at the gateway, before any subgraph is called. After the
 * operation is resolved (`didResolveOperation`: parsed, validated against the API schema) it finds every field the
 * caller may not select.
 * In `partial` mode (default) the refused fields are replaced in the document the gateway plans (`executionDidStart`,
 * with its own `queryHash`, which keys the query plan cache), so no subgraph is asked for them, and the answer gets
 * a null and an error at each refused place (`willSendResponse`, before the response cache and audit plugins see
 * it), with status 200. The whole operation is still refused, as in `reject` mode, when nothing would be left
 * to run: every root field refused, a refused non-null root field (its null would null `data`), a refused root
 * field of a mutation (a write runs whole or not at all), or too many fields to check.
 * A whole refusal answers from `responseForOperation` instead of the gateway's executor, so no query plan runs and
 * no subgraph is fetched. All refused fields are listed at once (one error each), so a client developer fixes the
 * query in one go: a plugin can throw only one error from `didResolveOperation`, but a response from
 * `responseForOperation` may carry several, with its HTTP status.
 * `rulesFor` gives the rules of the supergraph version the request's schema was built from; `undefined` (a schema
 * the gateway never reported) refuses the operation: the gateway does not guess which rules apply.
 */
export function authorizationPlugin<TContext extends { caller: Caller; requestId?: string }>(
  rulesFor: (schema: GraphQLSchema) => AccessRules | undefined,
  options: AuthorizationOptions = {},
): ApolloServerPlugin<TContext> {
  const policies = options.policies ?? GATEWAY_POLICIES;
  const mode = options.mode ?? 'partial';
  const remembered = rememberedRefusals();
  return {
    async requestDidStart() {
      let errors: GraphQLFormattedError[] | undefined;
      let status = 403;
      let partial: { access: RememberedAccess; filtered: FilteredOperation; caller: Caller } | undefined;
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<TContext>) {
          const { schema, document, operation, contextValue, request } = requestContext;
          if (!operation || !document) return;
          const caller = contextValue.caller;
          const rules = rulesFor(schema);
          if (!rules) {
            options.logger?.error('No access rules known for the schema of this request; refusing it', {
              requestId: contextValue.requestId,
            });
            status = 503;
            errors = [
              {
                message:
                  'Tilgangsreglene er ikke lastet; prøv igjen. / The access rules of this schema are not loaded; try again shortly.',
                extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
              },
            ];
            return;
          }
          const access = remembered.get(schema, rules, document, operation, caller, request.variables, () =>
            analyseAccess(schema, document, operation, rules, caller, {
              policies,
              variables: request.variables ?? {},
              maxFieldVisits: options.maxFieldVisits,
              onUnknownPolicy: (policy, coordinate) =>
                options.logger?.error('Unknown access policy; the field is refused to everyone', {
                  policy,
                  coordinate,
                }),
            }),
          );
          const { refusals } = access.analysis;
          if (!refusals.length) return;
          const filtered = mode === 'partial' ? access.filtered(document, operation) : undefined;
          options.logger?.info('Operation refused by the access rules', {
            requestId: contextValue.requestId,
            operationName: requestContext.operationName ?? undefined,
            roles: caller.roles,
            coordinates: [...new Set(refusals.flatMap((r) => r.coordinates))],
            ...(filtered && { partial: true }),
          });
          if (filtered) {
            partial = { access, filtered, caller };
            return;
          }
          errors = refusalErrors(refusals, caller);
          const code = errors.every((e) => e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX)
            ? ErrorCode.QUERY_TOO_COMPLEX
            : refusalCode(refusals, caller);
          status = code === ErrorCode.UNAUTHENTICATED ? 401 : code === ErrorCode.QUERY_TOO_COMPLEX ? 400 : 403;
        },
        async responseForOperation() {
          if (!errors) return null;
          return { http: { status, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors } } };
        },
        async executionDidStart(requestContext) {
          if (!partial) return;
          // Apollo runs the gateway's executor on a copy of the request context made after this hook: the copy
          // plans and runs the filtered document. Its hash goes back after, so the response cache keys the
          // client's own document.
          const writable = requestContext as unknown as {
            document: DocumentNode;
            operation: OperationDefinitionNode;
            queryHash: string;
          };
          const queryHash = writable.queryHash;
          writable.document = partial.filtered.document;
          writable.operation = partial.filtered.operation;
          writable.queryHash = partial.filtered.queryHash;
          return {
            async executionDidEnd() {
              writable.queryHash = queryHash;
            },
          };
        },
        async willSendResponse({ response, schema }) {
          if (!partial || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const { caller, filtered, access } = partial;
          const shaped = result.data
            ? shapeAnswer(result.data, schema, filtered, access.analysis.refusals, (refusal) =>
                refusal && isAnonymous(caller) && refusal.onlySignInMissing
                  ? ErrorCode.UNAUTHENTICATED
                  : ErrorCode.FORBIDDEN,
              )
            : undefined;
          if (!shaped) return;
          result.data = shaped.data;
          if (shaped.errors.length) result.errors = [...shaped.errors, ...(result.errors ?? [])];
        },
      };
    },
  };
}

/** An operation's analysis for one caller, and (found once, when first needed) its filtered document. */
export interface RememberedAccess {
  analysis: AccessAnalysis;
  /** The filtered operation, or undefined when the whole operation must be refused (see `authorizationPlugin`). */
  filtered(document: DocumentNode, operation: OperationDefinitionNode): FilteredOperation | undefined;
}

function rememberedAccess(analysis: AccessAnalysis): RememberedAccess {
  let filtered: FilteredOperation | undefined | null = null;
  return {
    analysis,
    filtered(document, operation) {
      if (filtered !== null) return filtered;
      const whole =
        analysis.tooMany ||
        analysis.refusedNonNullRoot ||
        [...analysis.rootKeys].every((key) => analysis.refusedRootKeys.has(key)) ||
        (operation.operation !== 'query' && analysis.refusedRootKeys.size > 0);
      filtered = whole ? undefined : filterOperation(document, operation, analysis);
      return filtered;
    },
  };
}

/** Most verdicts kept per document; past it, that document's are forgotten and found again. */
const VERDICTS_PER_DOCUMENT = 1_000;

/**
 * The refusals of an operation for a caller, found once and remembered: a client sends the same few documents over
 * and over, and walking one was the gateway's largest cost of its own per request (about half a millisecond for the
 * catalogue). What `findRefusals` finds depends on the schema (and its rules), the document and operation, the
 * caller (every claim: a policy may read any of them) and, only where `@skip`/`@include` take a variable, the
 * variables; so that is the key. Schemas, rules and documents are held weakly: when Apollo lets a document go, or
 * the supergraph changes, their verdicts go with them.
 */
export function rememberedRefusals() {
  // By rules too: a new supergraph that changes only access directives keeps Apollo's schema, not the rules.
  const bySchema = new WeakMap<
    GraphQLSchema,
    WeakMap<AccessRules, WeakMap<DocumentNode, Map<string, RememberedAccess>>>
  >();
  const conditional = new WeakMap<DocumentNode, boolean>();
  return {
    get(
      schema: GraphQLSchema,
      rules: AccessRules,
      document: DocumentNode,
      operation: OperationDefinitionNode,
      caller: Caller,
      variables: Record<string, unknown> | undefined,
      find: () => AccessAnalysis,
    ): RememberedAccess {
      let byRules = bySchema.get(schema);
      if (!byRules) bySchema.set(schema, (byRules = new WeakMap()));
      let byDocument = byRules.get(rules);
      if (!byDocument) byRules.set(rules, (byDocument = new WeakMap()));
      let verdicts = byDocument.get(document);
      if (!verdicts) byDocument.set(document, (verdicts = new Map()));
      let skipsByVariable = conditional.get(document);
      if (skipsByVariable === undefined) conditional.set(document, (skipsByVariable = hasVariableConditions(document)));
      const key = JSON.stringify([
        operation.name?.value ?? null,
        sortedClaims(caller),
        skipsByVariable ? sortedClaims(variables ?? {}) : null,
      ]);
      let access = verdicts.get(key);
      if (!access) {
        access = rememberedAccess(find());
        if (verdicts.size >= VERDICTS_PER_DOCUMENT) verdicts.clear();
        verdicts.set(key, access);
      }
      return access;
    },
  };
}

/** Whether any `@skip`/`@include` of the document takes a variable (then the fields selected depend on them). */
function hasVariableConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (
        (node.name.value === GraphQLSkipDirective.name || node.name.value === GraphQLIncludeDirective.name) &&
        node.arguments?.some((argument) => argument.value.kind === Kind.VARIABLE)
      ) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** An object's entries sorted by key, nested, so that the same claims in another order give the same key. */
function sortedClaims(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedClaims);
  if (value && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .map((key) => [key, sortedClaims((value as Record<string, unknown>)[key])]);
  }
  return value;
}
