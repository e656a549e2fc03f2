import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { AskerProduktPlacement } from '../placement/placement.entity';

/** An individual goal of a participant, evaluated twice a year. */
@ObjectType('AskerProduktGoal', { description: "An individual goal of a participant's, evaluated twice a year." })
@Entity({ tableName: 'goal' })
export class AskerProduktGoal {
  @Field(() => ID, { description: 'Stable id of the goal.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AskerProduktPlacement, { ref: true, fieldName: 'placement_id', index: true })
  placement!: Ref<AskerProduktPlacement>;

  @Field(() => String, { description: 'The goal in the participant’s words (no health details).' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar, { description: 'The day the goal was set.' })
  @Property({ type: 'string', length: 10 })
  setOn!: string;
}

/** One half-yearly evaluation of a goal: reached or not. */
@ObjectType('AskerProduktGoalEvaluation', { description: 'A half-yearly evaluation of a goal: reached or not.' })
@Entity({ tableName: 'goal_evaluation' })
export class AskerProduktGoalEvaluation {
  @Field(() => ID, { description: 'Stable id of the evaluation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => AskerProduktGoal, { ref: true, fieldName: 'goal_id', index: true })
  goal!: Ref<AskerProduktGoal>;

  @Field(() => DateScalar, { description: 'The day of the evaluation.' })
  @Property({ type: 'string', length: 10 })
  date!: string;

  @Field(() => Boolean, { description: 'Whether the goal was reached at this evaluation.' })
  @Property({ type: 'boolean' })
  reached!: boolean;
}
