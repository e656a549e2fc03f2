import type { EntityManager } from '@mikro-orm/core';
import { Offer, Provider } from '../../catalogue';
import { Placement, HUB_WAITING_SOURCE, HubLeftReason, WaitingEntry } from '../../network';
import {
  placingProvider,
  type PlacementResult,
  type ProviderCall,
  type ProviderClient,
} from '../provider-client/provider-client';
import { Decision } from './decision.entity';
import { DecisionPlacementStatus } from './decision.enums';

/** The participant got the offer: the hub's own waiting entries for it are left (never deleted) as PLACED. */
export async function leaveWaitingListsAsPlaced(
  em: EntityManager,
  participantId: string,
  offerId: string,
  today: string,
): Promise<void> {
  const open = await em.find(WaitingEntry, { sourceId: HUB_WAITING_SOURCE, participantId, offerId, leftOn: null });
  for (const entry of open)
    Object.assign(entry, { leftOn: today, leftReason: HubLeftReason.PLACED, updatedAt: new Date() });
}

/**
 * Asks the provider for the placement of a granted decision, outside any transaction (a provider may be slow), and
 * then stores its answer in a transaction of its own. The decision was written before (PLACEMENT_REQUESTED), so a
 * crash or an unreachable provider leaves it asking to be retried, never a placement the hub does not know of.
 *
 * Idempotency: the hub asks through the placement protocol with the key `decision:<id>`, so a retry after a lost
 * answer gets the placement the first ask made; and each provider refuses a second overlapping placement of the same
 * participant in the same offer (ALREADY_PLACED). Before asking, the hub also looks in its own placement index for
 * the provider's placement of this participant in this offer from this start, and adopts it when the feed has brought
 * it.
 */
export async function requestDecisionPlacement(
  em: EntityManager,
  client: ProviderClient,
  decisionId: string,
  today: string,
  call?: ProviderCall,
): Promise<Decision> {
  const read = em.fork();
  const decision = await read.findOneOrFail(Decision, { id: decisionId });
  const offer = await read.findOneOrFail(Offer, { id: decision.offer!.id });
  const provider = await read.findOneOrFail(Provider, { id: offer.provider.id });
  const participantId = decision.participant.id;
  const known = await read.findOne(Placement, {
    providerId: provider.id,
    participantId,
    offerId: offer.id,
    startDate: decision.startDate!,
  });
  const placing = placingProvider(provider);
  let result: PlacementResult;
  if (known) result = { kind: 'created', placementId: known.id };
  else if (!placing)
    result = { kind: 'unreachable', message: `${provider.name} has no registered feed URL or subgraph.` };
  else {
    result = await client.startPlacement(
      placing,
      {
        participantId,
        offerId: offer.id,
        groupId: decision.groupId,
        daysPerWeek: decision.daysPerWeek,
        hoursPerWeek: decision.hoursPerWeek,
        startDate: decision.startDate!,
        idempotencyKey: `decision:${decisionId}`,
        decisionId,
      },
      call,
    );
  }
  return em.fork().transactional(async (tx) => {
    const stored = await tx.findOneOrFail(Decision, { id: decisionId });
    // Two attempts at once: the first answer that created the placement stands.
    if (stored.placementStatus === DecisionPlacementStatus.PLACEMENT_CREATED) return stored;
    stored.placementAttempts += 1;
    stored.placementRequestedAt = new Date();
    switch (result.kind) {
      case 'created':
        Object.assign(stored, {
          placementStatus: DecisionPlacementStatus.PLACEMENT_CREATED,
          placementId: result.placementId,
          placementError: null,
          refusalCode: null,
          refusalRule: null,
          refusalMessage: null,
        });
        await leaveWaitingListsAsPlaced(tx, participantId, offer.id, today);
        break;
      case 'refused':
        Object.assign(stored, {
          placementStatus: DecisionPlacementStatus.PLACEMENT_REFUSED,
          placementError: null,
          refusalCode: result.code.slice(0, 64),
          refusalRule: result.rule?.slice(0, 64) ?? null,
          refusalMessage: result.message,
        });
        break;
      case 'unreachable':
        Object.assign(stored, {
          placementStatus: DecisionPlacementStatus.PLACEMENT_REQUESTED,
          placementError: result.message,
        });
        break;
    }
    return stored;
  });
}
