import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PROVIDER_DETAIL } from '../access';
import { ArbaParticipation } from '../participation/participation.entity';

/** An individual goal of a VTA participant (individuelt mål), evaluated twice a year. */
@Directive(PROVIDER_DETAIL)
@ObjectType('ArbaVtaGoal', { description: 'An individual goal of a VTA participant, evaluated twice a year.' })
@Entity({ tableName: 'vta_goal' })
export class VtaGoal {
  @Field(() => ID, { description: 'Stable id of the goal.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ArbaParticipation, { ref: true, fieldName: 'participation_id', index: true })
  participation!: Ref<ArbaParticipation>;

  @Field(() => String, { description: 'The goal in plain words, e.g. "Bruke stemplingsuret selv".' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar, { description: 'When the goal was set.' })
  @Property({ type: 'string', length: 10 })
  setOn!: string;
}

export enum VtaGoalResult {
  REACHED = 'REACHED',
  PARTLY = 'PARTLY',
  NOT_REACHED = 'NOT_REACHED',
}
registerEnumType(VtaGoalResult, {
  name: 'ArbaVtaGoalResult',
  description: 'How far an individual goal was reached at an evaluation.',
  valuesConfig: {
    REACHED: { description: 'Reached.' },
    PARTLY: { description: 'Partly reached.' },
    NOT_REACHED: { description: 'Not reached.' },
  },
});

/** One of the twice-yearly evaluations of a VTA goal. */
@Directive(PROVIDER_DETAIL)
@ObjectType('ArbaVtaGoalEvaluation', { description: 'An evaluation of an individual VTA goal.' })
@Entity({ tableName: 'vta_goal_evaluation' })
export class VtaGoalEvaluation {
  @Field(() => ID, { description: 'Stable id of the evaluation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => VtaGoal, { ref: true, fieldName: 'goal_id', index: true })
  goal!: Ref<VtaGoal>;

  @Field(() => DateScalar, { description: 'Day of the evaluation.' })
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Field(() => VtaGoalResult, { description: 'How far the goal was reached.' })
  @Enum({ items: () => VtaGoalResult, type: 'string', length: 32 })
  result!: VtaGoalResult;

  @Field(() => String, { nullable: true, description: 'A short note from the evaluation; null when none was written.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
