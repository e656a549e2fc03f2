import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('DayServicesGroupCapacityInput', { description: 'A new capacity for an activity group.' })
export class GroupCapacityInput {
  @Field(() => ID, { description: 'The group to change.' })
  groupId!: string;

  @Field(() => Int, {
    description: 'Participants the group has room for, 0 to 500; not below the placements current or starting later.',
  })
  capacity!: number;

  @Field(() => Int, { description: 'The `version` of the group you read; refused with CONFLICT if it changed since.' })
  expectedVersion!: number;
}
