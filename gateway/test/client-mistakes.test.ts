/**
 * Regression: client mistakes answered as internal errors. An unknown operationName, several operations without
 * one, a subscription, and an impossible date in a mutation's input got HTTP 500 (or 200) with a masked
 * INTERNAL_SERVER_ERROR, and each was logged as an unhandled error; a subgraph that was down was masked the same
 * way. Now each mistake is answered with a code that says what is wrong (HTTP 400 to a client that accepts
 * `application/graphql-response+json`, 200 to one that reads `application/json`, as GraphQL over HTTP says), nothing
 * reaches a subgraph, nothing is logged
 * at error level, and a subgraph that does not answer is SUBGRAPH_UNAVAILABLE, named, without its URL.
 */
import { KnownOperationTypesRule } from '@veiinn/kit';
import { freePort } from '@veiinn/testing';
import { buildSchema, parse, validate } from 'graphql';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, body: unknown, accept = 'application/json'): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Runs `send` and returns what the processes logged at error level meanwhile. */
async function errorLogsOf<T>(send: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  try {
    const result = await send();
    return { result, errors: lines.filter((line) => line.includes('"level":"error"')) };
  } finally {
    spy.mockRestore();
  }
}

const BOOK = 'mutation Book($input: BookingInput!) { book(input: $input) }';

describe('client mistakes answered as internal errors', () => {
  let graph: TinyGraph;
  beforeAll(async () => {
    graph = await startTinyGraph();
  });
  afterAll(() => graph?.stop());

  // `status` is the answer's with `application/graphql-response+json`; `application/json` gets 200 (the spec's SHOULD).
  type Row = [what: string, body: unknown, status: number, code: string, message: RegExp];
  const rows: Row[] = [
    [
      'an unknown operationName',
      { query: 'query A { hello }', operationName: 'B' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /no operation named "B"/,
    ],
    [
      'a NUL character in a variable (PostgreSQL cannot store it; SQLite refused the statement)',
      { query: BOOK, variables: { input: { startDate: '2026-01-05', note: 'a\u0000b' } } },
      400,
      'BAD_USER_INPUT',
      /holds a NUL character/,
    ],
    [
      'several operations without operationName',
      { query: 'query A { hello } query B { hello }' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
      /several operations: send operationName/,
    ],
    [
      'a subscription',
      { query: 'subscription { hello }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /This graph has no subscriptions/,
    ],
    [
      'an impossible date in a mutation input variable',
      { query: BOOK, variables: { input: { startDate: '2026-02-30' } } },
      400,
      'BAD_USER_INPUT',
      /Variable "\$input" got invalid value "2026-02-30" at "input.startDate"; Datoen må være en dag i kalenderen .* \/ Date must be a calendar date/,
    ],
    [
      'an empty date in a mutation input variable',
      { query: BOOK, variables: { input: { startDate: '' } } },
      400,
      'BAD_USER_INPUT',
      /Variable "\$input" got invalid value "" at "input.startDate"/,
    ],
    [
      'an impossible date written in the document',
      { query: 'mutation { book(input: { startDate: "2026-02-30" }) }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Expected value of type "Date!", found "2026-02-30"/,
    ],
  ];

  it.each(rows)(
    'answers %s with its status and code, calls no subgraph and logs no error',
    async (_what, body, status, code, message) => {
      const before = graph.fetches.length;
      for (const [accept, expected] of [
        ['application/graphql-response+json', status],
        ['application/json', 200],
      ] as const) {
        const { result, errors } = await errorLogsOf(() => post(graph.gatewayUrl, body, accept));
        expect({ accept, status: result.status }).toEqual({ accept, status: expected });
        expect(result.body.data).toBeUndefined();
        expect(result.body.errors?.[0].extensions?.code).toBe(code);
        expect(result.body.errors?.[0].message).toMatch(message);
        expect(errors).toEqual([]);
      }
      expect(graph.fetches.length).toBe(before);
    },
  );

  it('still runs a valid date', async () => {
    expect(await post(graph.gatewayUrl, { query: BOOK, variables: { input: { startDate: '2028-02-29' } } })).toEqual({
      status: 200,
      body: { data: { book: '2028-02-29' } },
    });
  });

  it('answers a subgraph that refuses connections with SUBGRAPH_UNAVAILABLE, naming it and not its URL', async () => {
    // A port nothing listens on: connection refused.
    const down = await startTinyGraph({ subgraphUrls: { tiny: `http://127.0.0.1:${await freePort()}/graphql` } });
    try {
      const { result, errors } = await errorLogsOf(() => post(down.gatewayUrl, { query: '{ hello }' }));
      expect(result.body.errors).toHaveLength(1);
      expect(result.body.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'tiny' });
      expect(result.body.errors?.[0].message).toMatch(/ \/ The subgraph "tiny" is unavailable/);
      expect(JSON.stringify(result.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|http:/);
      expect(errors).toEqual([]);
    } finally {
      await down.stop();
    }
  });
});

/**
 * Regression, found by the fuzz test: sent straight to a subgraph, a subscription, a mutation to a subgraph that has
 * no Mutation type (NAV's), and a malformed `persistedQuery` extension were answered as masked internal errors and
 * logged at error level. Now each is a 400 with its code.
 */
describe('client mistakes sent straight to a subgraph', () => {
  let graph: TinyGraph;
  beforeAll(async () => {
    graph = await startTinyGraph();
  });
  afterAll(() => graph?.stop());

  it.each([
    ['a subscription', { query: 'subscription { hello }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown operationName', { query: 'query A { hello }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
    // Found by the fuzz test: a NUL in a catalogue filter reached SQLite, whose driver refused the statement, and
    // the caller got an internal error (PostgreSQL cannot store it in text either).
    [
      'a NUL character in a variable',
      { query: BOOK, variables: { input: { startDate: '2026-01-05', note: 'a\u0000b' } } },
      'BAD_USER_INPUT',
    ],
    [
      'a NUL character in the document',
      { query: 'mutation { book(input: { startDate: "2026-01-05", note: "a\\u0000b" }) }' },
      'BAD_USER_INPUT',
    ],
  ])('answers %s with 400 and its code, and logs no error', async (_what, body, code) => {
    const { result, errors } = await errorLogsOf(() => post(graph.subgraphUrl, body));
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe(code);
    expect(errors).toEqual([]);
  });

  it('answers an automatic persisted query, with or without a matching text, as not supported', async () => {
    const persistedQuery = { version: 1, sha256Hash: 'ab'.repeat(32) };
    for (const body of [{ extensions: { persistedQuery } }, { query: '{ hello }', extensions: { persistedQuery } }]) {
      const { result, errors } = await errorLogsOf(() => post(graph.subgraphUrl, body));
      // Apollo's own answer (HTTP 200): the gateway never sends one, so nothing is cached for a caller.
      expect(result.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect(errors).toEqual([]);
    }
  });

  it('refuses an operation whose root type the schema lacks, at validation', () => {
    const schema = buildSchema('type Query { a: Int }');
    const errors = validate(schema, parse('mutation { a }'), [KnownOperationTypesRule]);
    expect(errors.map((error) => error.message)).toEqual([
      'Denne tjenesten har ingen operasjoner av typen mutation. / This service has no mutation operations.',
    ]);
    expect(validate(schema, parse('{ a }'), [KnownOperationTypesRule])).toEqual([]);
  });
});
