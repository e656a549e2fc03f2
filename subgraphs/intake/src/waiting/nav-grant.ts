import type { EntityManager } from '@mikro-orm/core';
import { HUB_WAITING_SOURCE, WaitingEntry } from './waiting-entry.entity';

/**
 * NAV's statuses that mean NAV has granted the place (its vedtak on the participant record): the person waits for
 * the start (VENTER_PA_OPPSTART) or takes part (DELTAR).
 */
export const NAV_GRANT_STATUSES: readonly string[] = ['VENTER_PA_OPPSTART', 'DELTAR'];

/**
 * Whether a waiting entry shows NAV's grant: an entry from a feed (not the hub's own) that left NAV's waiting list
 * for a granting status. The NAV adapter publishes a record's waiting state with the status it left the list for
 * as `leftReason` ("VENTER_PA_OPPSTART", "DELTAR", or "HAR_SLUTTET/SYK" and the like), so the grant reaches the hub
 * on the feed it already reads. A grant of someone who was never on NAV's list does not reach the hub this way.
 */
export function showsNavGrant(entry: Pick<WaitingEntry, 'sourceId' | 'leftReason'>): boolean {
  if (entry.sourceId === HUB_WAITING_SOURCE || entry.leftReason === null) return false;
  const status = entry.leftReason.split('/')[0];
  return NAV_GRANT_STATUSES.includes(status);
}

/** The offers among `offerIds` for which the hub holds NAV's grant for the participant: one query. */
export async function navGrantedOfferIds(
  em: EntityManager,
  participantId: string,
  offerIds: readonly string[],
): Promise<Set<string>> {
  if (!offerIds.length) return new Set();
  const entries = await em.find(WaitingEntry, {
    participantId,
    offerId: { $in: [...offerIds] },
    sourceId: { $ne: HUB_WAITING_SOURCE },
    leftOn: { $ne: null },
  });
  return new Set(entries.filter(showsNavGrant).map((e) => e.offerId!));
}
