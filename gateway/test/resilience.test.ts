/**
 * A provider that hangs or is down costs only its own fields (issue 15). Two tiny subgraphs: `catalogue` lists the
 * offers, `provider` adds each offer's detail and a root field of its own; between the gateway and the provider a
 * TCP proxy of the test's own that forwards, holds every connection without a word (what a stopped process does:
 * the kernel accepts, nobody answers), or resets the first connection. The gateway's behaviour alone: a real kit
 * server per subgraph, the real gateway, real sockets.
 */
import { freePort } from '@veiinn/testing';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { startTinyGraph, type TinyGraph, type TinySubgraph } from './tiny-graph';

const catalogue: TinySubgraph = {
  name: 'catalogue',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    type Offer @key(fields: "id") {
      id: ID!
      name: String!
    }
    type Query {
      offers: [Offer!]!
    }
  ` as DocumentNode,
  resolvers: {
    Query: {
      offers: () => [
        { id: 'o1', name: 'Snekkerverkstedet' },
        { id: 'o2', name: 'Kafé Ringen' },
      ],
    },
  } as TinySubgraph['resolvers'],
};

let writes = 0;
const provider: TinySubgraph = {
  name: 'provider',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    type Offer @key(fields: "id") {
      id: ID!
      detail: String
      seats: Int!
    }
    type Query {
      news: String
    }
    type Mutation {
      note(text: String!): String
    }
  ` as DocumentNode,
  resolvers: {
    Offer: {
      __resolveReference: ({ id }: { id: string }) => ({ id, detail: `Om ${id}`, seats: 3 }),
    },
    Query: { news: () => 'Nytt fra leverandøren' },
    Mutation: {
      note: (_: unknown, { text }: { text: string }) => {
        writes++;
        return text;
      },
    },
  } as unknown as TinySubgraph['resolvers'],
};

type Mode = 'forward' | 'hang' | 'reset-once';

/** A TCP proxy in front of one subgraph whose behaviour the test switches; counts the connections it was given. */
async function startProxy(target: string) {
  const { port: targetPort } = new URL(target);
  const sockets = new Set<Socket>();
  const state = { mode: 'forward' as Mode, connections: 0, resets: 0 };
  const server: Server = createServer((client) => {
    state.connections++;
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (state.mode === 'hang') return;
    if (state.mode === 'reset-once') {
      state.mode = 'forward';
      state.resets++;
      // Once the request has arrived: the gateway has sent it and the connection dies (a reused socket's fate).
      client.once('data', () => client.resetAndDestroy());
      return;
    }
    const upstream = connect(Number(targetPort), '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    state,
    /**
     * Drops every connection held or forwarded, so the next request opens a new one under the new mode; resolves once
     * the gateway's end has had time to see its kept-alive connections close.
     */
    async dropAll() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => setTimeout(done, 50));
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

interface Answer {
  status: number;
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

async function post(url: string, query: string): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'], ms: Date.now() - started };
}

// Long enough that a healthy answer on a machine busy with the whole suite comes in time (0.4 s flaked in CI).
const TIMEOUT_MS = 800;
const OPEN_MS = 300;

describe('a provider that hangs or is down', () => {
  let graph: TinyGraph;
  let proxy: Awaited<ReturnType<typeof startProxy>>;

  beforeAll(async () => {
    graph = await startTinyGraph(
      {
        subgraphTimeouts: { defaultMs: 5_000, bySubgraph: { provider: TIMEOUT_MS } },
        circuit: { failuresToOpen: 3, openMs: OPEN_MS },
      },
      undefined,
      {
        subgraphs: [catalogue, provider],
        subgraphUrl: async (name, realUrl) => {
          if (name !== 'provider') return realUrl;
          proxy = await startProxy(realUrl);
          return proxy.url;
        },
      },
    );
    // The first answer pays for the provider's first connection and first execution; the tests below time the rest.
    for (let attempt = 0; attempt < 5; attempt++) {
      if (!(await post(graph.gatewayUrl, '{ offers { id detail } news }')).body.errors) break;
    }
  });
  afterAll(async () => {
    await graph?.stop();
    await proxy?.stop();
  });

  const health = async () =>
    (await (await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/health'))).json()) as {
      subgraphs: Record<string, { state: string; consecutiveFailures: number; lastFailure?: { reason: string } }>;
    };

  it('answers in full while the provider answers', async () => {
    const answer = await post(graph.gatewayUrl, '{ offers { id name detail } news }');
    expect(answer.body).toEqual({
      data: {
        offers: [
          { id: 'o1', name: 'Snekkerverkstedet', detail: 'Om o1' },
          { id: 'o2', name: 'Kafé Ringen', detail: 'Om o2' },
        ],
        news: 'Nytt fra leverandøren',
      },
    });
  });

  it("gives everything else, and the provider's fields as null with an error on each path, once its timeout has passed", async () => {
    proxy.state.mode = 'hang';
    await proxy.dropAll();
    const answer = await post(graph.gatewayUrl, '{ offers { id name detail } news }');
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(answer.body.data).toEqual({
      offers: [
        { id: 'o1', name: 'Snekkerverkstedet', detail: null },
        { id: 'o2', name: 'Kafé Ringen', detail: null },
      ],
      news: null,
    });
    const errors = answer.body.errors ?? [];
    expect(errors.map((error) => error.path).sort()).toEqual([
      ['news'],
      ['offers', 0, 'detail'],
      ['offers', 1, 'detail'],
    ]);
    for (const error of errors) {
      expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'provider', reason: 'timeout' });
      expect(error.message).toMatch(
        /^Tjenesten "provider" svarte ikke innen 0.8 s.* \/ The subgraph "provider" did not/,
      );
    }
    expect(JSON.stringify(answer.body)).not.toMatch(/127\.0\.0\.1|http:/);
  });

  it('nulls the nearest nullable parent of a non-null field it could not get, with the error on the field', async () => {
    const answer = await post(graph.gatewayUrl, '{ offers { id seats } }');
    expect(answer.status).toBe(200);
    // `seats` is Int! inside [Offer!]!: null climbs to the root, as GraphQL requires, and the error still says why.
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.[0]).toMatchObject({
      path: ['offers', 0, 'seats'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'provider' },
    });
  });

  it('opens the circuit after failures in a row: the provider is not called, and the answer comes at once', async () => {
    // Three failures so far (two above, one here at most): the circuit is open now.
    await post(graph.gatewayUrl, '{ news }');
    expect((await health()).subgraphs.provider).toMatchObject({ state: 'open', lastFailure: { reason: 'timeout' } });
    const connections = proxy.state.connections;
    const answer = await post(graph.gatewayUrl, '{ offers { id name detail } }');
    expect(answer.ms).toBeLessThan(TIMEOUT_MS);
    expect(proxy.state.connections).toBe(connections);
    expect(answer.body.data).toEqual({
      offers: [
        { id: 'o1', name: 'Snekkerverkstedet', detail: null },
        { id: 'o2', name: 'Kafé Ringen', detail: null },
      ],
    });
    expect(answer.body.errors?.[0].extensions).toMatchObject({ subgraph: 'provider', reason: 'circuit-open' });
    expect((await health()).subgraphs.catalogue).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('probes the provider again after a while and closes the circuit when it answers', async () => {
    proxy.state.mode = 'forward';
    await proxy.dropAll();
    await new Promise((done) => setTimeout(done, OPEN_MS + 50));
    const answer = await post(graph.gatewayUrl, '{ offers { id detail } }');
    expect(answer.body).toEqual({
      data: {
        offers: [
          { id: 'o1', detail: 'Om o1' },
          { id: 'o2', detail: 'Om o2' },
        ],
      },
    });
    expect((await health()).subgraphs.provider).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('tries a query once more when its connection failed, but never a mutation', async () => {
    await proxy.dropAll();
    proxy.state.mode = 'reset-once';
    expect((await post(graph.gatewayUrl, '{ news }')).body).toEqual({ data: { news: 'Nytt fra leverandøren' } });
    expect(proxy.state.resets).toBe(1);

    await proxy.dropAll();
    proxy.state.mode = 'reset-once';
    const before = writes;
    const answer = await post(graph.gatewayUrl, 'mutation { note(text: "hei") }');
    expect(proxy.state.resets).toBe(2);
    expect(answer.body.data).toEqual({ note: null });
    expect(answer.body.errors?.[0]).toMatchObject({
      path: ['note'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'provider', reason: 'unreachable' },
    });
    // The reset came before the provider read the request: it was not written, and not written twice either.
    expect(writes).toBe(before);
  });

  it('tells liveness from readiness', async () => {
    const base = graph.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: Record<string, unknown> }).subgraphs).toHaveProperty('provider');
  });
});

describe('a provider that refuses connections', () => {
  it('costs only its own root field', async () => {
    const graph = await startTinyGraph({ circuit: { failuresToOpen: 100, openMs: 1_000 } }, undefined, {
      subgraphs: [catalogue, provider],
      subgraphUrl: async (name, realUrl) =>
        name === 'provider' ? `http://127.0.0.1:${await freePort()}/graphql` : realUrl,
    });
    try {
      const answer = await post(graph.gatewayUrl, '{ offers { id } news }');
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ offers: [{ id: 'o1' }, { id: 'o2' }], news: null });
      expect(answer.body.errors).toEqual([
        expect.objectContaining({
          path: ['news'],
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', reason: 'unreachable' }),
        }),
      ]);
    } finally {
      await graph.stop();
    }
  });
});
