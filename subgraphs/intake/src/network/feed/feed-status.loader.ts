import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Provider, type FeedStatus } from '../../catalogue';
import { FeedCursor, FeedRejection } from './feed.entities';

/** Feed status of many providers in three queries; null for a provider without a feed. */
export function feedStatusLoader(em: EntityManager) {
  return new DataLoader<string, FeedStatus | null>(async (providerIds) => {
    const ids = [...providerIds];
    const providers = await em.find(Provider, { id: { $in: ids }, feedUrl: { $ne: null } });
    const cursors = new Map((await em.find(FeedCursor, { providerId: { $in: ids } })).map((c) => [c.providerId, c]));
    const rejected = new Map<string, number>();
    for (const r of await em.find(FeedRejection, { providerId: { $in: ids } }, { fields: ['providerId'] })) {
      rejected.set(r.providerId, (rejected.get(r.providerId) ?? 0) + 1);
    }
    const byId = new Map(
      providers.map((p): [string, FeedStatus] => {
        const c = cursors.get(p.id);
        return [
          p.id,
          {
            providerId: p.id,
            url: p.feedUrl!,
            lastSequence: c?.lastSequence ?? 0,
            head: c?.head ?? 0,
            behind: Math.max((c?.head ?? 0) - (c?.lastSequence ?? 0), 0),
            eventsApplied: c?.eventsApplied ?? 0,
            rejectedEvents: rejected.get(p.id) ?? 0,
            lastSyncedAt: c?.lastSyncedAt ?? null,
            lastError: c?.lastError ?? null,
            lastErrorAt: c?.lastErrorAt ?? null,
          },
        ];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}
