import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The hub's entities that providers extend with a field of their own (`Offer.workCentre`, `Placement.arba`), in the
 * hub's own wording, so that composition finds one description for each.
 */
const HUB_ENTITIES = {
  Offer: {
    description: 'An offer of adapted work or daily activity in the common catalogue (e.g. "VTA at Arba").',
    id: 'Stable id of the offer.',
  },
  Placement: {
    description:
      "One participant's place in one offer for a period, at any provider. The provider's own detail is in its field (e.g. `workCentre`).",
    id: "Stable id of the placement, the provider's own.",
  },
} as const;

export type HubEntityName = keyof typeof HUB_ENTITIES;

/** A hub entity as a provider sees it: its key only. */
export interface HubEntityStub {
  id: string;
}

export type HubEntityStubClass = (new () => HubEntityStub) & { readonly typeName: HubEntityName };

/**
 * A local stub of the hub's `Offer` or `Placement` with its key only, as type-graphql's federation example declares
 * an entity another subgraph owns. A new class on every call, one per provider: type-graphql keeps the fields of a
 * class in global metadata, so two providers sharing one class would each get the other's fields in their schema.
 * Given to `defineProviderSubgraph` as a `hubStub`, every id resolves to a stub there, and the provider's field
 * on it says whether the record is the provider's.
 */
export function hubEntityStub(name: HubEntityName): HubEntityStubClass {
  const texts = HUB_ENTITIES[name];

  @Directive('@key(fields: "id")')
  @ObjectType(name, { description: texts.description })
  class Stub implements HubEntityStub {
    static readonly typeName = name;

    @Field(() => ID, { description: texts.id })
    id!: string;
  }
  return Stub;
}
