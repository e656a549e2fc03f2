import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The hub's catalogue `Offer`: a local stub with its key only, to which Asker Produkt adds `askerProdukt`. */
@Directive('@key(fields: "id")')
// The hub's wording, so that composition finds one description.
@ObjectType('Offer', {
  description: 'An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba").',
})
export class OfferStub {
  @Field(() => ID, { description: 'Stable id of the offer.' })
  id!: string;
}
