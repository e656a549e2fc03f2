import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Access, DateTimeScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GuardianRelation, Participant } from './participant.entity';

export enum GuardianshipStatus {
  CLAIMED = 'CLAIMED',
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(GuardianshipStatus, {
  name: 'GuardianshipStatus',
  description: 'Whether the allocation office has confirmed that a signed-in guardian is the young person’s guardian.',
  valuesConfig: {
    CLAIMED: {
      description:
        'Claimed by the guardian, not yet confirmed: the guardian sees only the applications they submitted.',
    },
    CONFIRMED: {
      description: 'Confirmed by the allocation office: the guardian sees what the young person would see.',
    },
  },
});

/**
 * A signed-in guardian's claim to act for a young person (`registerWard`), and the allocation office's confirmation
 * of it (`confirmGuardianship`). The guardian is known by the keyed pseudonym of their identity number (`personRef`),
 * never the number itself. Until confirmed, the claim gives the guardian only their own submissions.
 */
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    'A guardian’s claim to act for a young person, signed in with ID-porten, and whether the allocation office has confirmed it.',
})
@Entity({ tableName: 'guardianship' })
@Unique({ properties: ['participant', 'guardianRef'] })
export class Guardianship {
  @Field(() => ID, { description: 'Stable id of the claim.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Participant, { ref: true, fieldName: 'participant_id', index: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  /** `personRef` of the guardian's identity number (the token's `pid`): who claims, without the number. */
  @Property({ type: 'string', length: 64, index: true })
  guardianRef!: string;

  @Field(() => String, { description: 'The guardian’s name, as they gave it.' })
  @Property({ type: 'string', length: 200 })
  guardianName!: string;

  @Field(() => GuardianRelation, { description: 'How the guardian says they are related to the young person.' })
  @Enum({ items: () => GuardianRelation, type: 'string', length: 32 })
  relation!: GuardianRelation;

  @Field(() => String, { description: 'The young person’s name, as the guardian gave it.' })
  @Property({ type: 'string', length: 201 })
  wardName!: string;

  @Field(() => DateTimeScalar, { description: 'When the guardian claimed it.' })
  @Property({ type: 'Date' })
  claimedAt: Date = new Date();

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the allocation office confirmed it; null until then.',
  })
  @Property({ type: 'Date', nullable: true })
  confirmedAt: Date | null = null;

  /** `sub` of the case worker who confirmed it. */
  @Property({ type: 'string', length: 200, nullable: true })
  confirmedBy: string | null = null;

  @Field(() => GuardianshipStatus, { description: 'CLAIMED until the allocation office confirms it.' })
  get status(): GuardianshipStatus {
    return this.confirmedAt ? GuardianshipStatus.CONFIRMED : GuardianshipStatus.CLAIMED;
  }
}
