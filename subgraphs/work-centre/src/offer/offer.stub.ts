import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The hub's catalogue offer, as a stub with its key only: the work centre adds `workCentre` to it
 * (OfferWorkCentreResolver) and never resolves the hub's own fields.
 */
@Directive('@key(fields: "id")')
@ObjectType('Offer', {
  description: 'An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba").',
})
export class Offer {
  @Field(() => ID, { description: 'Stable id of the offer.' })
  id!: string;
}
