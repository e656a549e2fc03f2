import { DateScalar } from '@veiinn/kit';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('ArbaExtendAftPeriodInput', { description: "NAV's extension of an AFT participation." })
export class ArbaExtendAftPeriodInput {
  @Field(() => ID, { description: 'Id of the AFT placement.' })
  participationId!: string;

  @Field(() => DateScalar, {
    description: 'Last day of the extension, which starts the day after the initial period: at most one year later.',
  })
  endDate!: string;

  @Field(() => Int, { description: 'The `version` you read; refused with CONFLICT if the placement changed since.' })
  expectedVersion!: number;
}
