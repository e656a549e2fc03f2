import type { EntityManager } from '@mikro-orm/core';
import { FeedEvent, FeedHead } from './feed.entities';
import {
  type FeedEventDto,
  type FeedPageDto,
  FeedRecordType,
  FEED_PROTOCOL,
  type PlacementSnapshot,
} from '@veiinn/contracts';

/** A change to publish: the record's type, id, version after the change, and whole state (null = deleted). */
export interface FeedChange {
  type: FeedRecordType;
  id: string;
  version: number;
  data: object | null;
}

/** A placement as every provider keeps it, for its `placement` feed event; a provider keeps hours or days or both. */
export interface PlacementRecord {
  id: string;
  version: number;
  participantId: string;
  offer: { id: string };
  startDate: string;
  endDate: string | null;
  hoursPerWeek?: number | null;
  daysPerWeek?: number | null;
}

/** The `placement` event for a placement as it is now. Call after the flush, so the version is final. */
export function placementFeedChange(placement: PlacementRecord): FeedChange {
  const data: PlacementSnapshot = {
    participantId: placement.participantId,
    offerId: placement.offer.id,
    startDate: placement.startDate,
    endDate: placement.endDate,
    hoursPerWeek: placement.hoursPerWeek ?? null,
    daysPerWeek: placement.daysPerWeek ?? null,
  };
  return { type: FeedRecordType.PLACEMENT, id: placement.id, version: placement.version, data };
}

/**
 * Appends changes to the outbox. Call it inside the transaction that makes the change (`em.transactional`), after
 * the change is flushed so versions are final.
 *
 * Sequences come from one row, bumped with a single upsert. The row lock that upsert takes is held until commit,
 * so two concurrent writers commit their events in sequence order. With an auto-increment a later sequence can
 * commit before an earlier one, and a reader that has moved past it would never see the earlier event.
 */
export async function appendToFeed(em: EntityManager, changes: FeedChange[]): Promise<void> {
  if (changes.length === 0) return;
  if (!em.getTransactionContext()) throw new Error('appendToFeed must run inside the transaction of the change');
  const rows = await em
    .getConnection()
    .execute<{ last_sequence: number }[]>(
      'insert into feed_head (id, last_sequence) values (1, ?) ' +
        'on conflict (id) do update set last_sequence = feed_head.last_sequence + excluded.last_sequence ' +
        'returning last_sequence',
      [changes.length],
      'all',
      em.getTransactionContext(),
    );
  const last = Number(rows[0].last_sequence);
  const occurredAt = new Date();
  changes.forEach((change, i) => {
    em.persist(
      em.create(FeedEvent, {
        sequence: last - changes.length + 1 + i,
        type: change.type,
        recordId: change.id,
        version: change.version,
        occurredAt,
        data: change.data === null ? null : (JSON.parse(JSON.stringify(change.data)) as Record<string, unknown>),
      }),
    );
  });
  await em.flush();
}

export const FEED_PAGE_DEFAULT = 200;
export const FEED_PAGE_MAX = 1000;

/** Reads one page of the feed: events after `after`, oldest first. */
export async function readFeedPage(em: EntityManager, after: number, limit: number): Promise<FeedPageDto> {
  const events = await em.find(FeedEvent, { sequence: { $gt: after } }, { orderBy: { sequence: 'asc' }, limit });
  const head = await em.findOne(FeedHead, { id: 1 });
  return {
    protocol: FEED_PROTOCOL,
    // Read after the events, so head is never behind the newest event returned.
    head: Math.max(head?.lastSequence ?? 0, events.at(-1)?.sequence ?? 0),
    events: events.map((e): FeedEventDto => ({
      sequence: e.sequence,
      type: e.type,
      id: e.recordId,
      version: e.version,
      occurredAt: e.occurredAt.toISOString(),
      data: e.data,
    })),
  };
}
