import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WorkCentreOffer } from '../offer/offer.entity';
import { WorkCentreSite } from '../site/site.entity';
import { WorkCentreTrade } from './trade';

/**
 * A work group (arbeidsgruppe) of one offer: where placed workers work, with a capacity and supervisors.
 * The offer, site, supervisors and occupancy are resolved in WorkGroupResolver.
 */
@ObjectType('WorkCentreGroup', {
  description: 'A work group at Bærum arbeidssenter, e.g. the green-space group at Emma Hjorth.',
})
@Entity({ tableName: 'work_group' })
export class WorkGroup {
  @Field(() => ID, { description: 'Stable id of the group.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WorkCentreOffer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<WorkCentreOffer>;

  @Field(() => String, { description: 'Name of the group, e.g. "Grøntgruppa".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @ManyToOne(() => WorkCentreSite, { ref: true, fieldName: 'site_id', nullable: true, index: true })
  site: Ref<WorkCentreSite> | null = null;

  @Field(() => WorkCentreTrade, { description: 'The trade the group works in.' })
  @Enum({ items: () => WorkCentreTrade, type: 'string', length: 16, index: true })
  trade!: WorkCentreTrade;

  @Field(() => Int, {
    nullable: true,
    description: 'How many workers the group has room for; null when not set (then the group is never full).',
  })
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Field(() => Int, { description: 'Version of the group; it moves when the group itself changes.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
