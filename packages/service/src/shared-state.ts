import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { ReplayCache, type RedisSettings, type ReplayStore } from '@veiinn/contracts';
import type { Logger } from './logger';
import { processMetrics } from './metrics';

export const DEFAULT_REDIS_KEY_PREFIX = 'veiinn:';

/** An outage is logged at most this often per process: a warning per request would flood the log. */
export const SHARED_STATE_WARNING_INTERVAL_MS = 10_000;

/** How long one command may take before the caller falls back to its own memory: Redis answers in well under 1 ms. */
const COMMAND_TIMEOUT_MS = 500;

const MINUTE = 60_000;

/**
 * The token bucket of ../../../gateway/src/rate-limit.ts in one atomic step, so gateways that share a key cannot
 * both spend its last token. KEYS[1]: the bucket, a hash of `tokens` and `at` (ms). ARGV: now (ms), tokens per
 * minute, cost (0: only look, write nothing). Answers 0 when allowed, else the milliseconds until it would be.
 * The key expires when the bucket would be full again: a full bucket is the same as none.
 */
const TOKEN_BUCKET_SCRIPT = `
local now = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local window = ${MINUTE}
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
-- A replica whose clock is behind must not take tokens back.
if now > at then
  tokens = math.min(capacity, tokens + (now - at) * capacity / window)
  at = now
end
if cost == 0 then
  if tokens >= 1 then return 0 end
  return math.ceil((1 - tokens) * window / capacity)
end
local wait = 0
if tokens >= cost then
  tokens = tokens - cost
else
  wait = math.ceil((cost - tokens) * window / capacity)
end
-- All 17 digits: the same doubles as the in-memory buckets, not Lua's rounded tostring.
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) * window / capacity) + 1000)
return wait
`;

/**
 * The Redis key of a bucket: its kind as given (`ip:`, `sub:`, `failed-sign-in:`), then a digest of whose it is. A
 * client's address and a `sub` are personal data: Redis holds neither in clear, only what tells two callers apart
 * (an address's digest can still be found by trying every address; docs/operations.md says so).
 */
export function bucketKey(prefix: string, key: string): string {
  const kind = key.slice(0, key.indexOf(':') + 1);
  const whose = createHash('sha256').update(key.slice(kind.length)).digest('base64url').slice(0, 22);
  return `${prefix}rate:${kind}${whose}`;
}

type SharedStateRedis = Redis & {
  veiinnTokenBucket(key: string, now: number, perMinute: number, cost: number): Promise<number>;
};

/** The process's connection to Redis and what Veiinn keeps there; `openSharedState` makes one. */
export interface SharedState {
  /** For `createCallerVerifier` (see `SubgraphTrustOptions.replayCache`): a token used once anywhere is refused. */
  readonly replayCache: ReplayStore;
  /**
   * Spends `cost` tokens of the bucket `key` (`cost` 0: only looks); 0 when allowed, else the wait in ms. Rejects
   * when Redis does not answer: the caller decides what an outage means (the gateway's limiter uses its own memory).
   */
  tokenBucket(key: string, perMinute: number, now: number, cost: number): Promise<number>;
  /** Logs the outage (at most once every 10 s) and counts the fallback (`veiinn_shared_state_fallbacks_total`). */
  fellBack(what: string, error: unknown): void;
  /** Resolves true once connected, false if not within `timeoutMs`; the client goes on trying either way. */
  ready(timeoutMs?: number): Promise<boolean>;
  /** Closes the connection; commands after it fall back. */
  close(): Promise<void>;
}

/**
 * One Redis client for the process. Commands are never queued while the connection is down (`enableOfflineQueue`
 * off) and time out after 500 ms: a request must not wait for Redis to come back, it falls back at once.
 */
export function openSharedState(settings: RedisSettings, logger: Logger): SharedState {
  const prefix = settings.keyPrefix ?? DEFAULT_REDIS_KEY_PREFIX;
  const redis = new Redis(settings.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    // ioredis waits this long for a socket that is already gone (refused) to close, holding the process open.
    disconnectTimeout: 100,
    // Keeps trying, at most every 2 s, for as long as the process lives.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  }) as SharedStateRedis;
  // EVALSHA, and the script is loaded again by ioredis when Redis answers NOSCRIPT (after a restart).
  redis.defineCommand('veiinnTokenBucket', { numberOfKeys: 1, lua: TOKEN_BUCKET_SCRIPT });

  let warnedAt = -Infinity;
  let down = false;
  const warn = (what: string, error: unknown) => {
    down = true;
    const time = Date.now();
    if (time - warnedAt < SHARED_STATE_WARNING_INTERVAL_MS) return;
    warnedAt = time;
    logger.warn('Redis does not answer: using this process memory instead', {
      what,
      error: error instanceof Error ? error.message : String(error),
    });
  };
  const fellBack = (what: string, error: unknown) => {
    processMetrics.sharedStateFallbacks++;
    warn(what, error);
  };
  // Without a listener ioredis prints every failed reconnection itself; logged like a fallback, not counted as one.
  redis.on('error', (error: Error) => warn('connection', error));
  redis.on('ready', () => {
    if (down) logger.info('Redis answers again: shared state back in use');
    down = false;
  });

  const replayCache = new SharedReplayCache(redis, `${prefix}replay:`, fellBack);
  return {
    replayCache,
    tokenBucket: (key, perMinute, now, cost) => redis.veiinnTokenBucket(bucketKey(prefix, key), now, perMinute, cost),
    fellBack,
    ready(timeoutMs = 2_000) {
      if (redis.status === 'ready') return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (answer: boolean) => {
          clearTimeout(timer);
          redis.off('ready', onReady);
          resolve(answer);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        redis.on('ready', onReady);
      });
    },
    async close() {
      if (redis.status === 'ready') {
        try {
          await redis.quit();
          return;
        } catch {
          // Disconnected below.
        }
      }
      redis.disconnect();
    },
  };
}

/**
 * Internal tokens used once by any process that shares the Redis: `SET key 1 NX PXAT <exp>` remembers a `jti` until
 * its token expires, atomically, so two replicas cannot both accept it. The process's own `ReplayCache` is asked
 * first (a replay to the same process costs no round trip) and remembers every token too, so that while Redis is
 * down (see `fellBack`) a token is still refused a second time by the same process; only a replay to another
 * replica during the outage can pass.
 */
class SharedReplayCache implements ReplayStore {
  private readonly local = new ReplayCache();
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly fellBack: (what: string, error: unknown) => void,
  ) {}

  async accept(key: string, expiresAt: number, now = Date.now()): Promise<boolean> {
    if (!this.local.accept(key, expiresAt, now)) return false;
    try {
      return (await this.redis.set(`${this.prefix}${key}`, '1', 'PXAT', expiresAt, 'NX')) === 'OK';
    } catch (error) {
      this.fellBack('replay cache', error);
      return true;
    }
  }
}
