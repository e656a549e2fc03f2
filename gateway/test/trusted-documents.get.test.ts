/**
 * Regression: trusted documents could be bypassed with a GET. Express's query parser keeps only the first 1,000
 * parameters, so with 1,000 others before it the check saw no `query`, while Apollo read the whole URL and ran the
 * unregistered operation. The gateway now reads a GET as Apollo does, and refuses parameters that GraphQL over HTTP
 * does not define, and repeated ones, before anything runs.
 */
import { createHash } from 'node:crypto';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

const REGISTERED = '{ hello }';
const UNREGISTERED = 'query Unregistered { hello }';
// A GET needs a header a browser sends only after a CORS preflight (Apollo's CSRF prevention).
const PREFLIGHTED = { 'apollo-require-preflight': 'true' };

async function get(url: string, search: string) {
  const response = await fetch(`${url}?${search}`, { headers: PREFLIGHTED });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
  };
}

describe('trusted documents bypass with GET', () => {
  let graph: TinyGraph;
  beforeAll(async () => {
    const hash = createHash('sha256').update(REGISTERED).digest('hex');
    graph = await startTinyGraph({ trustedDocuments: { mode: 'all', documents: { [hash]: REGISTERED } } });
  });
  afterAll(() => graph?.stop());

  const query = (text: string) => `query=${encodeURIComponent(text)}`;
  const padding = Array.from({ length: 1000 }, (_, i) => `p${i}=1`).join('&');

  it('refuses an unregistered operation behind 1,000 other parameters, and runs nothing', async () => {
    const before = graph.fetches.length;
    const answer = await get(graph.gatewayUrl, `${padding}&${query(UNREGISTERED)}`);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.body.errors?.[0].message).toMatch(/ \/ Unknown GET parameter "p0"/);
    expect(graph.fetches.length).toBe(before);
  });

  it.each([
    ['an unknown parameter', `${query(REGISTERED)}&debug=1`, /Unknown GET parameter "debug"/],
    ['a repeated query', `${query(REGISTERED)}&${query(UNREGISTERED)}`, /"query" is given more than once/],
    ['a repeated operationName', `${query(REGISTERED)}&operationName=a&operationName=b`, /more than once/],
  ])('refuses %s with 400 BAD_REQUEST', async (_what, search, message) => {
    const answer = await get(graph.gatewayUrl, search);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    expect(answer.body.errors?.[0].message).toMatch(message);
  });

  it('still runs a registered document by GET, and still refuses an unregistered one', async () => {
    expect(await get(graph.gatewayUrl, query(REGISTERED))).toEqual({ status: 200, body: { data: { hello: 'hei' } } });
    const refused = await get(graph.gatewayUrl, query(UNREGISTERED));
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });
});
