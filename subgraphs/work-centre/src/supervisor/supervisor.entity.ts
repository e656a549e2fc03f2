import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { WorkGroup } from '../group/group.entity';

/** A supervisor (arbeidsleder) who leads one work group. */
@ObjectType('WorkCentreSupervisor', { description: 'A supervisor (arbeidsleder) of a work group.' })
@Entity({ tableName: 'supervisor' })
export class WorkSupervisor {
  @Field(() => ID, { description: 'Stable id of the supervisor.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Not a field of its own: SupervisorResolver.name shows it only to whom may see staff names. */
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => WorkGroup, { ref: true, fieldName: 'group_id', index: true })
  group!: Ref<WorkGroup>;
}
