import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Access } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Participant } from '../participant/participant.entity';

/** What a correction request is about: a field of the participant, or a part of their case. */
export enum CorrectionField {
  GIVEN_NAME = 'GIVEN_NAME',
  FAMILY_NAME = 'FAMILY_NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  GUARDIANS = 'GUARDIANS',
  APPLICATION = 'APPLICATION',
  DECISION = 'DECISION',
  PLACEMENT = 'PLACEMENT',
  NAV_RECORD = 'NAV_RECORD',
  CAREER_PLAN = 'CAREER_PLAN',
  OTHER = 'OTHER',
}
registerEnumType(CorrectionField, {
  name: 'CorrectionField',
  description:
    'What a correction request is about. For GIVEN_NAME, FAMILY_NAME, EMAIL and PHONE an accepted request changes the participant at once; for the others the office corrects it where it is kept and says how in its answer.',
  valuesConfig: {
    GIVEN_NAME: { description: 'The given name(s); changed on the participant when accepted.' },
    FAMILY_NAME: { description: 'The family name; changed on the participant when accepted.' },
    BIRTH_DATE: { description: 'The date of birth (from the national identity number; the office checks it).' },
    EMAIL: { description: 'The e-mail address; changed on the participant when accepted.' },
    PHONE: { description: 'The phone number; changed on the participant when accepted.' },
    GUARDIANS: { description: 'Guardians and next of kin.' },
    APPLICATION: { description: 'Something in an application.' },
    DECISION: { description: 'Something in a decision or its letter.' },
    PLACEMENT: { description: 'A place at a provider: dates, extent, group.' },
    NAV_RECORD: { description: 'What NAV’s records say (the office passes it on to NAV).' },
    CAREER_PLAN: { description: 'The career plan.' },
    OTHER: { description: 'Anything else; say what in the values and the reason.' },
  },
});

export enum CorrectionStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}
registerEnumType(CorrectionStatus, {
  name: 'CorrectionStatus',
  description: 'OPEN until the allocation office accepts or refuses it, with a reason; never deleted.',
  valuesConfig: {
    OPEN: { description: 'Waiting for the allocation office’s answer.' },
    ACCEPTED: { description: 'Accepted: corrected (see the answer).' },
    REFUSED: { description: 'Refused, with the reason in the answer.' },
  },
});

/** The role that asked: the person, their guardian, or the office on their behalf (e.g. by phone). */
export enum CorrectionRequester {
  PARTICIPANT = 'PARTICIPANT',
  GUARDIAN = 'GUARDIAN',
  CASE_WORKER = 'CASE_WORKER',
}
registerEnumType(CorrectionRequester, {
  name: 'CorrectionRequester',
  description: 'Who asked for the correction.',
  valuesConfig: {
    PARTICIPANT: { description: 'The participant, signed in.' },
    GUARDIAN: { description: 'A guardian of the participant, signed in.' },
    CASE_WORKER: { description: 'The allocation office on the participant’s behalf (e.g. asked by phone).' },
  },
});

/**
 * A person's request to correct what the graph holds about them (GDPR art. 16), and the office's answer. Kept as
 * history: a request is decided once and never deleted; an accepted change of the participant says what it was.
 */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'A request to correct data about a participant, and the allocation office’s answer.' })
@Entity({ tableName: 'correction_request' })
@Index({ properties: ['participant', 'createdAt'] })
@Index({ properties: ['status', 'createdAt'] })
export class CorrectionRequest {
  @Field(() => ID, { description: 'Stable id of the request.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Participant, { ref: true, fieldName: 'participant_id' })
  participant!: Ref<Participant>;

  @Field(() => CorrectionField, { description: 'What is to be corrected.' })
  @Enum({ items: () => CorrectionField })
  field!: CorrectionField;

  @Field(() => String, { nullable: true, description: 'What it says now, as the person sees it; optional.' })
  @Property({ type: 'text', nullable: true })
  currentValue: string | null = null;

  @Field(() => String, { description: 'What it should say.' })
  @Property({ type: 'text' })
  correctValue!: string;

  @Field(() => String, { description: 'Why, in the person’s words.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => CorrectionRequester, { description: 'Who asked: taken from the caller’s role, not from the input.' })
  @Enum({ items: () => CorrectionRequester })
  requestedBy!: CorrectionRequester;

  @Field(() => CorrectionStatus, { description: 'OPEN, ACCEPTED or REFUSED.' })
  @Enum({ items: () => CorrectionStatus })
  status: CorrectionStatus = CorrectionStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'The office’s reason for accepting or refusing.' })
  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the office answered.' })
  @Property({ type: 'Date', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'For an accepted GIVEN_NAME, FAMILY_NAME, EMAIL or PHONE: the value the participant had before.',
  })
  @Property({ type: 'text', nullable: true })
  previousValue: string | null = null;

  @Field(() => Date, { description: 'When the request was made.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when deciding.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
