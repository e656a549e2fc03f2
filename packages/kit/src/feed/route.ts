import type { MikroORM } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import { ErrorCode } from '../errors';
import { FEED_PAGE_DEFAULT, FEED_PAGE_MAX, readFeedPage } from './outbox';

function parseCount(value: unknown, name: string, fallback: number, min: number, max: number): number | string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return `${name} must be a whole number`;
  const n = Number(value);
  if (n < min || n > max) return `${name} must be between ${min} and ${max}`;
  return n;
}

/**
 * `GET /feed?after=<sequence>&limit=<n>`: the subgraph's change feed (protocol in ./protocol.ts). `after` defaults
 * to 0 (from the start), `limit` to 200 (at most 1000). Bad parameters give 400 with the error contract's code.
 */
export function feedHandler(orm: MikroORM) {
  return async (req: Request, res: Response) => {
    const after = parseCount(req.query.after, 'after', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = parseCount(req.query.limit, 'limit', FEED_PAGE_DEFAULT, 1, FEED_PAGE_MAX);
    const problems = [after, limit].filter((v): v is string => typeof v === 'string');
    if (problems.length) {
      res.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: problems.join('; ') } });
      return;
    }
    res.json(await readFeedPage(orm.em.fork(), after as number, limit as number));
  };
}
