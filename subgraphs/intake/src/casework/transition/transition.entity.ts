import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Participant } from '../../people';
import {
  FlowMeetingOutcome,
  TransitionKind,
  TransitionProposer,
  TransitionStatus,
  TransitionStepKind,
  TransitionStepOutcome,
} from './transition.enums';

/**
 * The flow meeting (flytmøte) of one year's week 18 or 41, where the providers, NAV and the allocation office take
 * up wishes to change offers. The allocation office coordinates it; its agenda is the transitions put on it.
 */
@Directive('@key(fields: "id")')
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    'A flow meeting (flytmøte) in week 18 or 41, coordinated by the allocation office (Tildelingskontoret), with its agenda of transitions (those the caller may see).',
})
@Entity({ tableName: 'flow_meeting' })
@Unique({ properties: ['year', 'week'] })
export class FlowMeeting {
  @Field(() => ID, { description: 'Stable id of the flow meeting.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'The year.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'The ISO week: 18 or 41.' })
  @Property({ type: 'integer' })
  week!: number;

  @Field(() => DateScalar, { description: 'The Monday of the week, as in the intake calendar.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { description: 'The Friday of the week.' })
  @Property({ type: 'string', length: 10 })
  endDate!: string;

  @Field(() => Date, { description: 'When the meeting was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * A wish to change offers (dynamisk flyt): from one or more of the participant's current placements to one or more
 * target offers. The steps (ends and starts) are stored as asked for; the providers carry them out when agreed.
 */
@Directive('@key(fields: "id")')
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    'A transition between offers (dynamisk flyt) for one participant. Seen by the allocation office, the participant and their guardians, the providers whose placements it ends or starts, and NAV’s staff when it involves a state place; null for anyone else.',
})
@Entity({ tableName: 'transition' })
export class Transition {
  @Field(() => ID, { description: 'Stable id of the transition.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Participant, { ref: true, fieldName: 'participant_id', index: true })
  participant!: Ref<Participant>;

  @Field(() => TransitionKind, { description: 'What kind of change it is.' })
  @Enum({ items: () => TransitionKind, type: 'string', length: 32 })
  kind!: TransitionKind;

  @Field(() => TransitionStatus, { description: 'Where it stands.' })
  @Enum({ items: () => TransitionStatus, type: 'string', length: 32, index: true })
  status: TransitionStatus = TransitionStatus.PROPOSED;

  @Field(() => TransitionProposer, {
    description: 'The role of whoever proposed it, taken from their token (not from the input of proposeTransition).',
  })
  @Enum({ items: () => TransitionProposer, type: 'string', length: 32 })
  proposedBy!: TransitionProposer;

  @Field(() => String, { description: 'The participant’s own wish, in their words (required, as the domain asks).' })
  @Property({ type: 'text' })
  participantWish!: string;

  /** The meeting whose agenda it is on now; null while PROPOSED (and after a postponement). */
  @ManyToOne(() => FlowMeeting, { ref: true, fieldName: 'flow_meeting_id', nullable: true, index: true })
  flowMeeting: Ref<FlowMeeting> | null = null;

  @Field(() => String, { nullable: true, description: 'The last note of a flow meeting: REJECTED’s reason, etc.' })
  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the hub asked the providers; null before.' })
  @Property({ type: 'string', length: 10, nullable: true })
  executedOn: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'REVERTING or REVERTED: the day the allocation office decided to undo the ends (revertTransition); else null.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  revertedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'REVERTING or REVERTED: why the ends were undone; else null.' })
  @Property({ type: 'text', nullable: true })
  revertReason: string | null = null;

  @Field(() => Date, { description: 'When it was proposed.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When it last changed.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** Why a provider refused a step, in the provider's own error contract. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'Why a provider refused a step of a transition.' })
export class TransitionStepRefusal {
  @Field(() => String, { description: 'The provider’s error code, e.g. FAILED_PRECONDITION or CONFLICT.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The provider’s rule for FAILED_PRECONDITION; else null.' })
  rule!: string | null;

  @Field(() => String, { description: 'The provider’s message, for the case worker.' })
  message!: string;
}

/**
 * One change a transition asks of a provider: END one of the participant's placements on a day, or START a placement
 * in a target offer. Stored when the transition is proposed; the provider's answer is recorded on execution.
 */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'One step of a transition: ending a placement, or starting one in a target offer.' })
@Entity({ tableName: 'transition_step' })
export class TransitionStep {
  @Field(() => ID, { description: 'Stable id of the step.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Transition, { ref: true, fieldName: 'transition_id', index: true, deleteRule: 'cascade' })
  transition!: Ref<Transition>;

  /** Order within the transition: the ends first, then the starts, as asked. */
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => TransitionStepKind, { description: 'END or START.' })
  @Enum({ items: () => TransitionStepKind, type: 'string', length: 8 })
  kind!: TransitionStepKind;

  /** END: the hub's (the provider's) id of the placement ended. START: the provider's id once it created one. */
  @Property({ type: 'string', length: 64, nullable: true, index: true })
  placementId: string | null = null;

  @Property({ type: 'string', length: 64, index: true })
  offerId!: string;

  @Field(() => ID, { nullable: true, description: 'START: the provider’s group (or Arba’s arena); else null.' })
  @Property({ type: 'string', length: 64, nullable: true })
  groupId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'START at the day services: days a week; else null.' })
  @Property({ type: 'integer', nullable: true })
  daysPerWeek: number | null = null;

  @Field(() => Float, { nullable: true, description: 'START at the work centre or Arba: hours a week; else null.' })
  @Property({ type: 'double', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'START: the first day; else null.' })
  @Property({ type: 'string', length: 10, nullable: true })
  startDate: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'END: the last day asked for. UNDO_END: the last day to restore (null: open-ended again). START: null.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'END: the placement’s last day before the transition, as the hub knew it when proposed (null: open-ended), which an UNDO_END restores; else null.',
  })
  @Property({ type: 'string', length: 10, nullable: true })
  previousEndDate: string | null = null;

  @Field(() => TransitionStepOutcome, { description: 'The provider’s answer, or NOT_ASKED.' })
  @Enum({ items: () => TransitionStepOutcome, type: 'string', length: 32 })
  outcome: TransitionStepOutcome = TransitionStepOutcome.NOT_ASKED;

  @Property({ type: 'string', length: 64, nullable: true })
  refusalCode: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  refusalRule: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the provider refused or could not be reached; null after a good answer.',
  })
  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Field(() => Int, { description: 'How many times the hub has asked the provider.' })
  @Property({ type: 'integer' })
  attempts = 0;

  @Field(() => Date, { nullable: true, description: 'When the hub last asked the provider.' })
  @Property({ type: 'Date', nullable: true })
  requestedAt: Date | null = null;

  @Field(() => TransitionStepRefusal, { nullable: true, description: 'Why the provider refused; null unless REFUSED.' })
  get refusal(): TransitionStepRefusal | null {
    if (this.outcome !== TransitionStepOutcome.REFUSED || !this.refusalCode) return null;
    return { code: this.refusalCode, rule: this.refusalRule, message: this.message ?? '' };
  }
}

/** One step in a transition's history, like an application's. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'A change of a transition’s status: what it became, when, by whom, and why.' })
@Entity({ tableName: 'transition_status_change' })
export class TransitionStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Transition, { ref: true, fieldName: 'transition_id', index: true, deleteRule: 'cascade' })
  transition!: Ref<Transition>;

  @Field(() => TransitionStatus, { description: 'The status the transition got.' })
  @Enum({ items: () => TransitionStatus, type: 'string', length: 32 })
  status!: TransitionStatus;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'Date' })
  at: Date = new Date();

  @Field(() => TransitionProposer, { description: 'The role of whoever made the change.' })
  @Enum({ items: () => TransitionProposer, type: 'string', length: 32 })
  by!: TransitionProposer;

  @Field(() => String, { nullable: true, description: 'A note: a meeting’s reason, a withdrawal’s why; or null.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Order within the transition: two steps in one transaction may get the same time. */
  @Property({ type: 'integer' })
  position!: number;
}

/** A transition on a flow meeting's agenda, with what the meeting decided (null until it has). */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'An item of a flow meeting’s agenda: a transition and the meeting’s outcome.' })
@Entity({ tableName: 'flow_meeting_item' })
@Unique({ properties: ['flowMeeting', 'transition'] })
export class FlowMeetingItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => FlowMeeting, { ref: true, fieldName: 'flow_meeting_id', index: true, deleteRule: 'cascade' })
  flowMeeting!: Ref<FlowMeeting>;

  @ManyToOne(() => Transition, { ref: true, fieldName: 'transition_id', index: true, deleteRule: 'cascade' })
  transition!: Ref<Transition>;

  @Field(() => Int, { description: 'Place on the agenda, from 1.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => FlowMeetingOutcome, { nullable: true, description: 'What the meeting decided; null until then.' })
  @Enum({ items: () => FlowMeetingOutcome, type: 'string', length: 32, nullable: true })
  outcome: FlowMeetingOutcome | null = null;

  @Field(() => String, { nullable: true, description: 'The meeting’s note on the outcome (REJECTED’s reason).' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
