import { ANONYMOUS_CALLER, ErrorCode, type Caller } from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import type { Request, RequestHandler } from 'express';
import { countRateLimited } from './metrics';

/** Requests per minute, per signed-in identity and per address of anonymous callers; 0 turns a limit off. */
export interface RateLimitOptions {
  /** Per JWT `sub` (default 600). */
  perMinute: number;
  /** Per client address, for callers without a token (default 120). */
  anonymousPerMinute: number;
  /** Refused tokens per client address (default 30); see `signInMiddleware`. */
  failedSignInsPerMinute?: number;
  /** The clock, in milliseconds; tests pass their own to move time without waiting. */
  now?: () => number;
}

/** Refused sign-ins a minute from one address before its tokens are not even checked; 0: no limit. */
export const DEFAULT_FAILED_SIGN_INS_PER_MINUTE = 30;

export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  perMinute: 600,
  anonymousPerMinute: 120,
  failedSignInsPerMinute: DEFAULT_FAILED_SIGN_INS_PER_MINUTE,
};

/** What `rateLimitMiddleware` and the failed sign-in limit count with: in memory (a number) or in Redis (a promise). */
export interface RateLimiter {
  take(key: string, perMinute: number, cost?: number): number | Promise<number>;
  wait(key: string, perMinute: number): number | Promise<number>;
}

interface Bucket {
  tokens: number;
  at: number;
  capacity: number;
}

const MINUTE = 60_000;

/** The client's address as Express sees it (`trust proxy` decides whether `X-Forwarded-For` counts). */
export const clientAddress = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** A wait in milliseconds as the whole seconds of a `Retry-After` header, at least 1. */
export const retryAfterSeconds = (waitMs: number) => Math.max(1, Math.ceil(waitMs / 1000));

/**
 * Token buckets in this process's memory: each key holds up to `perMinute` tokens and gets them back evenly over a
 * minute, so a client may burst its minute's worth and then goes at the steady rate. With several gateway
 * instances each counts alone (the real limit is n times the setting): with REDIS_URL they share buckets in Redis
 * instead (./shared-rate-limit.ts).
 * `take` spends tokens; `wait` only looks. Both answer 0 when allowed, else the milliseconds until it would be.
 */
export function createRateLimiter(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();
  let sweptAt = now();

  /** Buckets that have filled up again hold nothing worth keeping; drop them once a minute. */
  const sweep = (time: number) => {
    if (time - sweptAt < MINUTE) return;
    sweptAt = time;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + ((time - bucket.at) * bucket.capacity) / MINUTE >= bucket.capacity) buckets.delete(key);
    }
  };

  /** The bucket of `key` refilled up to now, or a full one (not stored until something is spent from it). */
  const current = (key: string, perMinute: number, time: number): Bucket => {
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: time, capacity: perMinute };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((time - bucket.at) * perMinute) / MINUTE);
    bucket.at = time;
    bucket.capacity = perMinute;
    return bucket;
  };
  const waitFor = (bucket: Bucket, cost: number, perMinute: number) =>
    Math.ceil(((cost - bucket.tokens) * MINUTE) / perMinute);

  return {
    take(key: string, perMinute: number, cost = 1): number {
      if (perMinute <= 0) return 0;
      const time = now();
      sweep(time);
      const bucket = current(key, perMinute, time);
      buckets.set(key, bucket);
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return 0;
      }
      return waitFor(bucket, cost, perMinute);
    },
    wait(key: string, perMinute: number): number {
      if (perMinute <= 0 || !buckets.has(key)) return 0;
      const bucket = current(key, perMinute, now());
      return bucket.tokens >= 1 ? 0 : waitFor(bucket, 1, perMinute);
    },
    /** How many keys are held (bounded by the sweep: only buckets not yet refilled stay). */
    get size() {
      return buckets.size;
    },
  };
}

/**
 * Express middleware after sign-in: counts the request against the caller's identity, or its address when it has
 * no token, and answers HTTP 429 with `Retry-After` (seconds) and RATE_LIMITED when the bucket is empty.
 */
export function rateLimitMiddleware(
  options: RateLimitOptions,
  logger: Logger,
  limiter: RateLimiter = createRateLimiter(options),
): RequestHandler {
  return (req, res, next) => {
    const caller = res.locals.caller as Caller | undefined;
    const anonymous = !caller || caller.sub === ANONYMOUS_CALLER.sub;
    const key = anonymous ? `ip:${clientAddress(req)}` : `sub:${caller.sub}`;
    const limit = anonymous ? options.anonymousPerMinute : options.perMinute;
    const answer = (waitMs: number) => {
      if (waitMs === 0) return next();
      const seconds = retryAfterSeconds(waitMs);
      logger.info('Rate limited', { key, limit });
      countRateLimited(anonymous ? 'address' : 'identity');
      res.setHeader('retry-after', String(seconds));
      res.status(429).json({
        errors: [
          {
            message:
              `For mange forespørsler (høyst ${limit} i minuttet); prøv igjen om ${seconds} s. / ` +
              `Too many requests (at most ${limit} a minute${anonymous ? ' from one address without sign-in' : ''}); ` +
              `retry after ${seconds} s.`,
            extensions: { code: ErrorCode.RATE_LIMITED, limit, retryAfterSeconds: seconds },
          },
        ],
      });
    };
    // In memory the answer is a number, handled at once; only Redis's is awaited.
    const taken = limiter.take(key, limit);
    if (typeof taken === 'number') return answer(taken);
    taken.then(answer, next);
  };
}
