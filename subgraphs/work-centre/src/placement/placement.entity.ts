import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { WorkGroup } from '../group/group.entity';
import { WorkCentreOffer } from '../offer/offer.entity';

/**
 * One participant's place in one work group, granted by vedtak from the allocation office. The participant is the
 * hub's: only the id is kept here. Group, offer and training candidacy are resolved in WorkPlacementResolver.
 */
// One person's hours and group: the provider's detail (docs/security.md); which rows a caller sees is decided where
// placements are read (PlacementWorkCentreResolver).
@Directive(Access.PROVIDER_DETAIL)
@ObjectType('WorkCentrePlacement', {
  description: "A participant's place in a work group at Bærum arbeidssenter, with hours a week and period.",
})
@Entity({ tableName: 'placement' })
@Index({ properties: ['participantId', 'offer'] })
export class WorkPlacement {
  @Field(() => ID, { description: "Id of the placement, the same as the hub's placement id." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: "The hub's id of the participant who has the place." })
  @Property({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => WorkCentreOffer, { ref: true, fieldName: 'offer_id', index: true })
  offer!: Ref<WorkCentreOffer>;

  @ManyToOne(() => WorkGroup, { ref: true, fieldName: 'group_id', index: true })
  group!: Ref<WorkGroup>;

  @Field(() => Float, { description: 'Hours a week: more than 0 and at most 30 (a full position).' })
  @Property({ type: 'double' })
  hoursPerWeek!: number;

  @Field(() => DateScalar, { description: 'First day of the placement.' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the placement; null while open-ended.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => Int, { description: 'Version for optimistic locking: pass it as `expectedVersion` when changing.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
