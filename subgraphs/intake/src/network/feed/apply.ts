import type { EntityManager } from '@mikro-orm/core';
import {
  DECISION_AUTHORITIES,
  FeedRecordType,
  intakeModeOnFeed,
  isIsoDate,
  OFFER_KINDS,
  periodProblems,
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
import { Participant } from '../../people';
import { Placement } from '../placement/placement.entity';
import { NavGrant } from '../waiting/nav-grant.entity';
import { recordNavGrant } from '../waiting/nav-grant';
import { WaitingEntry } from '../waiting/waiting-entry.entity';
import { FeedRejection } from './feed.entities';
import { onNavGrantArrived } from './hooks';

/** What one page did: events applied, events ignored (older than what the hub has, or of an unknown type), rejected. */
export interface ApplySummary {
  applied: number;
  ignored: number;
  rejected: number;
}

type Check<T> = T | { problem: string };
const isProblem = <T>(value: Check<T>): value is { problem: string } =>
  typeof value === 'object' && value !== null && 'problem' in value;

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;
const isLocalized = (v: unknown) =>
  typeof v === 'object' && v !== null && isText((v as never)['nb'], 10_000) && isText((v as never)['en'], 10_000);
const isCount = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const isDateOrNull = (v: unknown) => v === null || (typeof v === 'string' && isIsoDate(v));

function checkOffer(data: Record<string, unknown>): Check<OfferSnapshot> {
  const d = data as unknown as OfferSnapshot;
  if (!OFFER_KINDS.includes(d.kind)) return { problem: `unknown offer kind "${String(d.kind)}"` };
  if (!isLocalized(d.title) || !isLocalized(d.description)) return { problem: 'title and description need nb and en' };
  // Older events have no easy-read text (the hub shows the description); one that is sent needs both languages.
  if (d.easyRead !== undefined && d.easyRead !== null && !isLocalized(d.easyRead))
    return { problem: 'easyRead needs nb and en' };
  const intakeMode = intakeModeOnFeed(d.intakeMode);
  if (!intakeMode || !DECISION_AUTHORITIES.includes(d.decidedBy)) {
    return { problem: 'intakeMode or decidedBy is not a known value' };
  }
  if (!isCount(d.places)) return { problem: 'places must be a whole number of 0 or more, or null' };
  if (d.hoursPerWeek !== null && (typeof d.hoursPerWeek !== 'number' || d.hoursPerWeek < 0 || d.hoursPerWeek > 37.5)) {
    return { problem: 'hoursPerWeek must be between 0 and 37.5, or null' };
  }
  if (typeof d.openForApplications !== 'boolean') return { problem: 'openForApplications must be true or false' };
  // An event written before MAIN_INTAKE became MAIN is read as today's name.
  return { ...d, intakeMode };
}

function checkPlacement(data: Record<string, unknown>): Check<PlacementSnapshot> {
  const d = data as unknown as PlacementSnapshot;
  if (!isText(d.participantId, 64) || !isText(d.offerId, 64))
    return { problem: 'participantId and offerId are required' };
  if (typeof d.startDate !== 'string' || !isDateOrNull(d.endDate))
    return { problem: 'startDate/endDate must be dates' };
  const period = periodProblems(d.startDate, d.endDate);
  if (period.length) return { problem: period.map((p) => `${p.field}: ${p.en}`).join('; ') };
  if (d.hoursPerWeek !== null && (typeof d.hoursPerWeek !== 'number' || d.hoursPerWeek < 0 || d.hoursPerWeek > 37.5)) {
    return { problem: 'hoursPerWeek must be between 0 and 37.5, or null' };
  }
  if (!isCount(d.daysPerWeek) || (d.daysPerWeek ?? 0) > 7) return { problem: 'daysPerWeek must be 0-7, or null' };
  return d;
}

function checkWaiting(data: Record<string, unknown>): Check<WaitingSnapshot> {
  const d = data as unknown as WaitingSnapshot;
  const hasParticipant = isText(d.participantId, 64);
  const hasRef = isText(d.personRef, 64);
  if (hasParticipant === hasRef) return { problem: 'exactly one of participantId and personRef is required' };
  if (d.offerId !== null && !isText(d.offerId, 64)) return { problem: 'offerId must be an id or null' };
  if (!isText(d.description, 300)) return { problem: 'description is required (at most 300 characters)' };
  if (typeof d.since !== 'string' || !isIsoDate(d.since) || !isDateOrNull(d.leftOn)) {
    return { problem: 'since/leftOn must be dates' };
  }
  if ((d.leftOn === null) !== (d.leftReason === null)) return { problem: 'leftOn and leftReason go together' };
  return d;
}

function checkNavGrant(data: Record<string, unknown>): Check<NavGrantSnapshot> {
  const d = data as unknown as NavGrantSnapshot;
  if (!isText(d.personRef, 64)) return { problem: 'personRef is required' };
  if (d.offerId !== null && !isText(d.offerId, 64)) return { problem: 'offerId must be an id or null' };
  if (!isText(d.measureCode, 64) || !isText(d.description, 300))
    return { problem: 'measureCode and description are required (at most 64 and 300 characters)' };
  if (typeof d.granted !== 'boolean' || !isText(d.status, 32)) return { problem: 'granted and status are required' };
  if (typeof d.statusOn !== 'string' || !isIsoDate(d.statusOn) || !isDateOrNull(d.from)) {
    return { problem: 'statusOn/from must be dates' };
  }
  if (d.granted ? d.reason !== null : !isText(d.reason, 100))
    return { problem: 'a withdrawal (granted false) gives its reason, a grant none' };
  return d;
}

/**
 * Applies one page of a provider's feed to the hub's catalogue and indexes, inside the caller's transaction.
 * Newest version wins: an event whose version is not newer than what the hub holds is ignored, so a page applied
 * twice changes nothing. Existing rows are read in one query per record type, however long the page.
 */
export async function applyFeedEvents(
  em: EntityManager,
  provider: Provider,
  events: FeedEventDto[],
): Promise<ApplySummary> {
  const summary: ApplySummary = { applied: 0, ignored: 0, rejected: 0 };
  const idsOf = (type: string) => [...new Set(events.filter((e) => e.type === type).map((e) => e.id))];
  const offerIds = idsOf(FeedRecordType.OFFER);
  const placementIds = idsOf(FeedRecordType.PLACEMENT);
  const waitingIds = idsOf(FeedRecordType.WAITING);
  const grantIds = idsOf(FeedRecordType.NAV_GRANT);
  const personRefs = [
    ...new Set(
      events
        .filter(
          (e) =>
            (e.type === FeedRecordType.WAITING || e.type === FeedRecordType.NAV_GRANT) &&
            e.data &&
            typeof e.data['personRef'] === 'string',
        )
        .map((e) => e.data!['personRef'] as string),
    ),
  ];
  // One query per record type that occurs, run one after another on the transaction's connection.
  const offers = offerIds.length ? await em.find(Offer, { id: { $in: offerIds } }, { populate: ['searchText'] }) : [];
  const placements = placementIds.length ? await em.find(Placement, { id: { $in: placementIds } }) : [];
  const waiting = waitingIds.length ? await em.find(WaitingEntry, { id: { $in: waitingIds } }) : [];
  const grants = grantIds.length ? await em.find(NavGrant, { id: { $in: grantIds } }) : [];
  const people = personRefs.length
    ? await em.find(Participant, { personRef: { $in: personRefs } }, { fields: ['id', 'personRef'] })
    : [];
  const offerById = new Map(offers.map((o) => [o.id, o]));
  const placementById = new Map(placements.map((p) => [p.id, p]));
  const waitingById = new Map(waiting.map((w) => [w.id, w]));
  const grantById = new Map(grants.map((g) => [g.id, g]));
  const participantByRef = new Map(people.map((p) => [p.personRef, p.id]));

  const reject = (event: FeedEventDto, reason: string) => {
    summary.rejected++;
    em.persist(
      em.create(FeedRejection, {
        providerId: provider.id,
        sequence: event.sequence,
        type: String(event.type).slice(0, 32),
        recordId: String(event.id).slice(0, 64),
        reason,
        rejectedAt: new Date(),
      }),
    );
  };

  for (const event of events) {
    if (!isText(event.id, 64) || !Number.isSafeInteger(event.version) || event.version < 1) {
      reject(event, 'id (at most 64 characters) and a positive whole version are required');
      continue;
    }
    if (event.data !== null && (typeof event.data !== 'object' || Array.isArray(event.data))) {
      reject(event, 'data must be an object, or null for a deletion');
      continue;
    }
    switch (event.type) {
      case FeedRecordType.OFFER: {
        const existing = offerById.get(event.id);
        if (existing && existing.provider.id !== provider.id) {
          reject(event, `offer ${event.id} belongs to provider ${existing.provider.id}`);
          break;
        }
        if (existing?.feedVersion != null && event.version <= existing.feedVersion) {
          summary.ignored++;
          break;
        }
        if (event.data === null) {
          if (existing)
            Object.assign(existing, { withdrawn: true, openForApplications: false, feedVersion: event.version });
          summary.applied++;
          break;
        }
        const snapshot = checkOffer(event.data);
        if (isProblem(snapshot)) {
          reject(event, snapshot.problem);
          break;
        }
        const offer = existing ?? em.create(Offer, { id: event.id, provider } as never);
        copyOffer(offer, snapshot, provider);
        offer.feedVersion = event.version;
        offer.withdrawn = false;
        offerById.set(offer.id, offer);
        summary.applied++;
        break;
      }
      case FeedRecordType.PLACEMENT: {
        const existing = placementById.get(event.id);
        if (existing && existing.providerId !== provider.id) {
          reject(event, `placement ${event.id} belongs to provider ${existing.providerId}`);
          break;
        }
        if (existing && event.version <= existing.feedVersion) {
          summary.ignored++;
          break;
        }
        if (event.data === null) {
          if (existing) {
            em.remove(existing);
            placementById.delete(event.id);
          }
          summary.applied++;
          break;
        }
        const snapshot = checkPlacement(event.data);
        if (isProblem(snapshot)) {
          reject(event, snapshot.problem);
          break;
        }
        const placement = existing ?? em.create(Placement, { id: event.id, providerId: provider.id } as never);
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
        placementById.set(placement.id, placement);
        summary.applied++;
        break;
      }
      case FeedRecordType.WAITING: {
        const existing = waitingById.get(event.id);
        if (existing && existing.sourceId !== provider.id) {
          reject(event, `waiting entry ${event.id} belongs to provider ${existing.sourceId}`);
          break;
        }
        if (existing && event.version <= existing.feedVersion) {
          summary.ignored++;
          break;
        }
        if (event.data === null) {
          // Deleted at the source (a registration error there): the entry leaves the list but is not forgotten.
          if (existing) {
            existing.leftOn ??= event.occurredAt.slice(0, 10);
            existing.leftReason ??= 'REMOVED_AT_SOURCE';
            existing.feedVersion = event.version;
          }
          summary.applied++;
          break;
        }
        const snapshot = checkWaiting(event.data);
        if (isProblem(snapshot)) {
          reject(event, snapshot.problem);
          break;
        }
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
        waitingById.set(entry.id, entry);
        summary.applied++;
        break;
      }
      case FeedRecordType.NAV_GRANT: {
        // Only NAV decides state places: the same words from any other feed are no grant.
        if (provider.kind !== ProviderKind.STATE_AGENCY) {
          reject(event, 'nav-grant events come only from a state agency (NAV)');
          break;
        }
        const existing = grantById.get(event.id) ?? null;
        if (existing && existing.sourceId !== provider.id) {
          reject(event, `NAV grant ${event.id} belongs to provider ${existing.sourceId}`);
          break;
        }
        if (existing && event.version <= existing.feedVersion) {
          summary.ignored++;
          break;
        }
        const snapshot = event.data === null ? null : checkNavGrant(event.data);
        if (snapshot !== null && isProblem(snapshot)) {
          reject(event, snapshot.problem);
          break;
        }
        const grant = recordNavGrant(
          em,
          provider.id,
          existing,
          { id: event.id, version: event.version, data: snapshot },
          event.occurredAt.slice(0, 10),
        );
        if (grant) grantById.set(grant.id, grant);
        const participantId = grant?.personRef ? participantByRef.get(grant.personRef) : undefined;
        // Casework decides (its handler, registered in casework/module.ts), in this transaction, where it always has.
        if (grant && participantId) await onNavGrantArrived.raise(em, { grant, participantId });
        summary.applied++;
        break;
      }
      default:
        // A type from a newer protocol version: skipped, so providers can add types before the hub knows them.
        summary.ignored++;
    }
  }
  return summary;
}

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
