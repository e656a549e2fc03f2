import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Application } from '../application/application.entity';
import { Offer, DecisionAuthority } from '../../catalogue';
import { Participant } from '../../people';
import { Transition } from '../transition/transition.entity';
import { DecisionKind, DecisionOutcome, DecisionPlacementStatus } from './decision.enums';

/** Why a provider refused the placement a decision asked for, in the provider's own error contract. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'Why the provider refused the placement of a granted decision.' })
export class PlacementRefusal {
  @Field(() => String, { description: 'The provider’s error code, e.g. FAILED_PRECONDITION or BAD_USER_INPUT.' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The provider’s rule for FAILED_PRECONDITION, e.g. GROUP_FULL or ALREADY_PLACED; else null.',
  })
  rule!: string | null;

  @Field(() => String, { description: 'The provider’s message, for the case worker.' })
  message!: string;
}

/**
 * The decision (vedtak) on one application: a place granted in one of the offers applied for, a refusal with its
 * reason, or a place on the waiting list. The allocation office decides municipal places; NAV's grant of a state
 * place (decidedBy NAV) is recorded here when it reaches the hub (./decision.nav.ts). One per application; the participant is kept beside the
 * application so the letter and the waiting list need no extra join.
 *
 * A changed decision (endret vedtak, kind CHANGED_OFFERS) has no application: the flow meeting agreed a transition,
 * and the allocation office's decision changes the participant's offers (../transition/transition.decision.ts). One
 * per transition.
 */
@Directive('@key(fields: "id")')
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    'A decision (vedtak): on an application (the allocation office’s, or NAV’s for a state place), or a changed decision (endret vedtak) after a flow meeting agreed a transition. Seen by whoever may see the application or the transition; null for anyone else.',
})
@Entity({ tableName: 'decision' })
export class Decision {
  @Field(() => ID, { description: 'Stable id of the decision.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The application decided; null for a changed decision (see `transition`). */
  @ManyToOne(() => Application, { ref: true, fieldName: 'application_id', unique: true, nullable: true })
  application: Ref<Application> | null = null;

  /** CHANGED_OFFERS: the transition the flow meeting agreed; null for a decision on an application. */
  @ManyToOne(() => Transition, { ref: true, fieldName: 'transition_id', unique: true, nullable: true })
  transition: Ref<Transition> | null = null;

  @ManyToOne(() => Participant, { ref: true, fieldName: 'participant_id', index: true })
  participant!: Ref<Participant>;

  @Field(() => DecisionAuthority, {
    description:
      'Who decided: the allocation office (its vedtak), or NAV (its grant of a state place, reported by the NAV adapter; see `navGrant`).',
  })
  @Enum({ items: () => DecisionAuthority, type: 'string', length: 32, default: DecisionAuthority.ALLOCATION_OFFICE })
  decidedBy: DecisionAuthority = DecisionAuthority.ALLOCATION_OFFICE;

  /** NAV's decisions: the NAV grant (NAV's record id) the decision was read from; exposed as `navGrant`. */
  @Property({ type: 'string', length: 64, nullable: true })
  navGrantId: string | null = null;

  @Field(() => DecisionOutcome, { description: 'Granted, rejected or put on the waiting list.' })
  @Enum({ items: () => DecisionOutcome, type: 'string', length: 32 })
  outcome!: DecisionOutcome;

  /** GRANTED: the offer granted (CHANGED_OFFERS: the first municipal target); WAITING: the offer waited for when one was named; REJECTED: null. */
  @ManyToOne(() => Offer, { ref: true, fieldName: 'offer_id', nullable: true, index: true })
  offer: Ref<Offer> | null = null;

  @Field(() => ID, {
    nullable: true,
    description:
      'GRANTED: the provider’s group (at the day services or the work centre); else null. CHANGED_OFFERS: of its one municipal target, if one.',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  groupId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'GRANTED at the day services: days a week; else null.' })
  @Property({ type: 'integer', nullable: true })
  daysPerWeek: number | null = null;

  @Field(() => Float, { nullable: true, description: 'GRANTED at the work centre: hours a week; else null.' })
  @Property({ type: 'double', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'GRANTED: the first day of the place (CHANGED_OFFERS: the first day of the change); else null.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason: required when REJECTED, optional otherwise; it is quoted in the letter.',
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => DateScalar, { description: 'The day of the decision (a day in Norway).' })
  @Property({ type: 'string', length: 10 })
  decidedOn!: string;

  @Field(() => Date, { description: 'When the decision was recorded.' })
  @Property({ type: 'Date' })
  decidedAt: Date = new Date();

  @Field(() => DecisionPlacementStatus, {
    nullable: true,
    description:
      'GRANTED: where the placement at the provider stands; null for REJECTED and WAITING, and for NAV’s decisions (NAV and the provider arrange the place; the hub sees it through the provider’s feed).',
  })
  @Enum({ items: () => DecisionPlacementStatus, type: 'string', length: 32, nullable: true })
  placementStatus: DecisionPlacementStatus | null = null;

  /** The provider's id of the placement it created; the hub's index row of the same id arrives through the feed. */
  @Field(() => ID, {
    nullable: true,
    description: 'The provider’s id of the placement it created; null until then.',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  placementId: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  refusalCode: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  refusalRule: string | null = null;

  @Property({ type: 'text', nullable: true })
  refusalMessage: string | null = null;

  @Field(() => Int, { description: 'How many times the hub has asked the provider for the placement.' })
  @Property({ type: 'integer' })
  placementAttempts = 0;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last request to the provider got no answer (e.g. unreachable); null after an answer.',
  })
  @Property({ type: 'text', nullable: true })
  placementError: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the hub last asked the provider for the placement.' })
  @Property({ type: 'Date', nullable: true })
  placementRequestedAt: Date | null = null;

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => DecisionKind, {
    description: 'ON_APPLICATION, or CHANGED_OFFERS for a changed decision (endret vedtak) after a flow meeting.',
  })
  get kind(): DecisionKind {
    return this.transition ? DecisionKind.CHANGED_OFFERS : DecisionKind.ON_APPLICATION;
  }

  @Field(() => PlacementRefusal, {
    nullable: true,
    description: 'Why the provider refused the placement; null unless `placementStatus` is PLACEMENT_REFUSED.',
  })
  get placementRefusal(): PlacementRefusal | null {
    if (this.placementStatus !== DecisionPlacementStatus.PLACEMENT_REFUSED || !this.refusalCode) return null;
    return { code: this.refusalCode, rule: this.refusalRule, message: this.refusalMessage ?? '' };
  }
}
