// Gateway behaviour on a tiny graph: no database.
/**
 * Limits against abuse at the gateway, over a tiny catalogue in the hub's shape (./tiny-catalogue.ts): operations
 * too deep, with too many aliases or root fields, too costly, too large, batched, too frequent, unregistered (in
 * production) or cross-site are refused with their code before any subgraph is called; operations at the limits,
 * the front ends' registered documents and staff's own operations pass. One tiny graph, several gateways over it
 * with different settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueSubgraph } from './tiny-catalogue';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

const manifest = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'clients', 'persisted-documents.json'), 'utf8'),
) as Record<string, string>;
const hashOf = (operationName: string) =>
  Object.entries(manifest).find(([, text]) => text.includes(`query ${operationName}`))![0];

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function send(url: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') {
  const response = await fetch(url, {
    method,
    // A GET carries no content type: that is what makes it a "simple" request a browser sends cross-site.
    headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...headers },
    body: method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = { errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] };
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** `offers { edges { node { provider { offers { provider ... } } } } }` with `hops` provider-offers round trips. */
function nested(hops: number, first: number, leaf = 'id') {
  let inner = leaf;
  for (let i = 0; i < hops; i += 1) inner = `provider { offers { ${inner} } }`;
  return `{ offers(first: ${first}) { edges { node { ${inner} } } } }`;
}
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: offerFacets { trades }`).join(' ')} }`;

describe('limits against abuse at the gateway', () => {
  let graph: TinyGraph;
  let production: string;
  let limited: string;
  let tight: string;
  let clock = Date.UTC(2026, 10, 23, 12);

  const tokenOf = async (id: string) => `Bearer ${await graph.tokenFor(id)}`;

  beforeAll(async () => {
    graph = await startTinyGraph({}, undefined, { subgraphs: [catalogueSubgraph], trust: true, signIn: true });
    production = await graph.startGateway({
      production: true,
      trustedDocuments: { mode: 'only-for-public', documents: manifest },
      rateLimit: { perMinute: 100_000, anonymousPerMinute: 100_000 },
    });
    limited = await graph.startGateway({ rateLimit: { perMinute: 5, anonymousPerMinute: 3, now: () => clock } });
    tight = await graph.startGateway({ rateLimit: { perMinute: 1, anonymousPerMinute: 1 } });
    // The minute's one request from this address, spent here so the table's request is the second.
    expect((await send(tight, { query: '{ offerFacets { trades } }' })).status).toBe(200);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  type Row = [what: string, request: () => Promise<Answer>, status: number, code: string, message?: RegExp];
  const refusals: Row[] = [
    [
      'too deep (13 levels)',
      () => send(graph.gatewayUrl, { query: nested(4, 1, 'provider { id }') }),
      400,
      'QUERY_TOO_COMPLEX',
      /depth 13/,
    ],
    ['31 aliases', () => send(graph.gatewayUrl, { query: aliased(31) }), 400, 'QUERY_TOO_COMPLEX', /aliases 31/],
    [
      '21 root fields',
      () => send(graph.gatewayUrl, { query: aliased(21) }),
      400,
      'QUERY_TOO_COMPLEX',
      /rootFields 21, at most 20/,
    ],
    [
      'too costly (three nested lists under a page of 100)',
      () => send(graph.gatewayUrl, { query: nested(3, 100) }),
      400,
      'QUERY_TOO_COMPLEX',
      /cost \d+, at most 1500000/,
    ],
    [
      'too costly (participantsByIds with its ids in a variable)',
      () =>
        send(graph.gatewayUrl, {
          query: `query($ids: [ID!]!) { participantsByIds(ids: $ids) { placements { offer { provider {
            offers { id title { nb en } provider { id name } } } } } } }`,
          variables: { ids: Array.from({ length: 1000 }, (_, i) => `p${i}`) },
        }),
      400,
      'QUERY_TOO_COMPLEX',
      /cost/,
    ],
    [
      'body over 1 MB',
      () => send(graph.gatewayUrl, { query: '{ offerFacets { trades } }', variables: { pad: 'x'.repeat(1_100_000) } }),
      413,
      'PAYLOAD_TOO_LARGE',
      /at most 1000000 bytes/,
    ],
    ['body not JSON', () => send(graph.gatewayUrl, '{"query": '), 400, 'BAD_REQUEST', /not valid JSON/],
    [
      'batched operations',
      () => send(graph.gatewayUrl, [{ query: '{ offerFacets { trades } }' }, { query: '{ offerFacets { sites } }' }]),
      400,
      'BAD_REQUEST',
      /batching/i,
    ],
    [
      'CSRF: GET without a preflight header',
      () => send(`${graph.gatewayUrl}?query=${encodeURIComponent('{ offerFacets { trades } }')}`, null, {}, 'GET'),
      400,
      'BAD_REQUEST',
      /Cross-Site Request Forgery/,
    ],
    [
      'CSRF: a simple text/plain POST',
      () =>
        send(graph.gatewayUrl, JSON.stringify({ query: '{ offerFacets { trades } }' }), {
          'content-type': 'text/plain',
        }),
      400,
      'BAD_REQUEST',
      /Cross-Site Request Forgery/,
    ],
    [
      'rate: the second request in a minute, one allowed',
      () => send(tight, { query: '{ offerFacets { trades } }' }),
      429,
      'RATE_LIMITED',
      // The bucket refills while the suite runs, so the wait left is a minute or a little less, never more.
      /retry after (5\d|60) s/,
    ],
    [
      'production, anonymous: an unregistered operation',
      () => send(production, { query: '{ offerFacets { trades } }' }),
      400,
      'PERSISTED_QUERY_NOT_ALLOWED',
      /Only registered operations/,
    ],
    [
      'production, applicant: an unregistered operation',
      async () =>
        send(production, { query: '{ offerFacets { trades } }' }, { authorization: await tokenOf('applicant') }),
      400,
      'PERSISTED_QUERY_NOT_ALLOWED',
    ],
    [
      'production: an unknown hash',
      () => send(production, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
      400,
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    [
      'production, staff: introspection',
      async () =>
        send(production, { query: '{ __schema { types { name } } }' }, { authorization: await tokenOf('case-worker') }),
      // A validation error: 200 to a client that reads application/json, as GraphQL over HTTP says (400 with
      // application/graphql-response+json; see graphql-over-http.test.ts).
      200,
      'GRAPHQL_VALIDATION_FAILED',
      /introspection/i,
    ],
  ];

  it('refuses each abuse with its status and code, before any subgraph is called', async () => {
    const table: string[] = [];
    for (const [what, request, status, code, message] of refusals) {
      const fetchesBefore = graph.fetches.length;
      const answer = await request();
      expect({ what, status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({
        what,
        status,
        code,
      });
      if (message) expect(answer.body.errors?.[0]?.message).toMatch(message);
      expect(answer.body.data ?? undefined).toBeUndefined();
      expect(graph.fetches.length).toBe(fetchesBefore);
      table.push(`${what}: ${status} ${code}`);
    }
    console.log(`Refused ${table.length} of ${refusals.length} abusive requests:\n  ${table.join('\n  ')}`);
  });

  const accepted: [what: string, request: () => Promise<Answer>][] = [
    ['12 levels deep', () => send(graph.gatewayUrl, { query: nested(4, 1) })],
    ['20 aliased root fields', () => send(graph.gatewayUrl, { query: aliased(20) })],
    [
      '30 aliases',
      () =>
        send(graph.gatewayUrl, {
          query: `{ offerFacets { ${Array.from({ length: 30 }, (_, i) => `t${i}: trades`).join(' ')} } }`,
        }),
    ],
    [
      'a GET with the preflight header',
      () =>
        send(
          `${graph.gatewayUrl}?query=${encodeURIComponent('{ offerFacets { trades } }')}`,
          null,
          { 'apollo-require-preflight': 'true' },
          'GET',
        ),
    ],
    [
      'production, anonymous: CatalogueSearch by hash',
      () =>
        send(production, {
          variables: { first: 5 },
          extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('CatalogueSearch') } },
        }),
    ],
    [
      'production, anonymous: OfferFacets as its registered text',
      () => send(production, { query: manifest[hashOf('OfferFacets')] }),
    ],
    [
      'production, case worker: any operation',
      async () => send(production, { query: aliased(3) }, { authorization: await tokenOf('case-worker') }),
    ],
  ];

  it('accepts operations within the limits, registered documents, and staff operations in production', async () => {
    for (const [what, request] of accepted) {
      const answer = await request();
      expect({ what, status: answer.status, errors: answer.body.errors }).toEqual({
        what,
        status: 200,
        errors: undefined,
      });
      expect(answer.body.data).toEqual(expect.any(Object));
    }
    console.log(`Accepted ${accepted.length} of ${accepted.length}: ${accepted.map(([what]) => what).join('; ')}`);
  });

  it('limits the rate per address and per identity, says when to retry, and lets the caller in again', async () => {
    const ask = (authorization?: string) =>
      send(limited, { query: '{ offerFacets { trades } }' }, authorization ? { authorization } : {});
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await ask()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('20');
    expect(refused.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/at most 3 a minute from one address/),
      extensions: { code: 'RATE_LIMITED' },
    });

    // A signed-in caller has a bucket of its own, not the address's.
    const token = await tokenOf('case-worker');
    const signedIn = [];
    for (let i = 0; i < 6; i += 1) signedIn.push((await ask(token)).status);
    expect(signedIn).toEqual([200, 200, 200, 200, 200, 429]);

    // A third of the minute gives one request back; the whole minute fills the bucket again.
    clock += 20_000;
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(429);
    clock += 60_000;
    const after = [];
    for (let i = 0; i < 4; i += 1) after.push((await ask()).status);
    expect(after).toEqual([200, 200, 200, 429]);
    expect((await ask(token)).status).toBe(200);
  });

  it('shows no landing page in production, and the development one otherwise', async () => {
    const page = (url: string) => fetch(url, { headers: { accept: 'text/html' } });
    const development = await page(graph.gatewayUrl);
    expect([development.status, development.headers.get('content-type')]).toEqual([
      200,
      expect.stringContaining('text/html'),
    ]);
    const inProduction = await page(production);
    expect(inProduction.headers.get('content-type')).not.toContain('text/html');
    // GraphQL over HTTP: an Accept that allows no JSON type is answered 406, before anything runs.
    expect(inProduction.status).toBe(406);
  });
});
