import { Field, InputType, Int } from 'type-graphql';
import { GuardianRelation } from './participant.entity';

@InputType({ description: 'A guardian or next of kin. Give at least a phone number or an e-mail address.' })
export class GuardianInput {
  @Field(() => String)
  name!: string;

  @Field(() => GuardianRelation)
  relation!: GuardianRelation;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType({ description: 'A new participant. Only what intake needs; health and disability data do not belong here.' })
export class RegisterParticipantInput {
  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  familyName!: string;

  @Field(() => String, {
    description:
      'Norwegian national identity number or D-number, 11 digits. Stored to match NAV records; never returned.',
  })
  nationalIdentityNumber!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number: 8 digits, or international with a leading +.' })
  phone?: string | null;

  @Field(() => [GuardianInput], {
    nullable: true,
    description: 'Guardians or next of kin, at most 4, in the order given.',
  })
  guardians?: GuardianInput[] | null;
}

@InputType({
  description:
    'Changes to a participant. Only the fields given are changed; `guardians`, when given, replaces the list.',
})
export class UpdateParticipantInput {
  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you read; the update is refused with CONFLICT if the participant changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [GuardianInput], { nullable: true })
  guardians?: GuardianInput[] | null;
}

@InputType({ description: 'Narrows the participant list.' })
export class ParticipantFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Every word must occur in the given or family name (case-insensitive).',
  })
  search?: string | null;
}
