import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import gql from 'graphql-tag';
import type { TinySubgraph } from './tiny-graph';

/**
 * A catalogue in the shape of the hub's (offers in pages, a provider's offers, facets, participants' placements),
 * with one offer and one provider and no database: enough for the gateway's limits to measure the same depth,
 * aliases and cost as on the real graph, and for the front ends' registered CatalogueSearch and OfferFacets
 * documents to validate and run. Field types are simplified where no limit or document depends on them.
 */
export const catalogueTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  type Query {
    offers(filter: OfferFilter, first: Int, after: String): OfferConnection!
    offerFacets: OfferFacets!
    participantsByIds(ids: [ID!]!): [Participant]!
  }

  input OfferFilter {
    trades: [String!]
  }

  type OfferConnection {
    totalCount: Int!
    pageInfo: PageInfo!
    edges: [OfferEdge!]!
    nodes: [Offer!]!
  }

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  type OfferEdge {
    cursor: String!
    node: Offer!
  }

  type LocalizedText {
    nb: String!
    en: String!
  }

  type Offer @key(fields: "id") {
    id: ID!
    kind: String!
    title: LocalizedText!
    description: LocalizedText!
    trade: String
    site: String
    hoursPerWeek: Float
    intakeMode: String!
    decidedBy: String!
    places: Int
    openForApplications: Boolean!
    nextApplicationDeadline: String
    provider: Provider!
  }

  type Provider {
    id: ID!
    name: String!
    shortName: String
    "The provider's offers: a list without a size argument, so the limits count it at the default list size."
    offers: [Offer!]!
  }

  type OfferFacets {
    trades: [String!]!
    sites: [String!]!
  }

  type Participant {
    id: ID!
    placements: [Placement!]!
  }

  type Placement {
    offer: Offer
  }
`;

const provider = { id: 'tiny-provider', name: 'Tiny provider', shortName: 'Tiny' };
const offer = {
  id: 'tiny-offer',
  kind: 'DAY_ACTIVITY',
  title: { nb: 'Kantine', en: 'Canteen' },
  description: { nb: 'Lunsj hver dag.', en: 'Lunch every day.' },
  trade: 'Kantine',
  site: 'Sandvika',
  hoursPerWeek: 20,
  intakeMode: 'MAIN',
  decidedBy: 'MUNICIPALITY',
  places: 3,
  openForApplications: true,
  nextApplicationDeadline: '2027-03-01',
};

export const catalogueSubgraph: TinySubgraph = {
  name: 'catalogue',
  typeDefs: catalogueTypeDefs,
  resolvers: {
    Query: {
      offers: () => ({
        totalCount: 1,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c1' },
        edges: [{ cursor: 'c1', node: offer }],
        nodes: [offer],
      }),
      offerFacets: () => ({ trades: [offer.trade], sites: [offer.site] }),
      participantsByIds: (_: unknown, { ids }: { ids: string[] }) => ids.map((id) => ({ id, placements: [{ offer }] })),
    },
    Offer: { __resolveReference: ({ id }: { id: string }) => ({ ...offer, id }), provider: () => provider },
    Provider: { offers: () => [offer] },
  } as unknown as GraphQLResolverMap<unknown>,
};

/** A second subgraph that adds a field to the catalogue's offers: a plan that asks for it has two fetches. */
export const capacitySubgraph: TinySubgraph = {
  name: 'capacity',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

    type Offer @key(fields: "id") {
      id: ID!
      freePlaces: Int!
    }
  `,
  resolvers: {
    Offer: { __resolveReference: ({ id }: { id: string }) => ({ id, freePlaces: 2 }) },
  } as unknown as GraphQLResolverMap<unknown>,
};
