import type { Logger, SubgraphTrustOptions } from '@veiinn/kit';
import type { Express } from 'express';
import { randomUUID } from 'node:crypto';
import { gatewayOnly } from '../../common/gateway-only';

/** How long `GET /changes` waits for a change before it answers the same version (below clients' idle timeouts). */
export const CHANGES_WAIT_MS = 25_000;

/**
 * A counter of the hub's public data (the catalogue, offers, capacity), bumped after every committed write that can
 * change it: a feed page that applied events, and every mutation the hub served. The gateway's response cache
 * watches it (`GET /changes`) and empties itself on every bump; bumping too often only costs cache hits, missing one
 * would serve an old answer, so the rule is wide. `instance` is new at every start: a gateway that sees another one
 * knows the counter started again and cannot compare versions.
 */
export class PublicDataVersion {
  readonly instance = randomUUID();
  private current = 0;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  get version(): number {
    return this.current;
  }

  bump(): void {
    this.current += 1;
    this.release();
  }

  /** Resolves with the version once it is newer than `after`, or after `waitMs` (or `close`) with the same one. */
  async newerThan(after: number, waitMs = CHANGES_WAIT_MS, signal?: AbortSignal): Promise<number> {
    if (this.current !== after || this.closed) return this.current;
    await new Promise<void>((done) => {
      const finish = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        this.waiters.delete(finish);
        done();
      };
      const timer = setTimeout(finish, waitMs);
      signal?.addEventListener('abort', finish);
      this.waiters.add(finish);
    });
    return this.current;
  }

  /** Answers every waiting request now and every later one at once: the hub is stopping, and a held request would hold up its drain. */
  close(): void {
    this.closed = true;
    this.release();
  }

  private release(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

/**
 * `GET /changes?after=<version>`: answers `{ version, instance }` at once when the hub's public data version is not
 * `after` (newer, or another instance's), else when it changes, or after CHANGES_WAIT_MS with the same version.
 * With service trust only the gateway's own token (caller `veiinn-gateway`, role `service`) is accepted, as for
 * `/audit`: 401 without a valid token, 403 for any other caller. Nothing in the answer is anyone's data.
 */
export function changesRoute(
  app: Express,
  version: PublicDataVersion,
  logger: Logger,
  trust?: SubgraphTrustOptions,
): void {
  const guard = gatewayOnly(trust, logger, {
    forbidden: 'Bare gatewayen har tilgang. / Only the gateway may watch the changes.',
    refused: 'Refused a change watch',
  });
  app.get('/changes', guard, async (req, res) => {
    const after = Number(req.query.after);
    // A client that leaves stops its wait; a missing or malformed `after` is answered at once.
    const gone = new AbortController();
    res.on('close', () => gone.abort());
    const current = Number.isInteger(after)
      ? await version.newerThan(after, CHANGES_WAIT_MS, gone.signal)
      : version.version;
    if (!res.writableEnded && !gone.signal.aborted) {
      res.setHeader('cache-control', 'no-store');
      res.json({ version: current, instance: version.instance });
    }
  });
}

/**
 * Bumps `version` after every mutation the hub answers (its `/graphql`, registered before the GraphQL route): the
 * text is checked only for the word, as any mutation, even a refused one, may be taken as a change.
 */
export function bumpAfterMutations(app: Express, version: PublicDataVersion): void {
  app.use('/graphql', (req, res, next) => {
    res.on('finish', () => {
      const query = (req.body as { query?: unknown } | undefined)?.query;
      if (typeof query === 'string' && /\bmutation\b/.test(query)) version.bump();
    });
    next();
  });
}
