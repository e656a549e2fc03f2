import { ErrorCode, type Caller, type Logger } from '@veiinn/kit';
import type { RequestHandler } from 'express';

/** Requests per minute, per signed-in identity and per address of anonymous callers; 0 turns a limit off. */
export interface RateLimitOptions {
  /** Per JWT `sub` (default 600). */
  perMinute: number;
  /** Per client address, for callers without a token (default 120). */
  anonymousPerMinute: number;
  /** The clock, in milliseconds; tests pass their own to move time without waiting. */
  now?: () => number;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = { perMinute: 600, anonymousPerMinute: 120 };

interface Bucket {
  tokens: number;
  at: number;
}

const MINUTE = 60_000;

/**
 * Token buckets in this process's memory: each key holds up to `perMinute` tokens and gets them back evenly over a
 * minute, so a client may burst its minute's worth and then goes at the steady rate. With several gateway
 * instances each counts alone (the real limit is n times the setting); a shared store (Redis) would fix that.
 */
export function createRateLimiter(options: RateLimitOptions) {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, Bucket>();
  let sweptAt = now();

  /** Buckets that have filled up again hold nothing worth keeping; drop them once a minute. */
  const sweep = (time: number, capacityOf: (key: string) => number) => {
    if (time - sweptAt < MINUTE) return;
    sweptAt = time;
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + ((time - bucket.at) * capacityOf(key)) / MINUTE >= capacityOf(key)) buckets.delete(key);
    }
  };

  /** Takes `cost` tokens for `key`; answers 0 when allowed, else the milliseconds until it would be. */
  return (key: string, perMinute: number, cost = 1): number => {
    if (perMinute <= 0) return 0;
    const time = now();
    sweep(time, (k) => (k.startsWith('sub:') ? options.perMinute : options.anonymousPerMinute));
    const bucket = buckets.get(key) ?? { tokens: perMinute, at: time };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((time - bucket.at) * perMinute) / MINUTE);
    bucket.at = time;
    buckets.set(key, bucket);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return 0;
    }
    return Math.ceil(((cost - bucket.tokens) * MINUTE) / perMinute);
  };
}

/**
 * Express middleware after sign-in: counts the request against the caller's identity, or its address when it has
 * no token, and answers HTTP 429 with `Retry-After` (seconds) and RATE_LIMITED when the bucket is empty.
 */
export function rateLimitMiddleware(options: RateLimitOptions, logger: Logger): RequestHandler {
  const take = createRateLimiter(options);
  return (req, res, next) => {
    const caller = res.locals.caller as Caller | undefined;
    const anonymous = !caller || caller.sub === 'anonymous';
    const key = anonymous ? `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}` : `sub:${caller.sub}`;
    const limit = anonymous ? options.anonymousPerMinute : options.perMinute;
    const waitMs = take(key, limit);
    if (waitMs === 0) return next();
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    logger.info('Rate limited', { key, limit });
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
}
