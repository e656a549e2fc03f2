import { type RedisSettings } from '@veiinn/contracts';
import { openSharedState, type Logger, type SharedState } from '@veiinn/service';
import { createRateLimiter, type RateLimiter } from './rate-limit';

/**
 * The token buckets of `createRateLimiter`, kept in Redis so that every gateway behind one address (replicas,
 * GATEWAY_WORKERS) counts against one limit. While Redis does not answer, the process's own buckets count instead:
 * a request is never refused because Redis is down, and the limit is then per process, as without Redis.
 */
export function createSharedRateLimiter(shared: SharedState, options: { now?: () => number } = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const local = createRateLimiter(options);
  const ask = async (key: string, perMinute: number, cost: number, fallback: () => number) => {
    if (perMinute <= 0) return 0;
    try {
      return await shared.tokenBucket(key, perMinute, now(), cost);
    } catch (error) {
      shared.fellBack('rate limit', error);
      return fallback();
    }
  };
  return {
    take: (key, perMinute, cost = 1) => ask(key, perMinute, cost, () => local.take(key, perMinute, cost)),
    wait: (key, perMinute) => ask(key, perMinute, 0, () => local.wait(key, perMinute)),
  };
}

/** The shared limiter when the gateway has Redis, else the in-memory one, unchanged. */
export const rateLimiterFor = (shared: SharedState | undefined, options: { now?: () => number }): RateLimiter =>
  shared ? createSharedRateLimiter(shared, options) : createRateLimiter(options);

/**
 * The gateway process's Redis client, or none without settings. Waits a moment for the connection, so the first
 * requests are counted in Redis; if it does not come the gateway starts anyway and counts in memory meanwhile.
 */
export async function openGatewaySharedState(
  settings: RedisSettings | undefined,
  logger: Logger,
): Promise<SharedState | undefined> {
  if (!settings) return undefined;
  const shared = openSharedState(settings, logger);
  if (!(await shared.ready())) logger.warn('Redis does not answer yet: rate limits count in memory until it does');
  return shared;
}
