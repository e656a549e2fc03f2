import { createLogger } from '@veiinn/kit';
import { metricFamilies, metricValue, scrapeMetrics, type MetricSample } from '@veiinn/testing';
import gql from 'graphql-tag';
import { GraphQLError, type DocumentNode } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setCircuitState } from '../src/metrics';
import { startTestGraph, type TestGraph } from './support';
import { startTinyGraph, tinySubgraph, type TinyGraph, type TinySubgraph } from './tiny-graph';

/**
 * The gateway's `GET /metrics` (./metrics.ts) on a real gateway over real subgraph servers: requests of each kind are
 * sent (answered, failed in a subgraph, a subgraph down, a refused variable, audited reads written and refused, a
 * rate limit), and each counter must have moved by exactly what was sent. Then the Grafana dashboard's expressions
 * against the whole graph: every metric it names must be served by the gateway or a subgraph.
 */

const faulty: TinySubgraph = {
  name: 'faulty',
  typeDefs: gql`
    type Query {
      missing: String
    }
  ` as DocumentNode,
  resolvers: {
    Query: {
      missing: () => {
        throw new GraphQLError('Finnes ikke. / Not found.', { extensions: { code: 'NOT_FOUND' } });
      },
    },
  },
};
const gone: TinySubgraph = {
  name: 'gone',
  typeDefs: gql`
    type Query {
      gone: String
    }
  ` as DocumentNode,
  resolvers: { Query: { gone: () => 'never asked' } },
};

const HELLO = 'query Hello { hello }';

async function listenOn(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

describe("the gateway's metrics", () => {
  let graph: TinyGraph;
  let auditLog: Server;
  let limitedUrl: string;

  beforeAll(async () => {
    // The hub's audit route as far as the gateway can tell: writes of the operation `Refused` are refused.
    auditLog = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const refused = body.includes('"operationName":"Refused"');
        res.writeHead(refused ? 400 : 201, { 'content-type': 'application/json' }).end('{}');
      });
    });
    const auditPort = await listenOn(auditLog);
    // A port nothing listens on, for the subgraph that is down.
    const closed = createServer();
    const deadPort = await listenOn(closed);
    await new Promise((done) => closed.close(done));
    graph = await startTinyGraph(
      {
        audit: { url: `http://127.0.0.1:${auditPort}/audit` },
        // The refused audit write is logged as an error, on purpose.
        logger: createLogger('gateway', 'silent'),
        responseCache: {},
        trustedDocuments: { mode: 'off', documents: { [createHash('sha256').update(HELLO).digest('hex')]: HELLO } },
      },
      undefined,
      {
        subgraphs: [tinySubgraph, faulty, gone],
        subgraphUrl: async (name, real) => (name === 'gone' ? `http://127.0.0.1:${deadPort}/graphql` : real),
      },
    );
    limitedUrl = await graph.startGateway({ rateLimit: { perMinute: 600, anonymousPerMinute: 1 } });
  });
  afterAll(async () => {
    await graph?.stop();
    await new Promise((done) => auditLog?.close(done));
  });

  // As the web app asks: with GraphQL over HTTP's own media type, a request error is a 4xx (with plain
  // application/json it is 200, as the specification says; docs/errors.md, HTTP statuses).
  const post = async (url: string, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };

  it('serves counts in the Prometheus text format, open like /health', async () => {
    const response = await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const families = metricFamilies(await response.text());
    for (const name of ['process_cpu_seconds_total', 'nodejs_heap_size_used_bytes', 'veiinn_gateway_requests_total']) {
      expect(families).toContain(name);
    }
  });

  it('moves each counter by what was sent: operations, errors by code, latency, fetches, limits, audit, cache', async () => {
    const before = (await scrapeMetrics(graph.gatewayUrl)).samples;

    expect((await post(graph.gatewayUrl, HELLO)).body).toEqual({ data: { hello: 'hei' } });
    expect((await post(graph.gatewayUrl, HELLO)).status).toBe(200);
    expect((await post(graph.gatewayUrl, 'query Unregistered { hello }')).status).toBe(200);
    expect((await post(graph.gatewayUrl, '{ missing }')).body.errors).toHaveLength(1);
    expect((await post(graph.gatewayUrl, '{ gone }')).body.errors).toHaveLength(1);
    const refusedDate = await post(graph.gatewayUrl, 'mutation Book($d: Date!) { book(input: { startDate: $d }) }', {
      d: '2026-02-30',
    });
    expect(refusedDate.status).toBe(400);
    expect((await post(graph.gatewayUrl, 'query Read { read }')).status).toBe(200);
    expect((await post(graph.gatewayUrl, 'query Refused { read }')).status).toBe(503);
    // One request a minute per address on this gateway: the second is refused before Apollo.
    expect((await post(limitedUrl, HELLO)).status).toBe(200);
    expect((await post(limitedUrl, HELLO)).status).toBe(429);

    const after = (await scrapeMetrics(graph.gatewayUrl)).samples;
    const moved = (name: string, labels: Record<string, string> = {}) =>
      metricValue(after, name, labels) - metricValue(before, name, labels);

    expect(moved('veiinn_gateway_requests_total', { operation_type: 'query', outcome: 'ok' })).toBe(6);
    expect(moved('veiinn_gateway_requests_total', { operation_type: 'query', outcome: 'error' })).toBe(2);
    expect(moved('veiinn_gateway_requests_total', { operation_type: 'mutation', outcome: 'error' })).toBe(1);
    expect(moved('veiinn_gateway_requests_total')).toBe(9);

    expect(moved('veiinn_gateway_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(moved('veiinn_gateway_errors_total', { code: 'SUBGRAPH_UNAVAILABLE' })).toBe(1);
    expect(moved('veiinn_gateway_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(moved('veiinn_gateway_errors_total', { code: 'RATE_LIMITED' })).toBe(1);
    // The answer withheld because its reads could not be logged.
    expect(moved('veiinn_gateway_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(moved('veiinn_gateway_errors_total')).toBe(5);

    // Latency by registered operation name; every other name is `other`, so a client cannot add series.
    expect(moved('veiinn_gateway_operation_duration_seconds_count', { operation: 'Hello' })).toBe(3);
    expect(moved('veiinn_gateway_operation_duration_seconds_count', { operation: 'other' })).toBe(6);
    expect(after.some((s) => s.labels.operation === 'Unregistered' || s.labels.operation === 'Book')).toBe(false);
    expect(moved('veiinn_gateway_operation_duration_seconds_bucket', { operation: 'Hello', le: '+Inf' })).toBe(3);

    expect(moved('veiinn_subgraph_fetches_total', { subgraph: 'tiny', outcome: 'ok' })).toBe(6);
    expect(moved('veiinn_subgraph_fetches_total', { subgraph: 'faulty', outcome: 'errors' })).toBe(1);
    expect(moved('veiinn_subgraph_fetches_total', { subgraph: 'gone', outcome: 'failed' })).toBe(1);
    expect(moved('veiinn_subgraph_fetches_total')).toBe(8);
    expect(moved('veiinn_subgraph_fetch_duration_seconds_count', { subgraph: 'tiny' })).toBe(6);
    expect(moved('veiinn_subgraph_fetch_duration_seconds_count', { subgraph: 'gone' })).toBe(1);

    expect(moved('veiinn_gateway_rate_limited_total', { limit: 'address' })).toBe(1);
    expect(moved('veiinn_gateway_rate_limited_total')).toBe(1);

    expect(moved('veiinn_gateway_audit_writes_total', { outcome: 'written' })).toBe(1);
    expect(moved('veiinn_gateway_audit_writes_total', { outcome: 'failed' })).toBe(1);

    // Every anonymous query on the gateway with the cache looked it up; without the hub's change notices nothing
    // is kept, so none was a hit.
    expect(moved('veiinn_gateway_response_cache_requests_total', { result: 'miss' })).toBe(7);
    expect(moved('veiinn_gateway_response_cache_requests_total', { result: 'hit' })).toBe(0);
  });

  it('shows each subgraph closed until a circuit breaker sets its state', async () => {
    const state = (samples: MetricSample[], subgraph: string) =>
      samples.find((s) => s.name === 'veiinn_subgraph_circuit_state' && s.labels.subgraph === subgraph)?.value;
    const before = (await scrapeMetrics(graph.gatewayUrl)).samples;
    expect(['tiny', 'faulty', 'gone'].map((name) => state(before, name))).toEqual([0, 0, 0]);
    try {
      setCircuitState('gone', 'open');
      setCircuitState('faulty', 1);
      const after = (await scrapeMetrics(graph.gatewayUrl)).samples;
      expect(['tiny', 'faulty', 'gone'].map((name) => state(after, name))).toEqual([0, 1, 2]);
    } finally {
      setCircuitState('gone', 'closed');
      setCircuitState('faulty', 'closed');
    }
  });
});

/** The metric names a PromQL expression reads (Veiinn's own and prom-client's process metrics). */
const namesIn = (expr: string) => [...expr.matchAll(/\b(?:veiinn|process|nodejs)_[a-z0-9_]+/g)].map((m) => m[0]);
/** A histogram's series are its family name plus _bucket, _sum or _count. */
const familyOf = (name: string, families: Set<string>) =>
  families.has(name) ? name : name.replace(/_(bucket|sum|count)$/, '');

describe('the Grafana dashboard (docker/grafana-dashboard.json) against the whole graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it('names only metrics that the gateway or a subgraph serves', async () => {
    // Something through every layer first: an anonymous catalogue page reaches the hub and its database.
    const page = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offers(first: 2) { totalCount } }' }),
    });
    expect(page.status).toBe(200);
    const families = new Set<string>();
    for (const url of [graph.gatewayUrl, ...Object.values(graph.subgraphs).map((s) => s.url)]) {
      for (const family of metricFamilies((await scrapeMetrics(url)).text)) families.add(family);
    }
    const dashboard = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'docker', 'grafana-dashboard.json'), 'utf8'),
    ) as {
      panels: { title: string; targets?: { expr: string }[] }[];
    };
    const expressions = dashboard.panels.flatMap((panel) =>
      (panel.targets ?? []).map((t) => ({ panel, expr: t.expr })),
    );
    expect(expressions.length).toBeGreaterThan(15);
    const missing: string[] = [];
    for (const { panel, expr } of expressions) {
      const names = namesIn(expr);
      // An expression on a metric of another prefix would escape this check: none may.
      if (names.length === 0) missing.push(`${panel.title}: no metric name in ${expr}`);
      for (const name of names) if (!families.has(familyOf(name, families))) missing.push(`${panel.title}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it("shows the hub's feed lag per provider: caught up after a read, and when it last was", async () => {
    const { samples } = await scrapeMetrics(graph.intake.url);
    const lag = samples.filter((s) => s.name === 'veiinn_feed_lag_events');
    const providers = lag.map((s) => s.labels.provider).sort();
    // Every provider whose feed the hub read at the start of the graph.
    expect(providers.length).toBeGreaterThanOrEqual(3);
    expect(lag.map((s) => s.value)).toEqual(lag.map(() => 0));
    const now = Date.now() / 1000;
    for (const provider of providers) {
      const at = metricValue(samples, 'veiinn_feed_last_success_timestamp_seconds', { provider: provider! });
      expect(now - at).toBeLessThan(300);
      expect(now - at).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads the database pool on PostgreSQL (npm run test:postgres); on SQLite there is no pool to read', async () => {
    const { samples } = await scrapeMetrics(graph.intake.url);
    const connections = metricValue(samples, 'veiinn_db_pool_used') + metricValue(samples, 'veiinn_db_pool_free');
    if (process.env.VEIINN_TEST_DB === 'postgres') expect(connections).toBeGreaterThan(0);
    else expect(connections).toBe(0);
    expect(metricValue(samples, 'veiinn_db_pool_pending')).toBe(0);
  });

  it("counts a subgraph's refusal of a caller without the gateway's token", async () => {
    const before = (await scrapeMetrics(graph.intake.url)).samples;
    const direct = await fetch(graph.intake.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offers(first: 1) { totalCount } }' }),
    });
    expect(direct.status).toBe(401);
    const after = (await scrapeMetrics(graph.intake.url)).samples;
    const code = { code: 'UNAUTHENTICATED' };
    expect(metricValue(after, 'veiinn_subgraph_errors_total', code)).toBe(
      metricValue(before, 'veiinn_subgraph_errors_total', code) + 1,
    );
  });
});
