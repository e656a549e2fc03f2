import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The outbox: one row per change, written in the same transaction as the change itself, so a change and its
 * event are committed together or not at all. Served as the subgraph's feed (`GET /feed`).
 */
@Entity({ tableName: 'feed_event' })
@Index({ properties: ['type', 'recordId'] })
export class FeedEvent {
  /** Assigned from `FeedHead` in the writing transaction, never by an auto-increment (see `appendToFeed`). */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  sequence!: number;

  @Property({ type: 'string', length: 32 })
  type!: string;

  @Property({ type: 'string', length: 64 })
  recordId!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'Date' })
  occurredAt!: Date;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;
}

/** A single row holding the newest sequence. Updating it locks it, which orders concurrent writers. */
@Entity({ tableName: 'feed_head' })
export class FeedHead {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'integer' })
  lastSequence!: number;
}

/** Add these to a provider subgraph's entity list; its migrations then create the feed tables. */
export const feedEntities = [FeedEvent, FeedHead];
