import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NavMeasureInstance } from '../measure/measure-instance.entity';
import { NavParticipantStatus, NavRecordSource, NavStatusReason } from './participant-record.enums';

/**
 * A participant record (deltaker): one person's participation in one measure instance, as NAV's participant topic
 * carries it. The person is known only by `personRef`, a keyed pseudonym of the national identity number: the
 * number itself is never stored. A tombstone from NAV sets `deletedAt` and clears the pseudonym; the row stays so
 * that an older record delivered late can be recognised as stale.
 */
@Directive(Access.NAV_RECORDS)
@ObjectType({
  description: "A participant record (deltaker): one person's participation in one NAV measure instance.",
})
@Entity({ tableName: 'participant_record' })
@Index({ properties: ['measureInstance', 'status'] })
export class NavParticipantRecord {
  @Field(() => ID, { description: "NAV's id of the record (the topic's key)." })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => NavMeasureInstance, { ref: true, fieldName: 'measure_instance_id' })
  measureInstance!: Ref<NavMeasureInstance>;

  /** Pseudonym of the person (see `personRef` in the kit); null once NAV deleted the record. Never exposed. */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  personRef: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in the measure; null before a start is set.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in the measure; null while open-ended.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => NavParticipantStatus, { description: 'Status of the record in NAV.' })
  @Enum({ items: () => NavParticipantStatus, type: 'string', length: 32 })
  status!: NavParticipantStatus;

  @Field(() => NavStatusReason, { nullable: true, description: 'Why the record got its status, when NAV says.' })
  @Enum({ items: () => NavStatusReason, type: 'string', length: 48, nullable: true })
  statusReason: NavStatusReason | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason in free text; only with the reason ANNET, where NAV requires it.',
  })
  @Property({ type: 'text', nullable: true })
  statusReasonText: string | null = null;

  @Field(() => Date, { description: 'When the record got its current status.' })
  @Property({ type: 'Date' })
  statusAt!: Date;

  @Field(() => Date, { description: 'When NAV registered the record.' })
  @Property({ type: 'Date' })
  registeredAt!: Date;

  @Field(() => Date, { description: 'When NAV last changed the record; the newest change wins on import.' })
  @Property({ type: 'Date' })
  changedAt!: Date;

  @Field(() => NavRecordSource, { description: 'The NAV system the record came from.' })
  @Enum({ items: () => NavRecordSource, type: 'string', length: 16 })
  source!: NavRecordSource;

  /** When a tombstone for the record arrived; deleted records are invisible in the graph. */
  @Property({ type: 'Date', nullable: true })
  deletedAt: Date | null = null;

  /** Waiting-list history published on the feed: since (YYYY-MM-DD) while or after VENTELISTE, else null. */
  @Property({ type: 'string', length: 10, nullable: true })
  waitingSince: string | null = null;

  /** The day the record left the waiting list, and why ("IKKE_AKTUELL/FATT_JOBB"); null while waiting. */
  @Property({ type: 'string', length: 10, nullable: true })
  waitingLeftOn: string | null = null;

  @Property({ type: 'string', length: 96, nullable: true })
  waitingLeftReason: string | null = null;

  @Field(() => Int, { description: 'Version of the record in this adapter; it grows with every change imported.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** The extent of a participation from a date on (deltakelsesmengde); only VTA and AFT have it. */
@Directive(Access.NAV_RECORDS)
@ObjectType({ description: 'How much a participant takes part from a date on (deltakelsesmengde).' })
@Entity({ tableName: 'extent_period' })
export class NavExtentPeriod {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => NavParticipantRecord, { ref: true, fieldName: 'record_id', deleteRule: 'cascade', index: true })
  record!: Ref<NavParticipantRecord>;

  @Field(() => Float, { description: 'Share of a full participation, in percent (deltakelsesprosent).' })
  @Property({ type: 'double' })
  percent!: number;

  @Field(() => Float, { nullable: true, description: 'Days a week (dager per uke); null when not set.' })
  @Property({ type: 'double', nullable: true })
  daysPerWeek: number | null = null;

  @Field(() => DateScalar, { description: 'First day this extent applies (gyldig fra).' })
  @Property({ type: 'string', length: 10 })
  validFrom!: string;
}
