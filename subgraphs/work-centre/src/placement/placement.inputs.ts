import { DateScalar } from '@veiinn/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('WorkCentreTrainingCandidacyInput', {
  description: 'A training candidacy (lærekandidat) to start with the placement; only on a training-candidate offer.',
})
export class TrainingCandidacyInput {
  @Field(() => String, {
    description: 'The goal: what the certificate of competence (kompetansebevis) is to cover; at most 1000 characters.',
  })
  goal!: string;

  @Field(() => DateScalar, {
    description: 'Planned last day of training: not before the start and at most 2 years after it.',
  })
  plannedEnd!: string;
}

@InputType('WorkCentreStartPlacementInput', {
  description: 'A new placement in a work group, as granted by vedtak from the allocation office.',
})
export class StartPlacementInput {
  @Field(() => ID, { description: "The hub's id of the participant." })
  participantId!: string;

  @Field(() => ID, { description: "Id of one of the work centre's offers." })
  offerId!: string;

  @Field(() => ID, { description: 'Id of a work group of that offer.' })
  groupId!: string;

  @Field(() => Float, { description: 'Hours a week: more than 0 and at most 30 (a full position).' })
  hoursPerWeek!: number;

  @Field(() => DateScalar, { description: 'First day of the placement.' })
  startDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of the placement, not before the start; leave out while open-ended.',
  })
  endDate?: string | null;

  @Field(() => TrainingCandidacyInput, {
    nullable: true,
    description: 'A training candidacy that starts with the placement; the training starts on the start date.',
  })
  trainingCandidacy?: TrainingCandidacyInput | null;
}

@InputType('WorkCentreChangePlacementHoursInput', { description: 'New hours a week for a placement.' })
export class ChangeHoursInput {
  @Field(() => ID, { description: 'Id of the placement.' })
  placementId!: string;

  @Field(() => Float, { description: 'Hours a week: more than 0 and at most 30 (a full position).' })
  hoursPerWeek!: number;

  @Field(() => Int, {
    description: 'The `version` you read; the change is refused with CONFLICT if the placement changed since.',
  })
  expectedVersion!: number;
}

@InputType('WorkCentreEndPlacementInput', {
  description: 'Ends a placement on a day (or moves the end of one that has an end already).',
})
export class EndPlacementInput {
  @Field(() => ID, { description: 'Id of the placement.' })
  placementId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day of the placement; not before its start. Null makes it open-ended again (e.g. the hub undoing a transition’s end).',
  })
  endDate!: string | null;

  @Field(() => Int, {
    description: 'The `version` you read; the change is refused with CONFLICT if the placement changed since.',
  })
  expectedVersion!: number;
}
