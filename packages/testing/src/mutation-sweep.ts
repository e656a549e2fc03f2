import { Role, type Caller, type SubgraphTrustOptions } from '@veiinn/kit';
import { getNamedType, isObjectType, print, type GraphQLSchema } from 'graphql';
import { callerCases, createTestSigners, OWN_ORGNO } from './callers';
import { graphqlRequest, type GraphQLResponse } from './graphql';

/** A mutation of a subgraph's schema, with the roles its access directive lets through the gateway. */
export interface SchemaMutation {
  field: string;
  roles: string[];
  /** `mutation ($input: …!) { field(input: $input) { __typename } }`, from the field's own arguments. */
  document: string;
}

/**
 * Every mutation of `schema`, read from its Mutation type, so a new mutation is in the list without anyone adding it.
 * Roles come from `@requiresScopes` (each alternative a single role, see kit's `Access`); `@authenticated` allows
 * every role but `public`.
 */
export function schemaMutations(schema: GraphQLSchema, allRoles: readonly string[]): SchemaMutation[] {
  const fields = schema.getMutationType()?.getFields() ?? {};
  return Object.values(fields).map((field) => {
    const directives = field.astNode?.directives ?? [];
    const roles = new Set<string>();
    for (const directive of directives) {
      if (directive.name.value === 'authenticated') allRoles.filter((r) => r !== 'public').forEach((r) => roles.add(r));
      if (directive.name.value === 'requiresScopes') {
        // scopes: [["case-worker"], ["service"]]: every alternative that one role meets.
        const scopes = JSON.parse(print(directive.arguments![0].value)) as string[][];
        scopes.filter((s) => s.length === 1).forEach(([role]) => roles.add(role));
      }
    }
    // A mutation without an access directive is open to everyone the gateway lets in.
    if (!directives.some((d) => ['authenticated', 'requiresScopes'].includes(d.name.value)))
      allRoles.forEach((r) => roles.add(r));
    const args = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
    return {
      field: field.name,
      roles: [...roles],
      document: `mutation${args ? ` (${args})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    };
  });
}

/** What a sweep sends one mutation as one caller: its variables (a case may first set up what it needs). */
export type MutationCase = (caller: Caller) => Record<string, unknown> | Promise<Record<string, unknown>>;

export interface SweepResult {
  field: string;
  caller: string;
  ms: number;
  status: number;
  /** The error codes of the answer (empty for a success). */
  codes: string[];
  messages: string[];
}

/**
 * Runs every mutation of `schema` as every caller of every role it allows, one at a time, and reports how each
 * answered. A mutation without a case, a case for no mutation, or a role without a caller is a failure of the
 * sweep itself, so the table cannot fall behind the schema.
 */
export async function sweepMutations(options: {
  schema: GraphQLSchema;
  allRoles: readonly string[];
  cases: Record<string, MutationCase>;
  callers: Record<string, Caller[]>;
  send: (caller: Caller, query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse<unknown>>;
}): Promise<SweepResult[]> {
  const mutations = schemaMutations(options.schema, options.allRoles);
  const missing = mutations.filter((m) => !options.cases[m.field]).map((m) => m.field);
  const stale = Object.keys(options.cases).filter((field) => !mutations.some((m) => m.field === field));
  const noCaller = [...new Set(mutations.flatMap((m) => m.roles))].filter((r) => !options.callers[r]?.length);
  if (missing.length || stale.length || noCaller.length) {
    throw new Error(
      [
        missing.length && `Mutations without a case in the sweep's table: ${missing.join(', ')}.`,
        stale.length && `Cases for mutations the schema no longer has: ${stale.join(', ')}.`,
        noCaller.length && `Roles without a caller: ${noCaller.join(', ')}.`,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  const results: SweepResult[] = [];
  for (const mutation of mutations) {
    for (const caller of mutation.roles.flatMap((role) => options.callers[role])) {
      const variables = await options.cases[mutation.field](caller);
      const started = performance.now();
      const answer = await options.send(caller, mutation.document, variables);
      results.push({
        field: mutation.field,
        caller: caller.sub,
        ms: Math.round(performance.now() - started),
        status: answer.status,
        codes: (answer.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE')),
        messages: (answer.errors ?? []).map((e) => e.message),
      });
    }
  }
  return results;
}

/** The answers that show a read inside a write waited for (or was refused) a second connection: internal errors. */
export const stuckAnswers = (results: SweepResult[], slowMs: number) =>
  results.filter((r) => r.ms >= slowMs || r.status >= 500 || r.codes.includes('INTERNAL_SERVER_ERROR'));

/** Sends one operation to the subgraph under a sweep, as `caller`. */
export type SweepSend = (
  caller: Caller,
  query: string,
  variables: Record<string, unknown>,
) => Promise<GraphQLResponse<unknown>>;

/** A subgraph started for a sweep: how to call it, and how to stop it. */
export interface SweepTarget {
  send: SweepSend;
  stop(): Promise<void>;
}

/**
 * Sends as `caller` what a case sets up before its mutation (a placement to end, a goal to evaluate): the answer's
 * data, or the setup fails, so a case never sends its mutation against something that was not made.
 */
/** What `setupAs` gives: a sender of set-up operations. */
export type SetupAs = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export const setupAs =
  (send: SweepSend, caller: Caller): SetupAs =>
  async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const answer = await send(caller, query, variables);
    if (answer.errors?.length || !answer.data) throw new Error(`setup: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  };

/** How long a sweep lets a query wait for a connection: a wait means a read on a second connection inside a write. */
export const SWEEP_ACQUIRE_MS = 1500;

/** The callers of docs/security.md's matrix for `providerId` (`callerCases`), by role: every role of each caller's. */
export function providerCallers(
  providerId: string,
  people: Parameters<typeof callerCases>[1],
): Record<string, Caller[]> {
  const callers: Record<string, Caller[]> = {};
  for (const { caller } of callerCases(providerId, people))
    for (const role of caller.roles) (callers[role] ??= []).push(caller);
  return callers;
}

/**
 * A subgraph with service trust on, called as the gateway (or, as `service`, the hub) would sign each caller: `start`
 * gets the trust to run with. For the subgraphs that check caller tokens the way their own access tests do.
 */
export async function signedTarget(
  audience: string,
  start: (trust: SubgraphTrustOptions) => Promise<{ url: string; stop(): Promise<void> }>,
): Promise<SweepTarget> {
  const signers = await createTestSigners(audience);
  const service = await start(signers.trust);
  return {
    send: async (caller, query, variables) =>
      graphqlRequest(service.url, query, variables, await signers.headersFor(caller)),
    stop: () => service.stop(),
  };
}

/**
 * Issue 10's test, in the jest block it is called in: starts the subgraph with a short acquire timeout
 * (`SWEEP_ACQUIRE_MS`), runs every mutation of `schema` as every caller of every role it allows (`sweepMutations`),
 * and checks each answered at once and never with an internal error. A read on a second connection inside a write
 * fails at once (the kit refuses it) or after the timeout (SQLite's one connection is the transaction's), never
 * hangs for a minute. `cases` get the started subgraph's `send`, to set up what they change. Returns the results,
 * for the caller's own checks in the same block.
 */
export function itSweepsEveryMutation(options: {
  schema: () => Promise<GraphQLSchema>;
  callers: Record<string, Caller[]>;
  start: (acquireTimeoutMillis: number) => Promise<SweepTarget>;
  cases: (send: SweepSend) => Record<string, MutationCase>;
}): { results(): SweepResult[] } {
  let target: SweepTarget | undefined;
  let results: SweepResult[] = [];
  let cases: Record<string, MutationCase> = {};
  beforeAll(async () => {
    target = await options.start(SWEEP_ACQUIRE_MS);
    cases = options.cases(target.send);
    results = await sweepMutations({
      schema: await options.schema(),
      allRoles: Object.values(Role),
      cases,
      callers: options.callers,
      send: target.send,
    });
  }, 120_000);
  afterAll(() => target?.stop());

  it('runs every mutation of the schema, as every caller of every role it allows', () => {
    expect(new Set(results.map((r) => r.field)).size).toBe(Object.keys(cases).length);
    // Each mutation gets through for some caller: a case refused for all would not reach the reads inside the write.
    const done = new Set(results.filter((r) => r.codes.length === 0).map((r) => r.field));
    expect(Object.keys(cases).filter((field) => !done.has(field))).toEqual([]);
  });

  it('answers each at once, and never with an internal error (a read waiting for a second connection)', () => {
    expect(stuckAnswers(results, SWEEP_ACQUIRE_MS)).toEqual([]);
  });
  return { results: () => results };
}

/**
 * `itSweepsEveryMutation` for a provider's subgraph with service trust on, in a block of its own: the callers of
 * docs/security.md's matrix for `providerId`, signed as the gateway and the hub would, against a subgraph that
 * `start` runs as the provider with organisation number `orgno`. `cases` get `setup`, which sends as the case worker
 * (who may make what a case changes).
 */
export function describeProviderSweep(options: {
  audience: string;
  providerId: string;
  people: Parameters<typeof callerCases>[1];
  schema: () => Promise<GraphQLSchema>;
  start: (options: {
    trust: SubgraphTrustOptions;
    orgno: string;
    acquireTimeoutMillis: number;
  }) => Promise<{ url: string; stop(): Promise<void> }>;
  cases: (setup: SetupAs) => Record<string, MutationCase>;
}): void {
  const callers = providerCallers(options.providerId, options.people);
  describe(`a read inside a write uses the write's transaction at ${options.audience} (no pool deadlock)`, () => {
    itSweepsEveryMutation({
      schema: options.schema,
      callers,
      start: (acquireTimeoutMillis) =>
        signedTarget(options.audience, (trust) => options.start({ trust, orgno: OWN_ORGNO, acquireTimeoutMillis })),
      cases: (send) => options.cases(setupAs(send, callers[Role.CASE_WORKER][0])),
    });
  });
}
