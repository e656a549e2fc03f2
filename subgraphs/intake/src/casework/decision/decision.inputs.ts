import { DateScalar } from '@veiinn/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DecisionOutcome } from './decision.enums';

@InputType({ description: 'The allocation office’s decision (vedtak) on an application under assessment.' })
export class DecideApplicationInput {
  @Field(() => ID, { description: 'Id of the application; it must be UNDER_ASSESSMENT.' })
  applicationId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The application’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => DecisionOutcome, { description: 'Granted, rejected or waiting list.' })
  outcome!: DecisionOutcome;

  @Field(() => ID, {
    nullable: true,
    description:
      'GRANTED: the offer granted, one of those applied for (required). WAITING: the offer to wait for; every municipal offer applied for when left out. REJECTED: leave out.',
  })
  offerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'GRANTED: the provider’s group (required at the day services and the work centre).',
  })
  groupId?: string | null;

  @Field(() => Int, { nullable: true, description: 'GRANTED at the day services: days a week, 1 to 5 (required).' })
  daysPerWeek?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'GRANTED at the work centre: hours a week, more than 0 and at most 30 (required).',
  })
  hoursPerWeek?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'GRANTED: the first day of the place, not before the day of the decision (required).',
  })
  startDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason, at most 2000 characters: required when REJECTED; quoted in the letter.',
  })
  reason?: string | null;
}

@InputType({ description: 'Asking the provider again for the placement of a granted decision.' })
export class RetryDecisionPlacementInput {
  @Field(() => ID, { description: 'Id of the decision.' })
  decisionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Another group of the same offer, e.g. after GROUP_FULL; the decision’s group when left out.',
  })
  groupId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The decision’s `version` you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion?: number | null;
}
