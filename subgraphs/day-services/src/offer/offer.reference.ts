import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The hub's `Offer`, as a stub with its key only: the day services add `Offer.dayServices` to it and never
 * resolve any other field. Every id resolves to a stub, so an offer of another provider gets `dayServices: null`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Offer', {
  description: 'An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba").',
})
export class OfferReference {
  @Field(() => ID, { description: 'Stable id of the offer.' })
  id!: string;
}

export const offerReference = (id: string): OfferReference => ({ id });
