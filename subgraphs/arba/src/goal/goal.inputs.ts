import { DateScalar } from '@veiinn/kit';
import { Field, ID, InputType } from 'type-graphql';
import { VtaGoalResult } from './goal.entity';

@InputType('ArbaSetVtaGoalInput', { description: 'A new individual goal for a VTA participant.' })
export class ArbaSetVtaGoalInput {
  @Field(() => ID, { description: 'Id of the VTA placement.' })
  participationId!: string;

  @Field(() => String, { description: 'The goal in plain words, 1 to 500 characters.' })
  description!: string;
}

@InputType('ArbaEvaluateVtaGoalInput', { description: 'One evaluation of an individual VTA goal.' })
export class ArbaEvaluateVtaGoalInput {
  @Field(() => ID, { description: 'Id of the goal.' })
  goalId!: string;

  @Field(() => DateScalar, {
    description:
      'Day of the evaluation: not before the goal was set, not in the future, not after the placement ended.',
  })
  date!: string;

  @Field(() => VtaGoalResult, { description: 'How far the goal was reached.' })
  result!: VtaGoalResult;

  @Field(() => String, { nullable: true, description: 'A short note, at most 2000 characters; no health details.' })
  note?: string | null;
}
