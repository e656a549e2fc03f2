import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The hub's `Placement`: a local stub with its key only, to which Asker Produkt adds `askerProdukt`. */
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
