import Redis from 'ioredis';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { freePort } from './processes';

/** The Redis the tests of shared state use (REDIS_TEST_URL; `.ci/run` starts one at 127.0.0.1:6379). */
export const REDIS_TEST_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether a Redis answers PING at `url`, asked once when a test file loads: jest decides what to skip before any
 * test runs, so the answer must be synchronous (a child process that connects and exits).
 */
export function redisAnswers(url = REDIS_TEST_URL): boolean {
  const { hostname, port } = new URL(url);
  const script = `
    const socket = require('node:net').connect(${Number(port || 6379)}, ${JSON.stringify(hostname)});
    socket.setTimeout(1000, () => process.exit(1));
    socket.on('error', () => process.exit(1));
    socket.on('connect', () => socket.write('PING\\r\\n'));
    socket.on('data', (data) => process.exit(String(data).startsWith('+PONG') ? 0 : 1));`;
  return spawnSync(process.execPath, ['-e', script], { timeout: 3000 }).status === 0;
}

/**
 * `describe` for tests that need a real Redis: without one they are skipped with the reason printed, except under
 * CI (CI=true), where a missing Redis is a failure, not a reason to test less.
 */
export function describeWithRedis(name: string, tests: () => void): void {
  if (redisAnswers()) return describe(name, tests);
  if (process.env.CI === 'true' || process.env.CI === '1') {
    return describe(name, () => {
      it('needs Redis', () => {
        throw new Error(`No Redis answers at ${REDIS_TEST_URL}, and CI is set: start one (see .ci/run).`);
      });
    });
  }
  console.warn(`Skipped "${name}": no Redis answers at ${REDIS_TEST_URL} (set REDIS_TEST_URL, or start redis-server).`);
  describe.skip(name, tests);
}

/** A key prefix no other test (or run) uses, so tests running at once never see each other's keys. */
export const uniqueRedisPrefix = (test: string) => `veiinn-test:${test}:${randomUUID()}:`;

/** Every key under `prefix`, as a test finds them (to check what was written, or that it expires). */
export async function redisKeys(prefix: string, url = REDIS_TEST_URL): Promise<string[]> {
  const redis = new Redis(url);
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      keys.push(...found);
      cursor = next;
    } while (cursor !== '0');
    return keys;
  } finally {
    redis.disconnect();
  }
}

/** Runs `use` with a client of the test Redis of its own, closed after, to look at what was written. */
export async function withTestRedis<T>(use: (redis: Redis) => Promise<T>, url = REDIS_TEST_URL): Promise<T> {
  const redis = new Redis(url);
  try {
    return await use(redis);
  } finally {
    redis.disconnect();
  }
}

/** Deletes a test's keys (its unique prefix), in `afterAll`. */
export async function deleteRedisKeys(prefix: string, url = REDIS_TEST_URL): Promise<void> {
  const keys = await redisKeys(prefix, url);
  if (!keys.length) return;
  const redis = new Redis(url);
  try {
    await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** A redis:// URL at which nothing listens (a port just bound and released), for tests of an outage. */
export const deadRedisUrl = async (): Promise<string> => `redis://127.0.0.1:${await freePort()}`;
