import { Entity, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Access } from '@veiinn/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Participant } from '../../people';

/** A participant's career plan (karriereplan): short- and long-term wishes, education included. One each. */
@Directive(Access.PERSONAL)
@ObjectType({ description: 'A participant’s career plan (karriereplan): wishes for the short and long term.' })
@Entity({ tableName: 'career_plan' })
export class CareerPlan {
  @Field(() => ID, { description: 'Stable id of the plan.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Participant, { ref: true, fieldName: 'participant_id', owner: true, unique: true })
  participant!: Ref<Participant>;

  @Field(() => String, { nullable: true, description: 'Wishes for the next year or so, in the participant’s words.' })
  @Property({ type: 'text', nullable: true })
  shortTermWishes: string | null = null;

  @Field(() => String, { nullable: true, description: 'Wishes for the longer term.' })
  @Property({ type: 'text', nullable: true })
  longTermWishes: string | null = null;

  @Field(() => String, { nullable: true, description: 'Wishes for education or training (e.g. a trade certificate).' })
  @Property({ type: 'text', nullable: true })
  educationWishes: string | null = null;

  @Field(() => Date, { description: 'When the plan last changed.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Version for optimistic locking.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
