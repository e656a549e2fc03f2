import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ActivityGroup } from '../group/group.entity';
import { DayServicesOffer } from '../offer/offer.entity';

/**
 * A participant's place in one activity group, granted by vedtak from the allocation office, for some days a week
 * from a start date, open-ended until it is ended. The participant is the hub's: only the id is kept here.
 */
// One person's days and group: the provider's detail (docs/security.md); which rows a caller sees is decided where
// placements are read (PlacementStubResolver, PlacementResolver).
@Directive(Access.PROVIDER_DETAIL)
@ObjectType('DayServicesPlacement', {
  description: "A participant's place in an activity group of the municipal day services (BKD).",
})
@Entity({ tableName: 'placement' })
@Index({ properties: ['participantId', 'offer'] })
export class ActivityPlacement {
  @Field(() => ID, { description: "Stable id of the placement, the same as the hub's placement id." })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { description: "The participant's id in the hub (intake)." })
  @Property({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => DayServicesOffer, { ref: true, fieldName: 'offer_id' })
  offer!: Ref<DayServicesOffer>;

  @ManyToOne(() => ActivityGroup, { ref: true, fieldName: 'group_id', index: true })
  group!: Ref<ActivityGroup>;

  @Field(() => Int, { description: 'Days a week the participant attends, 1 to 5.' })
  @Property({ type: 'integer' })
  daysPerWeek!: number;

  @Field(() => DateScalar, { description: 'First day of the placement.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the placement; null while it is open-ended.' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => Int, {
    description: 'Version for optimistic locking: pass it as `expectedVersion` when ending the placement.',
  })
  @Property({ type: 'integer', version: true })
  version!: number;
}
