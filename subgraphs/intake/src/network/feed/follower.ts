import type { MikroORM } from '@mikro-orm/core';
import { FeedReadError, fetchFeedPage, type Logger } from '@veiinn/kit';
import { Provider } from '../../catalogue';
import { applyFeedEvents } from './apply';
import { feedMetrics } from './feed-metrics';
import { FeedCursor } from './feed.entities';

/** What a feed read needs to know of the provider: its id and subgraph (the audience of the hub's token for it). */
export type FeedProvider = Pick<Provider, 'id' | 'subgraph'>;

export interface FeedFollowerOptions {
  /** Pause between rounds when every feed is caught up (default 1000 ms). */
  pollIntervalMs?: number;
  /** Events asked for per page (default 500); each page is applied in one transaction. */
  batchSize?: number;
  /**
   * Headers for one feed request to a provider: the hub's service token for the provider's subgraph (made per
   * request, so it is always fresh; see `feedHeaders` in subgraph.ts).
   */
  headers?: (provider: FeedProvider) => Promise<Record<string, string>> | Record<string, string>;
  /** Called after each committed page that applied events (the hub's public data version, ./changes.ts). */
  onApplied?: () => void;
  /** The hub's day, recorded on the placements it learns of (statistics of past days count what was known then). */
  today?: () => string;
  logger: Logger;
}

export interface ProviderSyncResult {
  providerId: string;
  applied: number;
  lastSequence: number;
  head: number;
  error?: string;
}

/** The longest a provider whose feed failed waits before it is read again. */
export const MAX_BACKOFF_MS = 60_000;

/** Thrown inside a page's transaction when another follower moved the cursor first: the page is rolled back. */
class CursorMoved extends Error {}

/**
 * Follows the change feed of every provider in the registry that has a feed URL, and keeps the hub's catalogue,
 * placement index and waiting list up to date. Providers are read from the registry each round, so registering a
 * provider (or changing its URL) takes effect without a restart.
 *
 * Each page is applied in one transaction together with the cursor, and the cursor is only moved if it still is
 * where the page started (compare-and-set). A crash at any point, of the hub or the provider, leaves the cursor at
 * the last page applied; a second hub instance following the same feeds cannot apply a page twice.
 */
export class FeedFollower {
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  /** Providers whose feed is being read in the background now, by id: one read at a time per provider. */
  private readonly reading = new Map<string, Promise<unknown>>();
  /** Providers whose last read failed: how often in a row, and not before when to try again. */
  private readonly backoff = new Map<string, { failures: number; retryAt: number }>();

  constructor(
    private readonly orm: MikroORM,
    private readonly options: FeedFollowerOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads every feed until it is caught up (or fails), once. */
  async syncAll(): Promise<ProviderSyncResult[]> {
    const results: ProviderSyncResult[] = [];
    for (const provider of await this.providers()) results.push(await this.syncProvider(provider));
    return results;
  }

  /**
   * Starts following in the background: each poll interval, every provider whose feed is not being read already
   * and is not waiting out a back-off. Each provider is read on its own: one that hangs (until the read's timeout)
   * or is down holds up no other. After a failed read a provider waits twice as long as before (from the poll
   * interval up to `MAX_BACKOFF_MS`), so an outage costs a warning now and then, not one a second; the first
   * successful read catches up from the cursor, with nothing lost or applied twice.
   */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const interval = this.options.pollIntervalMs ?? 1000;
    const tick = async () => {
      try {
        for (const provider of await this.providers()) {
          if (this.reading.has(provider.id) || (this.backoff.get(provider.id)?.retryAt ?? 0) > this.now()) continue;
          const read = this.syncProvider(provider)
            .then((result) => this.noteOutcome(provider.id, result, interval))
            .catch((error) => this.options.logger.error('Feed read failed', { error: String(error) }))
            .finally(() => this.reading.delete(provider.id));
          this.reading.set(provider.id, read);
        }
      } catch (error) {
        this.options.logger.error('Feed round failed', { error: String(error) });
      }
      if (!this.stopped) this.timer = setTimeout(tick, interval);
    };
    void tick();
  }

  /** Stops following; resolves when the reads in progress have finished their current page. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.all(this.reading.values());
  }

  /** How the background reads stand: each provider in back-off, with its failures in a row and next attempt. */
  backoffs(): Record<string, { failures: number; retryAt: string }> {
    return Object.fromEntries(
      [...this.backoff].map(([id, { failures, retryAt }]) => [
        id,
        { failures, retryAt: new Date(retryAt).toISOString() },
      ]),
    );
  }

  private providers(): Promise<Provider[]> {
    return this.orm.em.fork().find(Provider, { feedUrl: { $ne: null } }, { orderBy: { id: 'asc' } });
  }

  private noteOutcome(providerId: string, result: ProviderSyncResult, interval: number): void {
    if (!result.error) {
      if (this.backoff.delete(providerId)) this.options.logger.info('Feed read again', { providerId });
      return;
    }
    const failures = (this.backoff.get(providerId)?.failures ?? 0) + 1;
    const waitMs = Math.min(MAX_BACKOFF_MS, interval * 2 ** (failures - 1));
    this.backoff.set(providerId, { failures, retryAt: this.now() + waitMs });
  }

  private async syncProvider(provider: Provider): Promise<ProviderSyncResult> {
    const em = this.orm.em.fork();
    let cursor = await em.findOne(FeedCursor, { providerId: provider.id });
    if (!cursor) {
      // Another hub instance may create it at the same moment; either row will do.
      await em
        .insert(FeedCursor, { providerId: provider.id, lastSequence: 0, head: 0, eventsApplied: 0 })
        .catch(() => undefined);
      cursor = await em.findOneOrFail(FeedCursor, { providerId: provider.id });
    }
    const result: ProviderSyncResult = {
      providerId: provider.id,
      applied: 0,
      lastSequence: cursor.lastSequence,
      head: cursor.head,
    };
    const batch = this.options.batchSize ?? 500;
    try {
      for (;;) {
        const from = result.lastSequence;
        const page = await fetchFeedPage(provider.feedUrl!, from, batch, {
          headers: await this.options.headers?.(provider),
        });
        if (page.head < from) {
          throw new FeedReadError(
            `The feed's newest event is ${page.head} but the hub has read up to ${from}: the provider's data was reset. ` +
              'Reset the cursor (reindex) after checking the provider.',
          );
        }
        const to = page.events.at(-1)?.sequence ?? from;
        let applied = 0;
        await this.orm.em.fork().transactional(async (tx) => {
          const summary = await applyFeedEvents(tx, provider, page.events, this.options.today?.());
          applied = summary.applied;
          await tx.flush();
          const moved = await tx.nativeUpdate(
            FeedCursor,
            { providerId: provider.id, lastSequence: from },
            {
              lastSequence: to,
              head: page.head,
              eventsApplied: cursor!.eventsApplied + result.applied + summary.applied,
              lastSyncedAt: new Date(),
              lastError: null,
              lastErrorAt: null,
            },
          );
          if (moved !== 1) throw new CursorMoved();
          result.applied += summary.applied;
        });
        if (applied) this.options.onApplied?.();
        result.lastSequence = to;
        result.head = page.head;
        if (page.events.length < batch || to >= page.head) break;
      }
      if (result.applied) this.options.logger.info('Applied feed events', { ...result });
      feedMetrics().read(provider.id, result.lastSequence, result.head, result.lastSequence >= result.head);
    } catch (error) {
      if (error instanceof CursorMoved) return result;
      feedMetrics().failed(provider.id);
      result.error = error instanceof Error ? error.message : String(error);
      this.options.logger.warn('Feed not read', { providerId: provider.id, error: result.error });
      await this.orm.em
        .fork()
        .nativeUpdate(FeedCursor, { providerId: provider.id }, { lastError: result.error, lastErrorAt: new Date() });
    }
    return result;
  }
}
