import { DateScalar } from '@veiinn/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { FlowMeetingOutcome, TransitionKind, TransitionProposer } from './transition.enums';

@InputType({ description: 'One of the participant’s current placements that the transition ends.' })
export class TransitionFromInput {
  @Field(() => ID, { description: 'Id of the placement in the hub’s index; it must be ACTIVE or PLANNED.' })
  placementId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Its last day; the day before the earliest target start when left out. Not before its start.',
  })
  endDate?: string | null;
}

@InputType({ description: 'A target offer of a transition, with what its provider needs to start the placement.' })
export class TransitionTargetInput {
  @Field(() => ID, { description: 'Id of the offer.' })
  offerId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The provider’s group (or Arba’s arena); required at the day services, the work centre and Arba.',
  })
  groupId?: string | null;

  @Field(() => Int, { nullable: true, description: 'At the day services: days a week, 1 to 5 (required there).' })
  daysPerWeek?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'At the work centre or Arba: hours a week, more than 0 and at most 30 (required there).',
  })
  hoursPerWeek?: number | null;

  @Field(() => DateScalar, { description: 'The first day of the new placement, not before today.' })
  startDate!: string;
}

@InputType({ description: 'A proposed transition between offers (dynamisk flyt).' })
export class ProposeTransitionInput {
  @Field(() => ID, { description: 'Id of the participant.' })
  participantId!: string;

  @Field(() => TransitionKind, { description: 'What kind of change it is.' })
  kind!: TransitionKind;

  @Field(() => String, { description: 'The participant’s own wish, in their words; at most 2000 characters.' })
  participantWish!: string;

  @Field(() => [TransitionFromInput], {
    description: 'The current placements it ends or changes (one or more; CHANGE_EXTENT ends the old extent).',
  })
  from!: TransitionFromInput[];

  @Field(() => [TransitionTargetInput], { description: 'The offers it starts (one or more).' })
  targets!: TransitionTargetInput[];
}

@InputType({ description: 'A step of a transition’s state machine, by whom and why.' })
export class TransitionStepInput {
  @Field(() => ID, { description: 'Id of the transition.' })
  transitionId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The transition’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => TransitionProposer, { defaultValue: TransitionProposer.CASE_WORKER, description: 'Who takes the step.' })
  by!: TransitionProposer;

  @Field(() => String, { nullable: true, description: 'Why, e.g. a withdrawal’s reason; at most 2000 characters.' })
  note?: string | null;
}

@InputType({ description: 'A flow meeting to create.' })
export class CreateFlowMeetingInput {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { description: 'The ISO week: 18 or 41 (the intake calendar’s flow meetings).' })
  week!: number;
}

@InputType({ description: 'A transition put on a flow meeting’s agenda.' })
export class AddTransitionToAgendaInput {
  @Field(() => ID, { description: 'Id of the flow meeting.' })
  flowMeetingId!: string;

  @Field(() => ID, { description: 'Id of the transition; it must be PROPOSED.' })
  transitionId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The transition’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'What a flow meeting decided on a transition on its agenda.' })
export class RecordTransitionOutcomeInput {
  @Field(() => ID, { description: 'Id of the transition; it must be ON_AGENDA.' })
  transitionId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The transition’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => FlowMeetingOutcome, { description: 'Agreed, rejected or postponed.' })
  outcome!: FlowMeetingOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'The meeting’s note, at most 2000 characters; required when REJECTED (the reason).',
  })
  note?: string | null;
}

@InputType({ description: 'Asking a provider again for one step of an executing transition.' })
export class RetryTransitionStepInput {
  @Field(() => ID, { description: 'Id of the transition; it must be EXECUTING.' })
  transitionId!: string;

  @Field(() => ID, { description: 'Id of the step; it must be REFUSED or UNREACHABLE.' })
  stepId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The transition’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;
}

@InputType({
  description: 'Undoing the ends of an executing transition whose targets could not be started: the compensating step.',
})
export class RevertTransitionInput {
  @Field(() => ID, { description: 'Id of the transition; it must be EXECUTING, with no target started.' })
  transitionId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The transition’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => String, {
    description:
      'Why the change is undone, e.g. the target group was full; at most 2000 characters. Shown on the annulled decision and its letter.',
  })
  reason!: string;
}
