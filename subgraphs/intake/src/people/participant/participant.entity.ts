import { BeforeCreate, BeforeUpdate, Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Access, DateScalar, normalizeOptional, norwegianSortKey } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * A person who applies for or has a place. The hub owns identity and contact; placements, decisions and
 * provider detail are joined in from other subgraphs through the key. The national identity number is stored to
 * match NAV's records, but never returned by the graph: only the birth date derived from it is.
 */
@Directive('@key(fields: "id")')
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    'A participant: a person who applies for, or has, a place in adapted work or daily activity. Seen only by the allocation office, the participant and their guardians, the providers they have, had or applied for a place with, and NAV’s staff when NAV-linked; anyone else gets null, as for an unknown id.',
})
@Entity({ tableName: 'participant' })
export class Participant {
  @Field(() => ID, { description: 'Stable id of the participant, used across all providers.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Given name(s).' })
  @Property({ type: 'string', length: 100 })
  givenName!: string;

  @Field(() => String, { description: 'Family name.' })
  @Property({ type: 'string', length: 100 })
  familyName!: string;

  /**
   * `norwegianSortKey` of the names: lists order by these and the id, so byte order (SQLite; PostgreSQL with
   * `COLLATE "C"` on the columns) is Norwegian order. Kept by `normalizeNames` on every write.
   */
  @Property({ type: 'string', length: 100, hidden: true, default: '' })
  familyNameSort!: string;

  @Property({ type: 'string', length: 100, hidden: true, default: '' })
  givenNameSort!: string;

  /** Names in NFC, trimmed, and their sort keys, whoever writes the row (resolvers, seed, feeds). */
  @BeforeCreate()
  @BeforeUpdate()
  normalizeNames(): void {
    this.givenName = normalizeOptional(this.givenName);
    this.familyName = normalizeOptional(this.familyName);
    if (typeof this.givenName === 'string') this.givenNameSort = norwegianSortKey(this.givenName);
    if (typeof this.familyName === 'string') this.familyNameSort = norwegianSortKey(this.familyName);
  }

  /** Write-only: matched against NAV's records, never exposed. Unique across participants. */
  @Property({ type: 'string', length: 11, unique: true })
  nationalIdentityNumber!: string;

  /**
   * Keyed pseudonym of the identity number (`personRef` in the kit), shared with the NAV adapter so NAV's records can
   * be matched without the number leaving the hub. In the supergraph as `navRef`, which is @inaccessible: the
   * gateway passes it to the NAV subgraph, and no client can ask for it.
   */
  @Field(() => String, {
    name: 'navRef',
    nullable: true,
    description: 'Pseudonym for matching NAV records; internal to the graph.',
  })
  @Directive('@inaccessible')
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  personRef: string | null = null;

  @Field(() => DateScalar, { description: 'Date of birth (YYYY-MM-DD), derived from the national identity number.' })
  @Property({ type: 'string', length: 10 })
  birthDate!: string;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail address for letters and notices, if the participant wants one used.',
  })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Phone number, e.g. "+4791234567".' })
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  /** Lower-cased names for search. */
  @Property({ type: 'string', length: 220, lazy: true })
  searchText!: string;

  @Field(() => Date, { description: 'When the participant was registered.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the participant was last changed.' })
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when updating.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String, { description: 'Given and family name together, for lists.' })
  get fullName(): string {
    return `${this.givenName} ${this.familyName}`;
  }
}

export enum GuardianRelation {
  PARENT = 'PARENT',
  APPOINTED_GUARDIAN = 'APPOINTED_GUARDIAN',
  OTHER_RELATIVE = 'OTHER_RELATIVE',
  OTHER = 'OTHER',
}
registerEnumType(GuardianRelation, {
  name: 'GuardianRelation',
  description: 'How a guardian or next of kin is related to the participant.',
  valuesConfig: {
    PARENT: { description: 'Parent (forelder/foresatt).' },
    APPOINTED_GUARDIAN: { description: 'Guardian appointed by the county governor (verge).' },
    OTHER_RELATIVE: { description: 'Other relative (pårørende).' },
    OTHER: { description: 'Someone else the participant has named, e.g. a teacher.' },
  },
});

/** A guardian or next of kin who may follow the participant's applications and be contacted. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'A guardian or next of kin (foresatt, verge or pårørende) registered for a participant.' })
@Entity({ tableName: 'guardian' })
export class Guardian {
  @Field(() => ID, { description: 'Stable id of this guardian entry.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Participant, { ref: true, fieldName: 'participant_id', index: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => GuardianRelation, { description: 'How the guardian is related to the participant.' })
  @Enum({ items: () => GuardianRelation, type: 'string', length: 32 })
  relation!: GuardianRelation;

  @Field(() => String, { description: 'Phone number, e.g. "+4791234567".', nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  phone: string | null = null;

  @Field(() => String, { description: 'E-mail address.', nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  /** Order in which the participant listed guardians. */
  @Property({ type: 'integer' })
  position!: number;
}
