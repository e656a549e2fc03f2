import { generateSigningKey, jwksOf, type RunningServer, type SigningKey } from '@veiinn/kit';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer, type SubgraphFetch } from '../src/gateway';
import { composeFixture, fixtureTokens, startFixtureSubgraphs, type FixtureSubgraph } from './authorization.fixtures';

const ISSUER = 'http://authorization-test-issuer.invalid';

/**
 * The access rules enforced by a real gateway over two fixture subgraphs served over HTTP: a refused operation
 * reaches no subgraph (no fetch, no request), an allowed one runs, and every refused field is listed at once. The
 * gateway here is in `reject` mode (all or nothing), whose whole refusals these tests are about; the default
 * `partial` mode is tried in authorization.partial.test.ts.
 */
describe('authorization at the gateway', () => {
  let dir: string;
  let supergraphPath: string;
  let people: FixtureSubgraph;
  let rooms: FixtureSubgraph;
  let gateway: RunningServer;
  let identityKey: SigningKey;
  let reloaded: () => string;
  const fetches: SubgraphFetch[] = [];

  beforeAll(async () => {
    ({ people, rooms } = await startFixtureSubgraphs());
    dir = mkdtempSync(join(tmpdir(), 'veiinn-authz-'));
    supergraphPath = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphPath, composeFixture({ people: people.url, rooms: rooms.url }));
    identityKey = await generateSigningKey('ES256');
    const server = createGatewayServer({
      supergraphPath,
      pollIntervalMs: 50,
      onSubgraphFetch: (fetch) => fetches.push(fetch),
      signIn: { jwks: jwksOf(identityKey), issuer: ISSUER },
      authorization: { mode: 'reject' },
    });
    reloaded = () => server.supergraph.hash;
    gateway = await server.listen(0);
  });

  afterAll(async () => {
    await gateway?.stop();
    await people?.stop();
    await rooms?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const tokenFor = (sub: string, roles: string[]) => fixtureTokens(identityKey, ISSUER)(sub, roles);

  async function send(query: string, roles?: string[]) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (roles) headers.authorization = `Bearer ${await tokenFor(`user-${roles.join('-')}`, roles)}`;
    const before = { fetches: fetches.length, requests: people.requests + rooms.requests };
    const response = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: unknown; errors?: Record<string, unknown>[] };
    return {
      status: response.status,
      body,
      fetched: fetches.length - before.fetches,
      subgraphRequests: people.requests + rooms.requests - before.requests,
    };
  }

  it('runs an allowed operation through the subgraphs', async () => {
    const result = await send('{ hello participant(id: "p1") { name } rooms { participant { id } } }', ['case-worker']);
    expect(result.body).toEqual({
      data: { hello: 'hei', participant: { name: 'Ada Test' }, rooms: [{ participant: { id: 'p1' } }] },
    });
    expect(result.status).toBe(200);
    expect(result.fetched).toBeGreaterThanOrEqual(2);
  });

  it('refuses with 403 and every refused field at once, before any subgraph is called', async () => {
    const result = await send(
      '{ hello who: me { sub } participant(id: "p1") { name identityNumber } rooms { participant { id } } }',
      ['provider-staff'],
    );
    expect(result.status).toBe(403);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toEqual([
      {
        message:
          'Du har ikke tilgang til «participant.identityNumber». / You may not see "participant.identityNumber".',
        locations: [expect.any(Object)],
        path: ['participant', 'identityNumber'],
        extensions: {
          code: 'FORBIDDEN',
          messages: {
            nb: 'Du har ikke tilgang til «participant.identityNumber».',
            en: 'You may not see "participant.identityNumber".',
          },
          coordinate: 'Participant.identityNumber',
          requires: { authenticated: false, scopes: [[['case-worker']]], policies: [] },
        },
      },
    ]);
    expect(result.fetched).toBe(0);
    expect(result.subgraphRequests).toBe(0);

    const anonymous = await send('{ hello who: me { sub } participant(id: "p1") { identityNumber } }');
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.errors?.map((e) => [e.path, (e.extensions as { code: string }).code])).toEqual([
      [['who'], 'FORBIDDEN'],
      [['participant'], 'FORBIDDEN'],
      [['participant', 'identityNumber'], 'FORBIDDEN'],
    ]);
    expect(anonymous.fetched).toBe(0);
    expect(anonymous.subgraphRequests).toBe(0);
  });

  it('answers 401 UNAUTHENTICATED when an anonymous caller only needs to sign in', async () => {
    const result = await send('{ hello me { sub } }');
    expect(result.status).toBe(401);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ path: ['me'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
    expect(result.fetched).toBe(0);
    const signedIn = await send('{ hello me { sub } }', ['analyst']);
    expect(signedIn.body).toEqual({ data: { hello: 'hei', me: { sub: 'someone' } } });
  });

  it("applies a new version's rules when only the access directives change", async () => {
    expect((await send('{ hello }')).status).toBe(200);
    const before = reloaded();
    // The same schema for Apollo (the SDL it is handed does not change), one more rule for the gateway.
    writeFileSync(
      supergraphPath,
      composeFixture({ people: people.url, rooms: rooms.url }).replace(
        /hello: String(.*)\n/,
        'hello: String$1 @authenticated\n',
      ),
    );
    await waitFor(() => reloaded() !== before);
    const result = await send('{ hello }');
    expect(result.status).toBe(401);
    expect(result.fetched).toBe(0);
    expect((await send('{ hello }', ['analyst'])).body).toEqual({ data: { hello: 'hei' } });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('Timed out waiting for the supergraph to reload');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
