import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The hub's `Placement`, as a stub with its key only: the day services add `Placement.dayServices`. The gateway
 * sends every placement of a participant here, so a placement at another provider gets `dayServices: null`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Placement', { description: "A participant's place in one offer for a period, at any provider." })
export class PlacementReference {
  @Field(() => ID, { description: 'Stable id of the placement.' })
  id!: string;
}
