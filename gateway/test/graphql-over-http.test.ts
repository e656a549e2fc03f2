/**
 * The gateway follows the GraphQL-over-HTTP spec (graphql.github.io/graphql-over-http): graphql-http's own audits,
 * every MUST and SHOULD, for `application/graphql-response+json` and `application/json`, against a real gateway on
 * a tiny graph. A `warn` that the gateway answers on purpose is listed in `REASONED_WARNINGS` with its reason.
 */
import { serverAudits } from 'graphql-http';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

/**
 * Audits whose `warn` (a SHOULD) or `notice` (a MAY) is the gateway's choice, by the audit's id, with why
 * (docs/errors.md). Any other result than `ok` fails the test.
 */
const REASONED: Record<string, string> = {
  // Apollo's CSRF prevention (`csrfPrevention: true`): a GET needs `apollo-require-preflight` or
  // `x-apollo-operation-name`, headers a browser sends only after a CORS preflight; the audit's GETs send neither.
  '5A70': 'GET needs a preflight header (CSRF prevention)',
  D6D5: 'GET needs a preflight header (CSRF prevention)',
  '6A70': 'GET needs a preflight header (CSRF prevention)',
};

let graph: TinyGraph;

beforeAll(async () => {
  graph = await startTinyGraph();
});

afterAll(async () => {
  await graph?.stop();
});

it('passes every audit of the GraphQL-over-HTTP spec', async () => {
  const results = await Promise.all(serverAudits({ url: graph.gatewayUrl, fetchFn: fetch }).map((audit) => audit.fn()));
  const failures = results
    .filter((result) => result.status !== 'ok' && !(result.status !== 'error' && result.id in REASONED))
    .map((result) => ({
      id: result.id,
      name: result.name,
      status: result.status,
      reason: 'reason' in result ? result.reason : undefined,
    }));
  expect(failures).toEqual([]);
  expect(results.length).toBeGreaterThan(50);
});

it('answers a GET query with the preflight header that CSRF prevention asks for', async () => {
  const response = await fetch(`${graph.gatewayUrl}?query=${encodeURIComponent('{ hello }')}`, {
    headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  expect(await response.json()).toEqual({ data: { hello: 'hei' } });
});

it.each([
  ['application/json', 200],
  ['*/*', 200],
  ['application/graphql-response+json', 400],
  ['application/graphql-response+json, application/json;q=0.9', 400],
])('answers a parse error with Accept %s with %i', async (accept, status) => {
  const response = await fetch(graph.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query: '{ hello' }),
  });
  expect(response.status).toBe(status);
  const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
  expect(body.data).toBeUndefined();
  expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
});

const BOOK_BY_GET = `?query=${encodeURIComponent('mutation { book(input: { startDate: "2026-01-05" }) }')}`;
const BOTH = 'application/graphql-response+json, application/json';

it.each<[what: string, method: string, search: string, body: string | undefined, accept: string, status: number]>([
  ['a PUT', 'PUT', '', JSON.stringify({ query: '{ hello }' }), BOTH, 405],
  ['an Accept it cannot serve', 'POST', '', JSON.stringify({ query: '{ hello }' }), 'text/plain', 406],
  ['a mutation by GET', 'GET', BOOK_BY_GET, undefined, BOTH, 405],
  ['a POST without query', 'POST', '', '{}', BOTH, 400],
])('answers %s with its status, in JSON, and runs nothing', async (_what, method, search, body, accept, status) => {
  const before = graph.fetches.length;
  const response = await fetch(`${graph.gatewayUrl}${search}`, {
    method,
    body,
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', accept },
  });
  expect(response.status).toBe(status);
  // JSON either way: the type the client asked for, or application/json when it asked for none the gateway serves.
  expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  expect(((await response.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  expect(graph.fetches.length).toBe(before);
});
