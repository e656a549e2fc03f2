// Gateway behaviour on a tiny graph: no database.
import { CALLER_HEADER } from '@veiinn/kit';
import { graphqlRequest } from '@veiinn/testing';
import { Kind, visit } from 'graphql';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { catalogueSubgraph } from './tiny-catalogue';
import { composeTinySupergraph, startTinyGraph, type TinyGraph } from './tiny-graph';

/**
 * Forwards requests to the subgraph, but can hold them until released: a request is then provably
 * in flight while the test swaps the supergraph.
 */
function holdingProxy(target: string) {
  let holding = false;
  const held: (() => void)[] = [];
  let server: Server;
  return {
    async start(): Promise<string> {
      server = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        if (holding) await new Promise<void>((release) => held.push(release));
        const upstream = await fetch(target, {
          method: 'POST',
          // The subgraph trusts only the gateway's token, so the proxy passes it on as it came.
          headers: { 'content-type': 'application/json', [CALLER_HEADER]: String(req.headers[CALLER_HEADER] ?? '') },
          body: Buffer.concat(chunks),
        });
        res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    },
    hold: () => void (holding = true),
    heldCount: () => held.length,
    releaseAll() {
      holding = false;
      held.splice(0).forEach((release) => release());
    },
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The second version of the tiny catalogue: without the `offerFacets` query. */
function supergraphWithoutFacets(): string {
  const typeDefs = visit(catalogueSubgraph.typeDefs, {
    FieldDefinition: (node, _key, _parent, _path, ancestors) => {
      const owner = ancestors.at(-1);
      return node.name.value === 'offerFacets' && owner && 'kind' in owner && owner.kind === Kind.OBJECT_TYPE_DEFINITION
        ? null
        : undefined;
    },
  });
  return composeTinySupergraph([{ ...catalogueSubgraph, typeDefs }]);
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('supergraph reload', () => {
  const proxy = { current: undefined as ReturnType<typeof holdingProxy> | undefined };
  let graph: TinyGraph;
  beforeAll(async () => {
    graph = await startTinyGraph({ pollIntervalMs: 50 }, undefined, {
      subgraphs: [catalogueSubgraph],
      // As in `npm start`: the proxy must pass the gateway's caller token on, or the subgraph refuses the request.
      trust: true,
      subgraphUrl: async (_name, real) => {
        proxy.current = holdingProxy(real);
        return proxy.current.start();
      },
    });
  });
  afterAll(async () => {
    await graph.stop();
    await proxy.current!.stop();
  });

  it('serves a new supergraph without a restart, and a request in flight during the swap still succeeds', async () => {
    const FACETS = '{ offerFacets { trades } }';
    expect((await graphqlRequest(graph.gatewayUrl, FACETS)).data).toBeTruthy();

    proxy.current!.hold();
    const inFlight = graphqlRequest(
      graph.gatewayUrl,
      '{ offers(first: 3) { totalCount nodes { id } } offerFacets { sites } }',
    );
    await waitFor(() => proxy.current!.heldCount() === 1, 'the request to reach the subgraph');

    const before = graph.supergraphState.hash;
    writeFileSync(graph.supergraphPath, supergraphWithoutFacets());
    await waitFor(() => graph.supergraphState.hash !== before, 'the gateway to load the new supergraph');
    proxy.current!.releaseAll();

    // Planned and sent on the old schema, the request completes on it.
    const result = await inFlight;
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      offers: { totalCount: expect.any(Number) },
      offerFacets: { sites: expect.any(Array) },
    });

    // The next request is validated against the new schema, where offerFacets no longer exists.
    const after = await graphqlRequest(graph.gatewayUrl, FACETS);
    expect(after.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(after.errors?.[0].message).toMatch(/offerFacets/);
  });

  it('keeps the last good supergraph when the file is replaced by something that does not compose', async () => {
    const good = graph.supergraphState.hash;
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (errors.push(String(chunk)), true));
    try {
      writeFileSync(graph.supergraphPath, 'type Query { this is not a supergraph');
      await waitFor(() => errors.some((e) => e.includes('New supergraph rejected')), 'the gateway to reject the file');
    } finally {
      spy.mockRestore();
    }
    expect(graph.supergraphState.hash).toBe(good);
    const result = await graphqlRequest(graph.gatewayUrl, '{ offers(first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
  });
});
