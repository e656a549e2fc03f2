import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** One of the work centre's sites (avdelinger). The id is a slug, stable across restarts and seeds. */
@ObjectType('WorkCentreSite', {
  description: 'A site of Bærum arbeidssenter where groups work, e.g. "Emma Hjorth" or "Wøyen gård".',
})
@Entity({ tableName: 'site' })
export class WorkCentreSite {
  @Field(() => ID, { description: 'Stable key of the site, e.g. "emma-hjorth".' })
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Field(() => String, { description: 'Name of the site as the work centre writes it, e.g. "Wøyen gård".' })
  @Property({ type: 'string', length: 80 })
  name!: string;
}
