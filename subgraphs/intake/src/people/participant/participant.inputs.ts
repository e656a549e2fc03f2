import { Field, ID, InputType, Int } from 'type-graphql';
import { GuardianRelation } from './participant.entity';

@InputType({ description: 'A guardian or next of kin. Give at least a phone number or an e-mail address.' })
export class GuardianInput {
  @Field(() => String, { description: 'Full name, at most 200 characters.' })
  name!: string;

  @Field(() => GuardianRelation, { description: 'How the guardian is related to the participant.' })
  relation!: GuardianRelation;

  @Field(() => String, { description: 'Phone number: 8 digits, or international with a leading +.', nullable: true })
  phone?: string | null;

  @Field(() => String, { description: 'E-mail address.', nullable: true })
  email?: string | null;
}

@InputType({ description: 'A new participant. Only what intake needs; health and disability data do not belong here.' })
export class RegisterParticipantInput {
  @Field(() => String, { description: 'Given name(s), at most 100 characters.' })
  givenName!: string;

  @Field(() => String, { description: 'Family name, at most 100 characters.' })
  familyName!: string;

  @Field(() => String, {
    description:
      'Norwegian national identity number or D-number, 11 digits. Stored to match NAV records; never returned.',
  })
  nationalIdentityNumber!: string;

  @Field(() => String, { description: 'E-mail address, if the participant wants one used.', nullable: true })
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
  @Field(() => ID, { description: 'Id of the participant to change.' })
  participantId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The `version` you read; the update is refused with CONFLICT if the participant changed since.',
  })
  expectedVersion?: number | null;

  @Field(() => String, { description: 'New given name(s).', nullable: true })
  givenName?: string | null;

  @Field(() => String, { description: 'New family name.', nullable: true })
  familyName?: string | null;

  @Field(() => String, { description: 'New e-mail address; null clears it.', nullable: true })
  email?: string | null;

  @Field(() => String, { description: 'New phone number; null clears it.', nullable: true })
  phone?: string | null;

  @Field(() => [GuardianInput], {
    description: 'The full new list of guardians (replaces the old one); at most 4.',
    nullable: true,
  })
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
