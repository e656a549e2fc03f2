import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import gql from 'graphql-tag';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { splitAccessDirectives, type AccessRules } from '../src/access-directives';
import { createServer, type Server } from 'node:http';
import type { SigningKey } from '@veiinn/kit';
import { SignJWT } from 'jose';
import type { AddressInfo } from 'node:net';

/**
 * Two tiny subgraphs with access directives, for the gateway's authorization tests only (not Veiinn's subgraphs):
 * `people` owns participants (a type-level rule, field rules of every kind, an interface and a union), `rooms`
 * reaches a participant through another field, so the type-level rule applies there too.
 */
const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes", "@policy", "@shareable"])`;

export const peopleTypeDefs = gql`
  ${LINK}

  type Query {
    "Open to anyone."
    hello: String
    "Any signed-in caller."
    me: Person @authenticated
    participant(id: ID!): Participant
    participants: [Participant!]!
    "An interface field: its implementations carry rules of their own."
    things: [Thing!]!
    "A union: one member is a participant."
    search: [SearchResult!]!
    "Refused to everyone: the policy is not known to the gateway."
    secret: String @policy(policies: [["no-such-policy"]])
    "Case workers, or an applicant who also acts for a participant (an AND inside an OR)."
    audit: String @requiresScopes(scopes: [["case-worker"], ["applicant", "acts:participant"]])
  }

  type Mutation {
    decide(id: ID!): String @requiresScopes(scopes: [["case-worker"]])
  }

  type Person {
    sub: String
  }

  interface Thing {
    id: ID!
    label: String
  }

  type Participant implements Thing @key(fields: "id") @requiresScopes(scopes: [["case-worker"], ["provider-staff"]]) {
    id: ID!
    label: String
    name: String
    "Case workers only, on top of the type's rule."
    identityNumber: String @requiresScopes(scopes: [["case-worker"]])
  }

  type Room implements Thing @key(fields: "id") {
    id: ID!
    label: String @authenticated
  }

  union SearchResult = Participant | Room
`;

export const roomsTypeDefs = gql`
  ${LINK}

  type Query {
    rooms: [Booking!]!
    booking: Booking
  }

  type Mutation {
    "Open to anyone; its answer reaches a participant, whose type has a rule."
    book: Booking
  }

  type Booking @key(fields: "id") {
    id: ID!
    "Non-null and for signed-in callers: refused, it nulls its booking."
    code: String! @authenticated
    "Reaches a participant from another subgraph: the type-level rule of Participant applies here as well."
    participant: Participant
  }

  type Participant @key(fields: "id", resolvable: false) {
    id: ID!
  }
`;

const participant = {
  __typename: 'Participant',
  id: 'p1',
  label: 'P',
  name: 'Ada Test',
  identityNumber: '01810000000',
};
const room = { __typename: 'Room', id: 'r1', label: 'Room 1' };

const peopleResolvers = {
  Query: {
    hello: () => 'hei',
    me: () => ({ sub: 'someone' }),
    participant: () => participant,
    participants: () => [participant],
    things: () => [participant, room],
    search: () => [participant, room],
    secret: () => 'secret',
    audit: () => 'audit',
  },
  Mutation: { decide: () => 'decided' },
  Participant: { __resolveReference: () => participant },
  Room: { __resolveReference: () => room },
  Thing: { __resolveType: (thing: { __typename: string }) => thing.__typename },
  SearchResult: { __resolveType: (thing: { __typename: string }) => thing.__typename },
} as unknown as GraphQLResolverMap<unknown>;

/** How often `book` ran: a mutation whose answer is partly refused still runs, once. */
export const fixtureBookings = { count: 0 };

const roomsResolvers = {
  Query: {
    rooms: () => [{ id: 'b1', code: 'B-1', participant: { id: 'p1' } }],
    booking: () => ({ id: 'b1', code: 'B-1', participant: { id: 'p1' } }),
  },
  Mutation: {
    book: () => {
      fixtureBookings.count += 1;
      return { id: 'b2', code: 'B-2', participant: { id: 'p1' } };
    },
  },
} as unknown as GraphQLResolverMap<unknown>;

/** The composed supergraph of the two, with its subgraphs at the given URLs. */
export function composeFixture(
  urls: { people: string; rooms: string } = {
    people: 'http://people.invalid/graphql',
    rooms: 'http://rooms.invalid/graphql',
  },
): string {
  const result = composeServices([
    { name: 'people', typeDefs: peopleTypeDefs as DocumentNode, url: urls.people },
    { name: 'rooms', typeDefs: roomsTypeDefs as DocumentNode, url: urls.rooms },
  ]);
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Fixture does not compose: ${result.errors?.map((e) => e.message).join('; ')}`);
  }
  return result.supergraphSdl;
}

/** The fixture's access rules and its API schema, as Apollo Gateway builds it from the SDL it is handed. */
export function fixtureSchemaAndRules(): { schema: GraphQLSchema; rules: AccessRules } {
  const split = splitAccessDirectives(composeFixture());
  return { rules: split.rules, schema: Supergraph.build(split.sdl).apiSchema().toGraphQLJSSchema() };
}

export interface FixtureSubgraph {
  url: string;
  /** Requests this subgraph has answered. */
  requests: number;
  stop(): Promise<void>;
}

/** Serves one fixture subgraph over real HTTP on a free port (Apollo Server + @apollo/subgraph). */
async function serve(typeDefs: DocumentNode, resolvers: GraphQLResolverMap<unknown>): Promise<FixtureSubgraph> {
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const app = express();
  const subgraph = { url: '', requests: 0, stop: async () => undefined };
  app.use(
    '/graphql',
    (_req, _res, next) => {
      subgraph.requests += 1;
      next();
    },
    express.json(),
    expressMiddleware(apollo),
  );
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  subgraph.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  subgraph.stop = async () => {
    await apollo.stop();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  };
  return subgraph;
}

export async function startFixtureSubgraphs() {
  const people = await serve(peopleTypeDefs as DocumentNode, peopleResolvers);
  const rooms = await serve(roomsTypeDefs as DocumentNode, roomsResolvers);
  return { people, rooms };
}

/** Signs identity tokens for the fixture graph's gateway, as an identity provider at `issuer` would. */
export function fixtureTokens(identityKey: SigningKey, issuer: string) {
  return (sub: string, roles: string[]) =>
    new SignJWT({ roles })
      .setProtectedHeader({ alg: identityKey.alg, kid: identityKey.kid })
      .setIssuer(issuer)
      .setAudience('veiinn-gateway')
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(identityKey.privateKey);
}
