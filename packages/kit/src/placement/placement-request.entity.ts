import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { RetentionRule } from '../retention';

/**
 * One idempotency key of the placement protocol and what it answered: written in the transaction of the placement
 * it made, so a key is never remembered for a write that did not happen, nor a write left without its key.
 */
@Entity({ tableName: 'placement_request' })
export class PlacementRequestRecord {
  @PrimaryKey({ type: 'string', length: 128 })
  idempotencyKey!: string;

  /** `place`, or `end <placementId>`: a key belongs to one kind of request. */
  @Property({ type: 'string', length: 80 })
  operation!: string;

  /** SHA-256 of the request as read (see `requestHash`): the same key with another request is a conflict. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'json' })
  answer!: Record<string, unknown>;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}

/** Add these to a provider subgraph's entity list; its migrations then create the idempotency table. */
export const placementProtocolEntities = [PlacementRequestRecord];

/**
 * The idempotency keys' retention rule, which every provider with the placement protocol gets (docs/privacy.md,
 * "Retention"): an answer holds the placement it made, and a retry of the same request comes within minutes or, when
 * a case worker retries a stalled transition, within the intake year; two years is well past that.
 */
export const PLACEMENT_REQUESTS: RetentionRule = {
  name: 'PLACEMENT_REQUESTS',
  what: 'answers remembered for the placement protocol’s idempotency keys',
  days: 730,
  count: (em, cutoff) => em.count(PlacementRequestRecord, { createdAt: { $lt: cutoff } }),
  purge: (em, cutoff) => em.nativeDelete(PlacementRequestRecord, { createdAt: { $lt: cutoff } }),
};
