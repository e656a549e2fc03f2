import { randomBytes } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The source id of the hub's own waiting entries: the allocation office, which puts applicants on a list by decision. */
export const HUB_WAITING_SOURCE = 'tildelingskontoret';

/**
 * An id for the hub's own entries that sorts by creation time (a UUID version 7: milliseconds first). Lists are
 * ordered by `since`, then id, so two applicants put on the list on the same day keep the order of their decisions.
 */
export function timeOrderedId(now = Date.now()): string {
  const hex = now.toString(16).padStart(12, '0') + randomBytes(10).toString('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Why an applicant left a waiting list the hub keeps itself. */
export const HubLeftReason = { PLACED: 'PLACED', WITHDRAWN: 'WITHDRAWN' } as const;

/**
 * One person waiting for a place, across providers: kept from the feeds (NAV's waiting lists for VTA and AFT), or
 * the hub's own (source `tildelingskontoret`) when the allocation office decides WAITING on an application.
 * Leaving the list sets `leftOn`; an entry is never deleted, so the need stays visible afterwards.
 */
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    'One person on a waiting list for an offer or measure. Counts for everyone are in `Capacity.waiting`; the rows only to those who may see the person.',
})
@Entity({ tableName: 'waiting_entry' })
export class WaitingEntry {
  @Field(() => ID, { description: "Stable id of the entry, the source's own." })
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  /** The provider whose feed reported it. */
  @Property({ type: 'string', length: 64, index: true })
  sourceId!: string;

  /** The hub's participant, when known (matched by pseudonym for NAV's records). */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  participantId: string | null = null;

  /** Pseudonym of the national identity number from sources that know no participant id; never in the graph. */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  personRef: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true, index: true })
  offerId: string | null = null;

  @Field(() => String, { description: 'What is waited for, in the source\'s words, e.g. "VTA, Arba Inkludering".' })
  @Property({ type: 'string', length: 300 })
  description!: string;

  @Field(() => DateScalar, { description: 'On the list since (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  since!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Left the list on (YYYY-MM-DD); null while waiting.' })
  @Property({ type: 'string', length: 10, nullable: true })
  leftOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the list was left, in the source\'s words (e.g. "DELTAR"); "REMOVED_AT_SOURCE" when deleted there.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  leftReason: string | null = null;

  /** The hub's own entries: the decision that put the applicant on the list; null for entries from a feed. */
  @Property({ type: 'uuid', nullable: true, index: true })
  decisionId: string | null = null;

  /** The source's version last applied; 1 for the hub's own entries. */
  @Property({ type: 'integer' })
  feedVersion!: number;

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
