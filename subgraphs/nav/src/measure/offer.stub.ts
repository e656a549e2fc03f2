import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The hub's catalogue offer, as a stub with its key only: NAV adds the measure instances delivered as it. */
@Directive('@key(fields: "id")')
@ObjectType('Offer', {
  description: 'An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba").',
})
export class OfferStub {
  @Field(() => ID, { description: 'Stable id of the offer.' })
  id!: string;
}
