import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * How far the hub has read one provider's feed. Written in the same transaction as the events it covers, so after
 * a crash the hub resumes exactly after the last page it applied: nothing lost, nothing applied twice.
 */
@Entity({ tableName: 'feed_cursor' })
export class FeedCursor {
  @PrimaryKey({ type: 'string', length: 64 })
  providerId!: string;

  /** Sequence of the last event applied. */
  @Property({ type: 'integer' })
  lastSequence = 0;

  /** The provider's newest sequence when last asked. */
  @Property({ type: 'integer' })
  head = 0;

  @Property({ type: 'integer' })
  eventsApplied = 0;

  @Property({ type: 'Date', nullable: true })
  lastSyncedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'Date', nullable: true })
  lastErrorAt: Date | null = null;
}

/** An event the hub could not apply (it did not match the protocol); skipped so the feed keeps flowing, kept here. */
@Entity({ tableName: 'feed_rejection' })
@Index({ properties: ['providerId', 'sequence'] })
export class FeedRejection {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  providerId!: string;

  @Property({ type: 'integer' })
  sequence!: number;

  @Property({ type: 'string', length: 32 })
  type!: string;

  @Property({ type: 'string', length: 64 })
  recordId!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'Date' })
  rejectedAt: Date = new Date();
}
