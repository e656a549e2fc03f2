import { buildSubgraphSchema } from '@apollo/subgraph';
import type { MikroORM } from '@mikro-orm/core';
import { startDayServicesSubgraph } from '@veiinn/subgraph-day-services';
import {
  ANONYMOUS_CALLER,
  bucketKey,
  CALLER_HEADER,
  callerFor,
  createLogger,
  createSubgraphServer,
  generateSigningKey,
  openSharedState,
  processMetrics,
  type RedisSettings,
  type RunningServer,
  type SharedState,
  signCallerToken,
} from '@veiinn/kit';
import {
  createTestDatabase,
  deadRedisUrl,
  deleteRedisKeys,
  describeWithRedis,
  freePort,
  REDIS_TEST_URL,
  redisKeys,
  startNodeProcess,
  uniqueRedisPrefix,
  waitUntil,
  withTestRedis,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRateLimiter } from '../src/rate-limit';
import { startTinyGraph, tinySubgraph, type TinyGraph } from './tiny-graph';

const logger = createLogger('shared-state-test', 'silent');
type ErrorBody = { errors: { message: string; extensions: { code: string } }[] };
const HELLO = JSON.stringify({ query: '{ hello }' });

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: HELLO });

/** The statuses of `count` requests sent one after another, in turn to each of `urls`. */
async function statusesInTurn(urls: string[], count: number, headers?: Record<string, string>) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await post(urls[i % urls.length], headers)).status);
  return statuses;
}

/** One request on a connection of its own (fetch would reuse one, and so reach one worker only). */
function onNewConnection(url: string, method: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(
      url,
      {
        method,
        agent: false,
        timeout: 5_000,
        headers: { connection: 'close', ...(body && { 'content-type': 'application/json' }) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', fail);
    req.on('timeout', () => req.destroy(new Error('no answer')));
    req.end(body);
  });
}

/** A replica of the tiny subgraph with service trust, its used tokens remembered in `replayCache`. */
async function startReplica(graph: TinyGraph, replayCache: SharedState['replayCache']): Promise<RunningServer> {
  return createSubgraphServer({
    name: tinySubgraph.name,
    schema: buildSubgraphSchema({ typeDefs: tinySubgraph.typeDefs, resolvers: tinySubgraph.resolvers }),
    // The kit's server forks an EntityManager per request; nothing here touches a database.
    orm: { em: { fork: () => ({}) } } as unknown as MikroORM,
    createLoaders: () => ({}),
    app: {},
    logger,
    trust: { publicKey: graph.internalKey.publicJwk, replayCache },
  }).listen(0);
}

/**
 * A tiny graph with service trust and two replicas of its subgraph, each with a Redis client of its own on `redis`
 * (`start` starts them and gives their URLs); everything stopped after `body`.
 */
async function withTwoReplicas(
  redis: Parameters<typeof openSharedState>[0],
  gateway: Parameters<typeof startTinyGraph>[0],
  body: (pair: {
    graph: TinyGraph;
    sharedA: SharedState;
    sharedB: SharedState;
    start: () => Promise<[string, string]>;
  }) => Promise<void>,
): Promise<void> {
  const graph = await startTinyGraph(gateway, undefined, { trust: true });
  const sharedA = openSharedState(redis, logger);
  const sharedB = openSharedState(redis, logger);
  const replicas: RunningServer[] = [];
  const start = async (): Promise<[string, string]> => {
    replicas.push(await startReplica(graph, sharedA.replayCache), await startReplica(graph, sharedB.replayCache));
    return [replicas[0].url, replicas[1].url];
  };
  try {
    await body({ graph, sharedA, sharedB, start });
  } finally {
    for (const replica of replicas) await replica.stop();
    await sharedA.close();
    await sharedB.close();
    await graph.stop();
  }
}

/** A real internal token the gateway sent to the tiny subgraph (already used there, in that process's memory). */
async function tokenFromGateway(graph: TinyGraph): Promise<string> {
  const before = graph.callers.length;
  expect((await post(graph.gatewayUrl)).status).toBe(200);
  const token = graph.callers[before]?.token;
  if (!token) throw new Error('The gateway sent no caller token');
  return token;
}

/**
 * A TCP relay to the test Redis that a test can cut and restore, as an outage of Redis would look to a process:
 * the shared Redis itself is never stopped (other tests use it).
 */
async function startRedisRelay() {
  const target = new URL(REDIS_TEST_URL);
  const sockets = new Set<Socket>();
  const server = createNetServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    async cut() {
      const closed = new Promise<void>((done) => server.close(() => done()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    restore: () => listen(port),
    async stop() {
      if (server.listening) await this.cut();
    },
  };
}

describeWithRedis('several gateways and subgraph replicas sharing Redis', () => {
  const prefixes: string[] = [];
  const settings = (test: string): RedisSettings => {
    const keyPrefix = uniqueRedisPrefix(test);
    prefixes.push(keyPrefix);
    return { url: REDIS_TEST_URL, keyPrefix };
  };
  afterAll(async () => {
    for (const prefix of prefixes) await deleteRedisKeys(prefix);
  });

  it('keeps the token bucket in Redis: refills over the minute, and the key expires once the bucket is full', async () => {
    const redis = settings('bucket');
    const shared = openSharedState(redis, logger);
    try {
      expect(await shared.ready()).toBe(true);
      const t0 = 1_000_000;
      // Looking writes nothing.
      expect(await shared.tokenBucket('k', 2, t0, 0)).toBe(0);
      expect(await redisKeys(redis.keyPrefix!)).toEqual([]);
      // The same steps as the in-memory buckets, with the same answers: [ms after t0, cost (0: only look)].
      const steps: [number, number][] = [
        [0, 1],
        [0, 1],
        [0, 1],
        [10_000, 0],
        [30_000, 0],
        [30_000, 1],
        [30_000, 1],
        [45_500, 0],
        [200_000, 1],
        [200_000, 1],
        [200_000, 1],
      ];
      let time = t0;
      const memory = createRateLimiter({ now: () => time });
      const inRedis: number[] = [];
      const inMemory: number[] = [];
      for (const [after, cost] of steps) {
        time = t0 + after;
        inRedis.push(await shared.tokenBucket('k', 2, time, cost));
        inMemory.push(cost ? memory.take('k', 2, cost) : memory.wait('k', 2));
      }
      expect(inRedis.slice(0, 4)).toEqual([0, 0, 30_000, 20_001]);
      expect(inRedis).toEqual(inMemory);
      // A clock behind the last request's (another replica's) takes nothing back and gives nothing; the memory's
      // buckets, in one process with one clock, never see that.
      expect(await shared.tokenBucket('k', 2, t0 + 190_000, 1)).toBe(30_000);
      expect(await shared.tokenBucket('k', 2, t0 + 215_000, 0)).toBe(15_000);
      expect(await shared.tokenBucket('k', 2, t0 + 230_000, 0)).toBe(0);

      await withTestRedis(async (client) => {
        const key = bucketKey(redis.keyPrefix!, 'k');
        // Empty bucket: full again in a minute (plus a second's margin), then the key is gone.
        const ttl = await client.pttl(key);
        expect(await client.hget(key, 'tokens')).toBe('0');
        expect(ttl).toBeGreaterThan(59_000);
        expect(ttl).toBeLessThanOrEqual(61_000);
      });
    } finally {
      await shared.close();
    }
  });

  it('counts requests spread over two gateways against one limit', async () => {
    const rateLimit = { perMinute: 100_000, anonymousPerMinute: 3 };
    const redis = settings('gateways');
    const graph = await startTinyGraph({ rateLimit, redis });
    try {
      const second = await graph.startGateway({ rateLimit, redis });
      expect(await statusesInTurn([graph.gatewayUrl, second], 6)).toEqual([200, 200, 200, 429, 429, 429]);
      // One bucket, for the address, which Redis holds only as a digest.
      expect(await redisKeys(redis.keyPrefix!)).toEqual([bucketKey(redis.keyPrefix!, 'ip:127.0.0.1')]);
      expect(bucketKey(redis.keyPrefix!, 'ip:127.0.0.1')).toMatch(new RegExp(`^${redis.keyPrefix}rate:ip:[\\w-]{22}$`));
      const refused = await post(second);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await refused.json()) as ErrorBody).errors[0].extensions.code).toBe('RATE_LIMITED');
      // Without Redis each gateway counts alone: twice the limit passes (what the shared store is for).
      const alone = [await graph.startGateway({ rateLimit }), await graph.startGateway({ rateLimit })];
      expect(await statusesInTurn(alone, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    } finally {
      await graph.stop();
    }
  });

  it('counts refused tokens over two gateways against one failed sign-in limit', async () => {
    const rateLimit = { perMinute: 100_000, anonymousPerMinute: 100_000, failedSignInsPerMinute: 2 };
    const redis = settings('sign-in');
    const graph = await startTinyGraph({ rateLimit, redis }, undefined, { signIn: true });
    try {
      const second = await graph.startGateway({ rateLimit, redis });
      const forged = { authorization: 'Bearer not.a.token' };
      expect(await statusesInTurn([graph.gatewayUrl, second], 4, forged)).toEqual([401, 401, 429, 429]);
      // Callers without a token are not affected.
      expect((await post(second)).status).toBe(200);
    } finally {
      await graph.stop();
    }
  });

  it('refuses a replayed internal token at every replica of a subgraph', async () => {
    const redis = settings('replay');
    await withTwoReplicas(redis, {}, async ({ graph, sharedA, sharedB, start }) => {
      expect(await sharedA.ready()).toBe(true);
      expect(await sharedB.ready()).toBe(true);
      const [a, b] = await start();

      const first = await tokenFromGateway(graph);
      expect((await post(a, { [CALLER_HEADER]: first })).status).toBe(200);
      const replayed = await post(b, { [CALLER_HEADER]: first });
      expect(replayed.status).toBe(401);
      const body = (await replayed.json()) as ErrorBody;
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/allerede brukt.*already used/);
      expect((await post(a, { [CALLER_HEADER]: first })).status).toBe(401);

      // The other way round: used at B first, refused at A.
      const second = await tokenFromGateway(graph);
      expect((await post(b, { [CALLER_HEADER]: second })).status).toBe(200);
      expect((await post(a, { [CALLER_HEADER]: second })).status).toBe(401);

      // Remembered until the token expires (a minute, plus the clock tolerance), then gone.
      const keys = await redisKeys(redis.keyPrefix!);
      expect(keys).toHaveLength(2);
      expect(keys.every((key) => key.startsWith(`${redis.keyPrefix}replay:veiinn-gateway\n`))).toBe(true);
      const ttl = await withTestRedis((client) => client.pttl(keys[0]));
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(65_000);
    });
  });

  it('shares the replay cache between real subgraph replicas given REDIS_URL (startSubgraph opens and closes it)', async () => {
    const redis = settings('day-services');
    const key = await generateSigningKey('EdDSA');
    const databases = [await createTestDatabase('replay-a'), await createTestDatabase('replay-b')];
    const replicas: RunningServer[] = [];
    try {
      for (const database of databases) {
        replicas.push(await startDayServicesSubgraph({ database, logger, trust: { publicKey: key.publicJwk, redis } }));
      }
      const token = await signCallerToken(key, {
        audience: 'day-services',
        caller: callerFor('day-services', ANONYMOUS_CALLER),
        requestId: randomUUID(),
      });
      const ask = (url: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CALLER_HEADER]: token },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      expect((await ask(replicas[1].url)).status).toBe(200);
      expect((await ask(replicas[0].url)).status).toBe(401);
      // In one jest process the replicas also share the process's own memory: the key shows Redis was asked.
      expect(await redisKeys(redis.keyPrefix!)).toHaveLength(1);
    } finally {
      for (const replica of replicas) await replica.stop();
      for (const database of databases) await database.drop();
    }
  });

  it('gives the workers of one gateway process (GATEWAY_WORKERS, REDIS_URL from the environment) one limit', async () => {
    const redis = settings('workers');
    const graph = await startTinyGraph();
    const folder = mkdtempSync(join(tmpdir(), 'veiinn-shared-workers-'));
    const port = await freePort();
    const gateway = startNodeProcess(join(__dirname, '..', 'dist', 'src', 'main.js'), {
      GATEWAY_WORKERS: '2',
      GATEWAY_PORT: String(port),
      GATEWAY_SUPERGRAPH_PATH: graph.supergraphPath,
      SUBGRAPH_TINY_URL: graph.subgraphUrl,
      GATEWAY_INTERNAL_KEY_PATH: join(folder, 'internal-key.json'),
      GATEWAY_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '4',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: redis.keyPrefix!,
      LOG_LEVEL: 'warn',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      const workers = new Set<number>();
      await waitUntil(
        async () => {
          const answer = await onNewConnection(`${base}/health`, 'GET').catch(() => undefined);
          const worker = answer && (JSON.parse(answer.body) as { worker?: number }).worker;
          if (worker) workers.add(worker);
          return workers.size === 2;
        },
        'both workers to answer',
        { timeoutMs: 30_000 },
      );
      // A new connection each time: the cluster hands connections to the workers in turn.
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await onNewConnection(`${base}/graphql`, 'POST', HELLO)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toBe(0);
    } catch (error) {
      console.error(gateway.output);
      throw error;
    } finally {
      if (gateway.child.exitCode === null) {
        gateway.child.kill('SIGKILL');
        await gateway.exited;
      }
      await graph.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps refusing a token at the replica that took it while Redis is away, and shares again once it is back', async () => {
    const relay = await startRedisRelay();
    const redis = { url: relay.url, keyPrefix: uniqueRedisPrefix('outage') };
    prefixes.push(redis.keyPrefix);
    try {
      await withTwoReplicas(redis, {}, async ({ graph, sharedA, sharedB, start }) => {
        expect(await sharedA.ready()).toBe(true);
        expect(await sharedB.ready()).toBe(true);
        const [a, b] = await start();
        const before = await tokenFromGateway(graph);
        expect((await post(a, { [CALLER_HEADER]: before })).status).toBe(200);

        await relay.cut();
        await waitUntil(async () => !(await sharedA.ready(1)) && !(await sharedB.ready(1)), 'both to see Redis gone');
        const fallbacks = processMetrics.sharedStateFallbacks;
        // Checked in Redis before the outage, and remembered in A's own memory too.
        expect((await post(a, { [CALLER_HEADER]: before })).status).toBe(401);
        // B never saw it and cannot ask Redis: accepted, the documented cost of staying up.
        expect((await post(b, { [CALLER_HEADER]: before })).status).toBe(200);
        expect(processMetrics.sharedStateFallbacks).toBeGreaterThan(fallbacks);

        await relay.restore();
        expect(await sharedA.ready(10_000)).toBe(true);
        expect(await sharedB.ready(10_000)).toBe(true);
        const after = await tokenFromGateway(graph);
        expect((await post(a, { [CALLER_HEADER]: after })).status).toBe(200);
        expect((await post(b, { [CALLER_HEADER]: after })).status).toBe(401);
      });
    } finally {
      await relay.stop();
    }
  }, 30_000);

  it('answers while Redis is down: limits per process, a token refused again by the same replica only', async () => {
    const redis = { url: await deadRedisUrl(), keyPrefix: uniqueRedisPrefix('down') };
    const rateLimit = { perMinute: 100_000, anonymousPerMinute: 2 };
    await withTwoReplicas(redis, { rateLimit, redis }, async ({ graph, start }) => {
      const fallbacks = processMetrics.sharedStateFallbacks;
      // Requests are answered; the gateway's own memory counts meanwhile (the limit is per process, as without Redis).
      expect(await statusesInTurn([graph.gatewayUrl], 3)).toEqual([200, 200, 429]);
      expect(processMetrics.sharedStateFallbacks).toBeGreaterThan(fallbacks);

      const [a, b] = await start();
      const graphWithRoom = await graph.startGateway({ redis, rateLimit: { perMinute: 100, anonymousPerMinute: 100 } });
      const before = graph.callers.length;
      expect((await post(graphWithRoom)).status).toBe(200);
      const token = graph.callers[before].token!;
      expect((await post(a, { [CALLER_HEADER]: token })).status).toBe(200);
      // The same replica remembers it in its own memory...
      expect((await post(a, { [CALLER_HEADER]: token })).status).toBe(401);
      // ...another replica cannot know of it until Redis is back: the documented cost of staying up (docs/security.md).
      expect((await post(b, { [CALLER_HEADER]: token })).status).toBe(200);
    });
  });
});
