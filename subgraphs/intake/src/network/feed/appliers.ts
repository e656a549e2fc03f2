import type { EntityManager } from '@mikro-orm/core';
import {
  FeedRecordType,
  type FeedEventDto,
  type NavGrantSnapshot,
  type OfferSnapshot,
  type PlacementSnapshot,
  type WaitingSnapshot,
} from '@veiinn/kit';
import { searchTextOf } from '../../common/search';
import {
  Offer,
  Provider,
  ProviderKind,
  type DecisionAuthority,
  type IntakeMode,
  type OfferKind,
} from '../../catalogue';
import { Placement } from '../placement/placement.entity';
import { NavGrant } from '../waiting/nav-grant.entity';
import { recordNavGrant } from '../waiting/nav-grant';
import { WaitingEntry } from '../waiting/waiting-entry.entity';
import { checkNavGrant, checkOffer, checkPlacement, checkWaiting, type Check } from './checks';
import { onNavGrantArrived } from './hooks';

/** What an applier works with: the page's transaction, its provider, and the participants its events name. */
export interface PageContext {
  em: EntityManager;
  provider: Provider;
  /** The hub's day: a placement first indexed now records it (`Placement.indexedOn`). */
  today: string;
  participantByRef: Map<string, string>;
}

/**
 * How one record type of the feed reaches the hub's rows. `applyFeedEvents` runs the same steps for every type
 * (owner, newest version wins, deletion, check, write); an applier says what each step means for its rows.
 */
export interface Applier<Row extends { id: string }, Snapshot> {
  /** The record's name in a rejection ("offer x belongs to provider y"). */
  label: string;
  /** The rows the page's events name, read in one query. */
  load(em: EntityManager, ids: string[]): Promise<Row[]>;
  /** Why this provider may not send the type at all; null when it may. */
  refuse?(provider: Provider): string | null;
  owner(row: Row): string;
  /** The feed version the hub holds; null for a row the feed has not written (the hub's own offer). */
  version(row: Row): number | null;
  check(data: Record<string, unknown>): Check<Snapshot>;
  /** A deletion (data null); without it, a deletion is written like any other event (`write` with null). */
  remove?(page: PageContext, existing: Row | undefined, event: FeedEventDto, rows: Map<string, Row>): void;
  write(
    page: PageContext,
    existing: Row | undefined,
    snapshot: Snapshot | null,
    event: FeedEventDto,
  ): Row | null | Promise<Row | null>;
}

const offers: Applier<Offer, OfferSnapshot> = {
  label: 'offer',
  load: (em, ids) => em.find(Offer, { id: { $in: ids } }, { populate: ['searchText'] }),
  owner: (o) => o.provider.id,
  version: (o) => o.feedVersion ?? null,
  check: checkOffer,
  remove: (_page, existing, event) => {
    if (existing) Object.assign(existing, { withdrawn: true, openForApplications: false, feedVersion: event.version });
  },
  write: ({ em, provider }, existing, snapshot, event) => {
    const offer = existing ?? em.create(Offer, { id: event.id, provider } as never);
    copyOffer(offer, snapshot!, provider);
    offer.feedVersion = event.version;
    offer.withdrawn = false;
    return offer;
  },
};

const placements: Applier<Placement, PlacementSnapshot> = {
  label: 'placement',
  load: (em, ids) => em.find(Placement, { id: { $in: ids } }),
  owner: (p) => p.providerId,
  version: (p) => p.feedVersion,
  check: checkPlacement,
  remove: ({ em }, existing, event, rows) => {
    if (existing) {
      em.remove(existing);
      rows.delete(event.id);
    }
  },
  write: ({ em, provider, today }, existing, data, event) => {
    const snapshot = data!;
    const placement =
      existing ?? em.create(Placement, { id: event.id, providerId: provider.id, indexedOn: today } as never);
    Object.assign(placement, {
      participantId: snapshot.participantId,
      offerId: snapshot.offerId,
      startDate: snapshot.startDate,
      endDate: snapshot.endDate,
      hoursPerWeek: snapshot.hoursPerWeek,
      daysPerWeek: snapshot.daysPerWeek,
      feedVersion: event.version,
      updatedAt: new Date(),
    });
    return placement;
  },
};

const waiting: Applier<WaitingEntry, WaitingSnapshot> = {
  label: 'waiting entry',
  load: (em, ids) => em.find(WaitingEntry, { id: { $in: ids } }),
  owner: (w) => w.sourceId,
  version: (w) => w.feedVersion,
  check: checkWaiting,
  remove: (_page, existing, event) => {
    // Deleted at the source (a registration error there): the entry leaves the list but is not forgotten.
    if (existing) {
      existing.leftOn ??= event.occurredAt.slice(0, 10);
      existing.leftReason ??= 'REMOVED_AT_SOURCE';
      existing.feedVersion = event.version;
    }
  },
  write: ({ em, provider, participantByRef }, existing, data, event) => {
    const snapshot = data!;
    const entry = existing ?? em.create(WaitingEntry, { id: event.id, sourceId: provider.id } as never);
    Object.assign(entry, {
      participantId:
        snapshot.participantId ?? (snapshot.personRef ? (participantByRef.get(snapshot.personRef) ?? null) : null),
      personRef: snapshot.personRef,
      offerId: snapshot.offerId,
      description: snapshot.description,
      since: snapshot.since,
      leftOn: snapshot.leftOn,
      leftReason: snapshot.leftReason,
      feedVersion: event.version,
      updatedAt: new Date(),
    });
    return entry;
  },
};

const navGrants: Applier<NavGrant, NavGrantSnapshot> = {
  label: 'NAV grant',
  load: (em, ids) => em.find(NavGrant, { id: { $in: ids } }),
  // Only NAV decides state places: the same words from any other feed are no grant.
  refuse: (provider) =>
    provider.kind !== ProviderKind.STATE_AGENCY ? 'nav-grant events come only from a state agency (NAV)' : null,
  owner: (g) => g.sourceId,
  version: (g) => g.feedVersion,
  check: checkNavGrant,
  // A deletion is a change of the grant like any other (recordNavGrant withdraws it).
  write: async ({ em, provider, participantByRef }, existing, snapshot, event) => {
    const grant = recordNavGrant(
      em,
      provider.id,
      existing ?? null,
      { id: event.id, version: event.version, data: snapshot },
      event.occurredAt.slice(0, 10),
    );
    const participantId = grant?.personRef ? participantByRef.get(grant.personRef) : undefined;
    // Casework decides (its handler, registered in casework/module.ts), in this transaction, where it always has.
    if (grant && participantId) await onNavGrantArrived.raise(em, { grant, participantId });
    return grant;
  },
};

/**
 * The record types the hub applies, by feed type, in the order their rows are read. A table, so a new record type
 * is one applier, not another copy of the skeleton in `applyFeedEvents`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry is an Applier of its own row type
export const APPLIERS: ReadonlyMap<string, Applier<any, any>> = new Map<string, Applier<any, any>>([
  [FeedRecordType.OFFER, offers],
  [FeedRecordType.PLACEMENT, placements],
  [FeedRecordType.WAITING, waiting],
  [FeedRecordType.NAV_GRANT, navGrants],
]);

function copyOffer(offer: Offer, s: OfferSnapshot, provider: Provider): void {
  Object.assign(offer, {
    kind: s.kind as OfferKind,
    titleNb: s.title.nb,
    titleEn: s.title.en,
    descriptionNb: s.description.nb,
    descriptionEn: s.description.en,
    easyReadNb: s.easyRead?.nb ?? s.description.nb,
    easyReadEn: s.easyRead?.en ?? s.description.en,
    eligibilityNb: s.eligibility?.nb ?? '',
    eligibilityEn: s.eligibility?.en ?? '',
    trade: s.trade,
    site: s.site,
    hoursPerWeek: s.hoursPerWeek,
    intakeMode: s.intakeMode as IntakeMode,
    decidedBy: s.decidedBy as DecisionAuthority,
    places: s.places,
    openForApplications: s.openForApplications,
    searchText: searchTextOf([
      s.title.nb,
      s.title.en,
      s.description.nb,
      s.description.en,
      s.trade,
      s.site,
      provider.name,
      provider.shortName,
    ]),
  });
}
