import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { ArbaArena } from '../arena/arena.entity';
import { ArbaMeasure } from '../common/enums';

/** A supervisor (arbeidsleder) who follows the participants of one measure at one arena. */
@ObjectType('ArbaSupervisor', { description: 'A supervisor (arbeidsleder) at an Arba arena.' })
@Entity({ tableName: 'supervisor' })
export class ArbaSupervisor {
  @Field(() => ID, { description: 'Stable id of the supervisor.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Full name: a field for staff only, resolved in SupervisorResolver (`name`). */
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => ArbaArena, { ref: true, fieldName: 'arena_id', index: true })
  arena!: Ref<ArbaArena>;

  @Field(() => ArbaMeasure, { description: 'The measure whose participants the supervisor follows.' })
  @Enum({ items: () => ArbaMeasure, type: 'string', length: 32 })
  measure!: ArbaMeasure;
}
