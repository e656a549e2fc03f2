import type { EntityManager } from '@mikro-orm/core';
import { FailedPreconditionError, type NavGrantSnapshot } from '@veiinn/kit';
import { type Offer, DecisionAuthority, Provider, ProviderKind } from '../../catalogue';
import { Participant } from '../../people';
import { NavGrant, NavGrantChange } from './nav-grant.entity';
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
 * The offers among `offerIds` for which the hub holds NAV's grant for the participant. NAV's `nav-grant` events
 * (NavGrant, matched by `personRef`) decide: a grant held, or withdrawn. For a NAV record the hub has no grant event
 * of (applied before the adapter published them), the older reading stands: NAV's waiting entry (from the feed of a
 * `STATE_AGENCY`, never the hub's own list) that left the list for a granting status.
 */
export async function navGrantedOfferIds(
  em: EntityManager,
  participantId: string,
  offerIds: readonly string[],
): Promise<Set<string>> {
  if (!offerIds.length) return new Set();
  const participant = await em.findOne(Participant, { id: participantId }, { fields: ['id', 'personRef'] });
  const grants = participant?.personRef
    ? await em.find(NavGrant, { personRef: participant.personRef, offerId: { $in: [...offerIds] } })
    : [];
  const granted = new Set(grants.filter((g) => g.granted).map((g) => g.offerId!));
  const agencies = await em.find(Provider, { kind: ProviderKind.STATE_AGENCY }, { fields: ['id'] });
  if (!agencies.length) return granted;
  const entries = await em.find(WaitingEntry, {
    participantId,
    offerId: { $in: [...offerIds] },
    sourceId: { $in: agencies.map((a) => a.id) },
    leftOn: { $ne: null },
  });
  // A record with grant events is read from them alone: its waiting entry keeps "DELTAR" after the grant ended.
  const withEvents = new Set(grants.map((g) => `${g.sourceId}/${g.id}`));
  for (const entry of entries) {
    if (!withEvents.has(`${entry.sourceId}/${entry.id}`) && isNavGrant(entry.leftReason)) granted.add(entry.offerId!);
  }
  return granted;
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
    {
      nb: `NAVs vedtak mangler. NAV bestemmer over ${titles}, og huben har ikke fått NAVs tildeling for deltakeren.`,
      en: `NAV’s decision is missing: NAV decides on ${titles}, and the hub holds no grant from NAV for this participant.`,
    },
    { offerIds: ungranted.map((o) => o.id) },
  );
}

/**
 * Applies one `nav-grant` event's state to the grant (created when new) and adds it to the grant's history: NAV's
 * `data` (a snapshot), or null when NAV deleted the record, which withdraws a grant as REMOVED_AT_SOURCE on `day`.
 * Never deletes. Returns the grant, or null for a deletion of a record the hub never had a grant of.
 */
export function recordNavGrant(
  em: EntityManager,
  sourceId: string,
  existing: NavGrant | null,
  event: { id: string; version: number; data: NavGrantSnapshot | null },
  day: string,
): NavGrant | null {
  const { data } = event;
  if (data === null) {
    if (!existing) return null;
    if (existing.granted) {
      Object.assign(existing, { granted: false, withdrawnOn: day, withdrawalReason: REMOVED_AT_SOURCE });
    }
    Object.assign(existing, { feedVersion: event.version, updatedAt: new Date() });
    addChange(em, existing);
    return existing;
  }
  const grant = existing ?? em.create(NavGrant, { id: event.id, sourceId } as never);
  const newlyGranted = data.granted && !existing?.granted;
  Object.assign(grant, {
    personRef: data.personRef,
    offerId: data.offerId,
    measureCode: data.measureCode,
    description: data.description,
    granted: data.granted,
    status: data.status,
    statusOn: data.statusOn,
    startDate: data.from,
    grantedOn: newlyGranted ? data.statusOn : (grant.grantedOn ?? null),
    withdrawnOn: data.granted ? null : data.statusOn,
    withdrawalReason: data.granted ? null : data.reason,
    feedVersion: event.version,
    updatedAt: new Date(),
  });
  addChange(em, grant);
  return grant;
}

/** The reason of a grant withdrawn because NAV deleted its record. */
export const REMOVED_AT_SOURCE = 'REMOVED_AT_SOURCE';

function addChange(em: EntityManager, grant: NavGrant): void {
  em.persist(
    em.create(NavGrantChange, {
      grant,
      feedVersion: grant.feedVersion,
      granted: grant.granted,
      status: grant.status,
      statusOn: grant.withdrawnOn ?? grant.statusOn,
      reason: grant.withdrawalReason,
      receivedAt: new Date(),
    }),
  );
}
