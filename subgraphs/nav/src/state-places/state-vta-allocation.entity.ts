import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * State VTA places put at a municipality's disposal for a year. NAV Vest-Viken owns the region's places; the
 * municipality must add at least 25 % of the state grant for each, so the number bounds how many VTA places it has.
 */
@ObjectType({ description: "State-financed VTA places at a municipality's disposal in one year." })
@Entity({ tableName: 'state_vta_allocation' })
@Unique({ properties: ['municipality', 'year'] })
export class NavStateVtaAllocation {
  @Field(() => ID, { description: 'Stable id of the allocation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The municipality, e.g. "Bærum".' })
  @Property({ type: 'string', length: 60 })
  municipality!: string;

  @Field(() => Int, { description: 'The year the places are for.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: 'Number of state VTA places.' })
  @Property({ type: 'integer' })
  places!: number;
}
