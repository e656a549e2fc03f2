/**
 * The limits on a document's size and on the work of checking it, at a real gateway over HTTP, in front of the two
 * small fixture subgraphs of the authorization tests: hostile documents are refused with 400 QUERY_TOO_COMPLEX
 * before any subgraph is called, and without holding up anyone else's request.
 */
import { checkDocument, GATEWAY_OPERATION_LIMITS, type OperationLimits, type RunningServer } from '@veiinn/kit';
import { doublingFragments } from '@veiinn/testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer } from '../src/gateway';
import { composeFixture, startFixtureSubgraphs, type FixtureSubgraph } from './authorization.fixtures';

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; limit?: string; value?: number; max?: number } }[];
  };
  ms: number;
}

async function post(url: string, query: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'], ms: performance.now() - started };
}

/** The document limits turned off, so a document reaches the checks that walk the operation. */
const NO_DOCUMENT_LIMITS: Partial<OperationLimits> = {
  maxTokens: 0,
  maxFragments: 0,
  maxFragmentDepth: 0,
  maxDirectivesPerField: 0,
  maxDirectives: 0,
};

describe('the document limits at the gateway', () => {
  let dir: string;
  let people: FixtureSubgraph;
  let rooms: FixtureSubgraph;
  let gateway: RunningServer;
  let walksOnly: RunningServer;
  const subgraphRequests = () => people.requests + rooms.requests;

  beforeAll(async () => {
    ({ people, rooms } = await startFixtureSubgraphs());
    dir = mkdtempSync(join(tmpdir(), 'veiinn-document-limits-'));
    const supergraphPath = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composeFixture({ people: people.url, rooms: rooms.url }));
    gateway = await createGatewayServer({ supergraphPath }).listen(0);
    walksOnly = await createGatewayServer({ supergraphPath, limits: NO_DOCUMENT_LIMITS }).listen(0);
    // The first request of a gateway plans its first query: not what the timings below are about.
    for (const url of [gateway.url, walksOnly.url]) expect((await post(url, '{ hello }')).status).toBe(200);
  });
  afterAll(async () => {
    await gateway?.stop();
    await walksOnly?.stop();
    await people?.stop();
    await rooms?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('exponential fragment expansion is refused in milliseconds', () => {
    // Under 1 kB for 20 levels; written out, 2^levels fields.
    const hostile = (levels: number) =>
      doublingFragments(levels, { root: 'participants', on: 'Participant', leaf: 'name' });

    it.each([20, 30, 40])(
      'refuses %i levels of doubling fragments with 400 while a normal query sent with them is answered at once',
      async (levels) => {
        const before = subgraphRequests();
        const [early, walked, normal] = await Promise.all([
          post(gateway.url, hostile(levels)),
          // With the document limits off the operation is validated, measured and access-checked: each of those
          // walks must be bounded too, or this request blocks the gateway for the normal one.
          post(walksOnly.url, hostile(levels)),
          post(walksOnly.url, '{ hello }'),
        ]);
        expect(early.status).toBe(400);
        expect(early.body.errors?.[0]?.extensions).toEqual({
          code: 'QUERY_TOO_COMPLEX',
          limit: 'fragmentDepth',
          value: levels + 1,
          max: 8,
        });
        expect(walked.status).toBe(400);
        expect(walked.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
        expect(normal).toMatchObject({ status: 200, body: { data: { hello: 'hei' } } });
        // Generous on a loaded machine (a few milliseconds each); before the fix 20 levels took seconds, 30 hours.
        for (const answer of [early, walked, normal]) expect(answer.ms).toBeLessThan(2_000);
        // Only the normal query reached a subgraph.
        expect(subgraphRequests() - before).toBe(1);
      },
    );
  });

  // Documents over each limit by one, and the same at the limit, on open fields (an anonymous caller may run them)
  // and within the operation limits (spreads inside `rooms`, not at the root).
  const spreads = (n: number, directive = '') => Array.from({ length: n }, (_, i) => `...G${i}${directive}`).join(' ');
  const definitions = (n: number) => Array.from({ length: n }, (_, i) => `fragment G${i} on Booking { id }`).join(' ');
  const inRooms = (selections: string, fragments = 50) => `{ rooms { ${selections} } } ${definitions(fragments)}`;
  const chain = (levels: number) => doublingFragments(levels, { on: 'Query', leaf: 'hello' });
  // 805 tokens with 50 fragments and 50 directives, padded with `id`s: not with 1000 siblings of one name, which
  // graphql-js's own validation budget refuses ("Validation aborted.").
  const tokens = (n: number) => inRooms(`${spreads(50, ' @include(if: true)')} ${'id '.repeat(n - 805)}`);
  const cases: [limit: string, over: string, value: number, max: number, atLimit: string][] = [
    ['tokens', tokens(1_001), 1_001, 1_000, tokens(1_000)],
    ['fragments', inRooms(spreads(51), 51), 51, 50, inRooms(spreads(50))],
    ['fragmentDepth', chain(8), 9, 8, chain(7)],
    [
      'directives',
      inRooms(`${spreads(50, ' @include(if: true)')} id @skip(if: false)`),
      51,
      50,
      inRooms(spreads(50, ' @include(if: true)')),
    ],
    [
      'directivesPerField',
      `{ hello ${'@include(if: true) '.repeat(6)}}`,
      6,
      5,
      `{ hello @include(if: true) @skip(if: false) }`,
    ],
  ];

  it.each(cases)(
    'refuses a document over %s with 400 QUERY_TOO_COMPLEX, before any subgraph',
    async (limit, over, value, max) => {
      const before = subgraphRequests();
      const answer = await post(gateway.url, over);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, value, max });
      // Bokmål first, then English, and what to do about it.
      expect(answer.body.errors?.[0]?.message).toMatch(
        new RegExp(
          `^.+ \\(${limit} ${value}.*, høyst ${max}\\)\\. / .+ \\(${limit} ${value}.*, at most ${max}\\): .+\\.$`,
        ),
      );
      expect(answer.body.data).toBeUndefined();
      expect(subgraphRequests()).toBe(before);
    },
  );

  it.each(cases)('answers a document at the %s limit', async (_limit, _over, _value, _max, atLimit) => {
    const answer = await post(gateway.url, atLimit);
    expect({ status: answer.status, errors: answer.body.errors }).toEqual({ status: 200, errors: undefined });
    expect(answer.body.data).toEqual(expect.any(Object));
  });

  it('refuses the same in a GET, whose document is read from the URL as Apollo reads it', async () => {
    const url = `${gateway.url}?query=${encodeURIComponent(chain(20))}`;
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer['body']).errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'fragmentDepth',
    });
  });

  it("lets every document of the clients through the gateway's document limits", () => {
    const clients = join(__dirname, '..', '..', 'clients');
    const registered = Object.values(
      JSON.parse(readFileSync(join(clients, 'persisted-documents.json'), 'utf8')) as Record<string, string>,
    );
    const written = (readdirSync(join(clients, 'src'), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => readFileSync(join(clients, 'src', file), 'utf8'));
    expect(registered.length + written.length).toBeGreaterThan(10);
    for (const document of [...registered, ...written]) {
      expect(checkDocument(document, GATEWAY_OPERATION_LIMITS)).toBeUndefined();
    }
  });
});
