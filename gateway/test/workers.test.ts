import {
  freePort,
  graphqlRequest,
  metricValue,
  parseMetrics,
  startNodeProcess,
  waitUntil,
  type NodeProcess,
} from '@veiinn/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

/** GATEWAY_WORKERS (../src/workers.ts): the built gateway as its own process, with two workers on one port. */
describe('a gateway with two workers', () => {
  let graph: TinyGraph;
  let gateway: NodeProcess;
  let base: string;
  let folder: string;

  beforeAll(async () => {
    graph = await startTinyGraph();
    folder = mkdtempSync(join(tmpdir(), 'veiinn-workers-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    gateway = startNodeProcess(join(__dirname, '..', 'dist', 'src', 'main.js'), {
      GATEWAY_WORKERS: '2',
      GATEWAY_PORT: String(port),
      GATEWAY_SUPERGRAPH_PATH: graph.supergraphPath,
      SUBGRAPH_TINY_URL: graph.subgraphUrl,
      GATEWAY_INTERNAL_KEY_PATH: join(folder, 'internal-key.json'),
      LOG_LEVEL: 'warn',
    });
    await waitUntil(async () => (await workerPids(10)).size === 2, 'both workers to answer', { timeoutMs: 30_000 });
  }, 40_000);
  afterAll(async () => {
    if (gateway && gateway.child.exitCode === null) {
      gateway.child.kill('SIGKILL');
      await gateway.exited;
    }
    await graph?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** The worker pids that answered `/health` over `count` new connections. */
  async function workerPids(count: number): Promise<Set<number>> {
    const pids = new Set<number>();
    for (let i = 0; i < count; i++) {
      const body = await onNewConnection('/health').catch(() => '{}');
      const worker = (JSON.parse(body) as { worker?: number }).worker;
      if (worker !== undefined) pids.add(worker);
    }
    return pids;
  }

  /** The body of a request on a new connection, so the cluster chooses a worker for it. */
  function onNewConnection(path: string, body?: string): Promise<string> {
    return new Promise<string>((done, fail) => {
      const req = request(
        `${base}${path}`,
        {
          agent: false,
          timeout: 2_000,
          method: body === undefined ? 'GET' : 'POST',
          headers: { connection: 'close', ...(body !== undefined && { 'content-type': 'application/json' }) },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => done(text));
        },
      );
      req.on('error', fail);
      req.on('timeout', () => req.destroy(new Error('no answer')));
      req.end(body);
    });
  }

  it('answers the graph from both, with the same internal key', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => graphqlRequest<{ hello: string }>(`${base}/graphql`, '{ hello }')),
    );
    expect(answers.map((a) => [a.status, a.data])).toEqual(answers.map(() => [200, { hello: 'hei' }]));
    const keys = await Promise.all(
      Array.from({ length: 6 }, async () => (await fetch(`${base}/internal-jwks.json`)).json()),
    );
    expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(1);
  });

  it("serves every worker's metrics summed at /metrics, whichever worker the scrape reaches", async () => {
    const queries = async () =>
      metricValue(parseMetrics(await onNewConnection('/metrics')), 'veiinn_gateway_requests_total', {
        operation_type: 'query',
      });
    const before = await queries();
    // Each on a new connection: the cluster hands them to both workers in turn.
    for (let i = 0; i < 10; i++) {
      expect(JSON.parse(await onNewConnection('/graphql', JSON.stringify({ query: '{ hello }' })))).toEqual({
        data: { hello: 'hei' },
      });
    }
    const scrapes = await Promise.all(Array.from({ length: 6 }, queries));
    expect(scrapes).toEqual(scrapes.map(() => before + 10));
  });

  it('replaces a worker that dies, and stops every worker on SIGTERM', async () => {
    const [victim, survivor] = [...(await workerPids(10))];
    expect(survivor).toBeDefined();
    process.kill(victim!, 'SIGKILL');
    await waitUntil(
      async () => {
        const pids = await workerPids(10);
        return pids.size === 2 && !pids.has(victim!) && pids.has(survivor!);
      },
      'a new worker beside the survivor',
      { timeoutMs: 30_000 },
    );
    const workers = await workerPids(10);
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  }, 60_000);
});
