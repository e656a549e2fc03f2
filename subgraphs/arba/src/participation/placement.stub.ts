import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The hub's `Placement`, owned by intake: a local stub with its key only. Arba adds the field `arba` to it; the
 * gateway sends the placement ids of every provider, and the field is null for those that are not Arba's.
 */
@Directive('@key(fields: "id")')
@ObjectType('Placement', {
  // The hub's wording, so that composition finds one description.
  description:
    "One participant's place in one offer for a period, at any provider. The provider's own detail is in its field (e.g. `workCentre`).",
})
export class PlacementStub {
  @Field(() => ID, { description: "Stable id of the placement, the provider's own." })
  id!: string;
}
