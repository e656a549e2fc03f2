import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Access, DateScalar } from '@veiinn/kit';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PlacementStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'Where a placement stands on the current date.',
  valuesConfig: {
    PLANNED: { description: 'Starts later.' },
    ACTIVE: { description: 'Current: started and not ended.' },
    ENDED: { description: 'Ended before today.' },
  },
});

/**
 * The hub's index of placements across providers, kept from the providers' change feeds. The provider owns the
 * placement (its subgraph adds its own detail to this type); the hub holds what a cross-provider view needs.
 * Participant and offer are plain ids, not foreign keys: feeds from different providers arrive in any order.
 */
@Directive('@key(fields: "id")')
@Directive(Access.PERSONAL)
@ObjectType({
  description:
    "One participant's place in one offer for a period, at any provider. The provider's own detail is in its field (e.g. `workCentre`). Visible to whoever may see the participant: their whole path, at every provider.",
})
@Entity({ tableName: 'placement' })
export class Placement {
  @Field(() => ID, { description: "Stable id of the placement, the provider's own." })
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 64, index: true })
  providerId!: string;

  @Property({ type: 'string', length: 64, index: true })
  offerId!: string;

  @Property({ type: 'string', length: 64, index: true })
  participantId!: string;

  @Field(() => DateScalar, { description: 'First day (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10 })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day (YYYY-MM-DD); null while open-ended.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endDate: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Hours a week, where the provider counts in hours.' })
  @Property({ type: 'double', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Days a week, where the provider counts in days.' })
  @Property({ type: 'integer', nullable: true })
  daysPerWeek: number | null = null;

  /**
   * The hub's day when it first learned of the placement (YYYY-MM-DD). Statistics of a past day count only the
   * placements known by then, so a figure once given stays the same (docs/statistics.md); null for placements
   * indexed before the hub kept the day, counted as known always.
   */
  @Property({ type: 'string', length: 10, nullable: true })
  indexedOn: string | null = null;

  /** The provider's version of the placement last applied; older events are ignored. */
  @Property({ type: 'integer' })
  feedVersion!: number;

  @Field(() => Date, { description: 'When the hub last learned of a change.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}

/** Where a placement stands on `today`. */
export function placementStatus(placement: Pick<Placement, 'startDate' | 'endDate'>, today: string): PlacementStatus {
  if (placement.startDate > today) return PlacementStatus.PLANNED;
  return placement.endDate !== null && placement.endDate < today ? PlacementStatus.ENDED : PlacementStatus.ACTIVE;
}
