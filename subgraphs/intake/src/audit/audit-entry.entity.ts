import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AuditCategory } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(AuditCategory, {
  name: 'AuditCategory',
  description: 'What kind of personal data a read touched.',
  valuesConfig: {
    IDENTITY: { description: 'Name, birth date, contact details, guardians.' },
    PATH: { description: 'The path: placements at every provider, past, current and planned.' },
    PROVIDER_DETAIL: { description: "A provider's own detail of a placement: hours, days, group, goals, AFT periods." },
    NAV: { description: "NAV's records of the participant." },
    IPLOS: { description: 'Health and function data (IPLOS).' },
    APPLICATIONS: { description: 'Applications, decisions, waiting lists, transitions, the career plan.' },
    AUDIT: { description: "The audit log itself: who read the participant's data." },
  },
});

/**
 * One read of a participant's personal data, as the gateway reported it: who, which category, when, through which
 * operation. Append-only: no code path changes or deletes a row, and database triggers refuse UPDATE and DELETE
 * (see the AuditLog migrations), except for a sanctioned archive run (AuditArchive). No foreign key to `participant`: the log outlives anything it describes.
 */
@ObjectType('AuditEntry', {
  description: "One read of a participant's personal data: who read which kind of data, when, and how.",
})
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['participantId', 'readAt', 'id'] })
export class AuditEntry {
  @Field(() => ID, { description: 'Stable id of the entry.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, {
    description:
      'Whose data was read: the participant, or the subject a subgraph logged it under when the hub knows no participant (`nav-record:<id>`).',
  })
  @Property({ type: 'string', length: 64 })
  participantId!: string;

  @Field(() => String, {
    description: 'Who read it: the user or system id at the identity provider ("anonymous" without sign-in).',
  })
  @Property({ type: 'string', length: 200 })
  readerSub!: string;

  /** Space-separated in the database; a list in the graph. */
  @Property({ type: 'string', length: 500 })
  roles!: string;

  @Field(() => AuditCategory, { description: 'Which kind of data was read.' })
  @Enum({ items: () => AuditCategory, type: 'string', length: 32 })
  category!: AuditCategory;

  @Field(() => Date, { description: 'When it was read.' })
  @Property({ type: 'Date' })
  readAt!: Date;

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name the client gave; null if none.' })
  @Property({ type: 'string', length: 200, nullable: true })
  operationName: string | null = null;

  @Field(() => String, { description: 'Id of the request, to find it in the logs.' })
  @Property({ type: 'string', length: 100 })
  requestId!: string;

  @Field(() => String, { description: 'The subgraph that served the data, e.g. "intake" or "day-services".' })
  @Property({ type: 'string', length: 64 })
  subgraph!: string;

  /** When the hub wrote the entry. */
  @Property({ type: 'Date' })
  recordedAt: Date = new Date();
}
