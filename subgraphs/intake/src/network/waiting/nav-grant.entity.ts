import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * NAV's grant of a state place (VTA, AFT, VTAO) on one of its participant records, as the NAV adapter's feed
 * publishes it (`nav-grant`, keyed by NAV's record id). The current state of the grant; every change is kept in
 * NavGrantChange, and neither is ever deleted: a withdrawn grant stays, with the day and NAV's reason.
 */
@ObjectType({
  description:
    'NAV’s grant (vedtak/tilsagn) of a state place (VTA, AFT, VTAO) on one of its participant records, as the NAV adapter reports it. Kept when withdrawn.',
})
@Entity({ tableName: 'nav_grant' })
@Index({ properties: ['personRef', 'offerId'] })
export class NavGrant {
  @Field(() => ID, { description: 'NAV’s id of the participant record the grant is on.' })
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  /** The state agency whose feed reported it (NAV, `STATE_AGENCY` in the registry). */
  @Property({ type: 'string', length: 64 })
  sourceId!: string;

  /** Pseudonym of the person's identity number: matched to the participant's. Never in the graph. */
  @Property({ type: 'string', length: 64, nullable: true })
  personRef: string | null = null;

  /** The catalogue offer the measure is delivered as; exposed as `offer`. */
  @Property({ type: 'string', length: 64, nullable: true })
  offerId: string | null = null;

  @Field(() => String, { description: 'NAV’s measure code (Tiltakskode), e.g. VARIG_TILRETTELAGT_ARBEID_SKJERMET.' })
  @Property({ type: 'string', length: 64 })
  measureCode!: string;

  @Field(() => String, { description: 'What NAV granted, in NAV’s words, e.g. "VTA, Arba Inkludering (2016/104411)".' })
  @Property({ type: 'string', length: 300 })
  description!: string;

  @Field(() => Boolean, { description: 'True while NAV’s grant holds; false once NAV withdrew or ended it.' })
  @Property({ type: 'boolean' })
  granted!: boolean;

  @Field(() => String, {
    description: 'NAV’s participant status on the record now (DeltakerStatus), e.g. DELTAR or HAR_SLUTTET.',
  })
  @Property({ type: 'string', length: 32 })
  status!: string;

  @Field(() => DateScalar, { description: 'The day the record got that status.' })
  @Property({ type: 'string', length: 10 })
  statusOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the place (NAV’s start date); null if unset.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'The day NAV granted the place, as first reported.' })
  @Property({ type: 'string', length: 10, nullable: true })
  grantedOn: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the grant ended or was withdrawn; null while granted.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  withdrawnOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the grant ended, in NAV’s words (e.g. "HAR_SLUTTET/FATT_JOBB"); "REMOVED_AT_SOURCE" when NAV deleted the record; null while granted.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  withdrawalReason: string | null = null;

  /** The NAV adapter's version of the record last applied. */
  @Field(() => Int, { description: 'The NAV adapter’s version of the record last applied.' })
  @Property({ type: 'integer' })
  feedVersion!: number;

  @Field(() => Date, { description: 'When the hub last applied a change of the grant.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}

/** One change of a NAV grant as it reached the hub. Rows are only ever added. */
@ObjectType({ description: 'One change of NAV’s grant as it reached the hub: granted, moved on, or withdrawn.' })
@Entity({ tableName: 'nav_grant_change' })
export class NavGrantChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => NavGrant, { ref: true, fieldName: 'grant_id', index: true })
  grant!: Ref<NavGrant>;

  @Field(() => Int, { description: 'The NAV adapter’s version of the record.' })
  @Property({ type: 'integer' })
  feedVersion!: number;

  @Field(() => Boolean, { description: 'Whether the grant held after this change.' })
  @Property({ type: 'boolean' })
  granted!: boolean;

  @Field(() => String, { description: 'NAV’s participant status after this change.' })
  @Property({ type: 'string', length: 32 })
  status!: string;

  @Field(() => DateScalar, { description: 'The day the record got that status.' })
  @Property({ type: 'string', length: 10 })
  statusOn!: string;

  @Field(() => String, { nullable: true, description: 'Why the grant ended; null while granted.' })
  @Property({ type: 'string', length: 100, nullable: true })
  reason: string | null = null;

  @Field(() => Date, { description: 'When the hub applied the change.' })
  @Property({ type: 'Date' })
  receivedAt: Date = new Date();
}
