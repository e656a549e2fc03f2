import type { EntityManager } from '@mikro-orm/core';
import { FailedPreconditionError } from '@veiinn/kit';
import type { Offer } from '../offer/offer.entity';
import { DecisionAuthority } from '../offer/offer.enums';
import { Provider, ProviderKind } from '../provider/provider.entity';
import { WaitingEntry } from './waiting-entry.entity';

/**
 * NAV's statuses that mean NAV has granted the place (its vedtak on the participant record): the person waits for
 * the start (VENTER_PA_OPPSTART) or takes part (DELTAR).
 */
export const NAV_GRANT_STATUSES: readonly string[] = ['VENTER_PA_OPPSTART', 'DELTAR'];

/**
 * Whether the reason a NAV waiting entry left the list is NAV's grant. The NAV adapter publishes a record's waiting
 * state with the status it left the list for as `leftReason` ("VENTER_PA_OPPSTART", "DELTAR", or
 * "IKKE_AKTUELL/FIKK_IKKE_PLASS" and the like), so the grant reaches the hub on the feed it already reads.
 */
export function isNavGrant(leftReason: string | null): boolean {
  return leftReason !== null && NAV_GRANT_STATUSES.includes(leftReason.split('/')[0]);
}

/**
 * The offers among `offerIds` for which the hub holds NAV's grant for the participant: a waiting entry from the feed
 * of a state agency (NAV, `STATE_AGENCY` in the registry; never the hub's own list) that left the list for a
 * granting status. A grant to someone who was never on NAV's waiting list does not reach the hub this way.
 */
export async function navGrantedOfferIds(
  em: EntityManager,
  participantId: string,
  offerIds: readonly string[],
): Promise<Set<string>> {
  if (!offerIds.length) return new Set();
  const agencies = await em.find(Provider, { kind: ProviderKind.STATE_AGENCY }, { fields: ['id'] });
  if (!agencies.length) return new Set();
  const entries = await em.find(WaitingEntry, {
    participantId,
    offerId: { $in: [...offerIds] },
    sourceId: { $in: agencies.map((a) => a.id) },
    leftOn: { $ne: null },
  });
  return new Set(entries.filter((e) => isNavGrant(e.leftReason)).map((e) => e.offerId!));
}

/**
 * DECIDED_BY_NAV unless the hub holds NAV's grant for the participant in every offer among `offers` that NAV decides
 * (a state place: VTA, AFT, VTAO). The hub must not ask Arba to start one on a flow meeting's word alone.
 */
export async function assertNavGranted(
  em: EntityManager,
  participantId: string,
  offers: readonly Pick<Offer, 'id' | 'titleNb' | 'decidedBy'>[],
): Promise<void> {
  const byNav = offers.filter((o) => o.decidedBy === DecisionAuthority.NAV);
  const granted = await navGrantedOfferIds(
    em,
    participantId,
    byNav.map((o) => o.id),
  );
  const ungranted = byNav.filter((o) => !granted.has(o.id));
  if (!ungranted.length) return;
  const titles = ungranted.map((o) => o.titleNb).join(', ');
  throw new FailedPreconditionError(
    'DECIDED_BY_NAV',
    `NAVs vedtak mangler: NAV bestemmer over ${titles}, og huben har ikke NAVs tildeling for deltakeren. / ` +
      `NAV’s decision is missing: NAV decides on ${titles}, and the hub holds no grant from NAV for this participant.`,
    { offerIds: ungranted.map((o) => o.id) },
  );
}
