import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The hub's placement (its index of every placement across providers), as a stub with its key only: the work
 * centre adds `workCentre` to it (PlacementWorkCentreResolver).
 */
@Directive('@key(fields: "id")')
@ObjectType('Placement', {
  description:
    "One participant's place in one offer for a period, at any provider. The provider's own detail is in its field (e.g. `workCentre`).",
})
export class Placement {
  @Field(() => ID, { description: "Stable id of the placement, the provider's own." })
  id!: string;
}
