import { DateScalar } from '@veiinn/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArbaMunicipality } from '../common/enums';
import { ArbaAftOutcome } from './participation.entity';

@InputType('ArbaStartParticipationInput', { description: "A participant's start in Arba's VTA or AFT." })
export class ArbaStartParticipationInput {
  @Field(() => ID, { description: "The hub's participant id." })
  participantId!: string;

  @Field(() => ID, { description: "Id of Arba's VTA or AFT offer." })
  offerId!: string;

  @Field(() => ID, { description: 'Slug of the arena the participant starts at, e.g. "montering".' })
  arenaId!: string;

  @Field(() => ArbaMunicipality, {
    nullable: true,
    description: 'Whose places the participation uses; BAERUM when left out.',
  })
  municipality?: ArbaMunicipality | null;

  @Field(() => Float, { description: 'Agreed hours a week, more than 0 and at most 37.5.' })
  hoursPerWeek!: number;

  @Field(() => DateScalar, {
    description: 'First day. An AFT participation gets an initial period of one year from it.',
  })
  startDate!: string;
}

@InputType('ArbaEndParticipationInput', { description: 'The end of a participation in VTA or AFT.' })
export class ArbaEndParticipationInput {
  @Field(() => ID, { description: 'Id of the placement to end.' })
  participationId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day: not before the start, and for AFT not after the last granted period. Null takes back the end of an ended participation (e.g. the hub undoing a transition’s end), and its AFT outcome with it.',
  })
  endDate!: string | null;

  @Field(() => ArbaAftOutcome, {
    nullable: true,
    description: 'Where the participant goes; required for AFT, left out for VTA.',
  })
  outcome?: ArbaAftOutcome | null;

  @Field(() => Int, { description: 'The `version` you read; refused with CONFLICT if the placement changed since.' })
  expectedVersion!: number;
}

@InputType('ArbaChangeParticipationHoursInput', { description: 'New agreed hours a week for a participation.' })
export class ArbaChangeParticipationHoursInput {
  @Field(() => ID, { description: 'Id of the placement to change.' })
  participationId!: string;

  @Field(() => Float, { description: 'Agreed hours a week, more than 0 and at most 37.5.' })
  hoursPerWeek!: number;

  @Field(() => Int, { description: 'The `version` you read; refused with CONFLICT if the placement changed since.' })
  expectedVersion!: number;
}
