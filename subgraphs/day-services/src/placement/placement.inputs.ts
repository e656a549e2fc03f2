import { DateScalar } from '@veiinn/kit';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('DayServicesStartPlacementInput', {
  description: 'A new placement in an activity group, as granted by vedtak from the allocation office.',
})
export class StartPlacementInput {
  @Field(() => ID, { description: "The participant's id in the hub (a UUID)." })
  participantId!: string;

  @Field(() => ID, { description: 'The offer of the day services the placement is in.' })
  offerId!: string;

  @Field(() => ID, { description: 'The activity group, which must belong to the offer.' })
  groupId!: string;

  @Field(() => Int, { description: 'Days a week, 1 to 5.' })
  daysPerWeek!: number;

  @Field(() => DateScalar, { description: 'First day of the placement.' })
  startDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of the placement, not before the start; leave out for an open-ended placement.',
  })
  endDate?: string | null;
}

@InputType('DayServicesEndPlacementInput', { description: 'Ends a placement on a given day.' })
export class EndPlacementInput {
  @Field(() => ID, { description: 'The placement to end.' })
  placementId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day of the placement, not before its start; null makes it open-ended again (e.g. the hub undoing a transition’s end), checked like a later end.',
  })
  endDate!: string | null;

  @Field(() => Int, {
    description: 'The `version` of the placement you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion!: number;
}

@InputType('DayServicesChangePlacementDaysInput', { description: 'New days a week for a placement.' })
export class ChangePlacementDaysInput {
  @Field(() => ID, { description: 'The placement to change.' })
  placementId!: string;

  @Field(() => Int, { description: 'Days a week, 1 to 5.' })
  daysPerWeek!: number;

  @Field(() => Int, {
    description: 'The `version` of the placement you read; refused with CONFLICT if it changed since.',
  })
  expectedVersion!: number;
}
