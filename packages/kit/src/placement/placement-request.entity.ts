import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

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
