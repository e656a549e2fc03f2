import type { MikroORM } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import { errorBody, ErrorCode } from '@veiinn/contracts';
import { FEED_PAGE_DEFAULT, FEED_PAGE_MAX, readFeedPage } from './outbox';

interface Problem {
  nb: string;
  en: string;
}

function parseCount(value: unknown, name: string, fallback: number, min: number, max: number): number | Problem {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) {
    return { nb: `«${name}» må være et helt tall`, en: `${name} must be a whole number` };
  }
  const n = Number(value);
  if (n < min || n > max) {
    return { nb: `«${name}» må være fra ${min} til ${max}`, en: `${name} must be between ${min} and ${max}` };
  }
  return n;
}

/**
 * `GET /feed?after=<sequence>&limit=<n>`: the subgraph's change feed (protocol in ./protocol.ts). `after` defaults
 * to 0 (from the start), `limit` to 200 (at most 1000). Bad parameters give 400 in the error contract's shape (`errors`, code, bokmål / English), like every other refusal.
 */
export function feedHandler(orm: MikroORM) {
  return async (req: Request, res: Response) => {
    const after = parseCount(req.query.after, 'after', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = parseCount(req.query.limit, 'limit', FEED_PAGE_DEFAULT, 1, FEED_PAGE_MAX);
    const problems = [after, limit].filter((v): v is Problem => typeof v !== 'number');
    if (problems.length) {
      const message = `${problems.map((p) => p.nb).join('; ')}. / ${problems.map((p) => p.en).join('; ')}.`;
      res.status(400).json(errorBody(ErrorCode.BAD_USER_INPUT, message));
      return;
    }
    res.json(await readFeedPage(orm.em.fork(), after as number, limit as number));
  };
}
