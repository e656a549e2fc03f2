import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, GraphQLError } from 'graphql';
import gql from 'graphql-tag';
import {
  AUDIT_EXTENSION,
  auditExtensionPlugin,
  auditReadsOf,
  auditSchema,
  ANONYMOUS_CALLER,
  type AuditMap,
  type Caller,
} from '../src';

const people = [
  { id: 'p1', name: 'Ola Testesen', placementIds: ['a', 'b'] },
  { id: 'p2', name: 'Kari Prøvesen', placementIds: [] },
];
const placements = [
  { id: 'a', participantId: 'p1', hours: 10, goals: [{ text: 'Ta bussen alene' }] },
  { id: 'b', participantId: 'p1', hours: 20, goals: [] },
];

function schema(audit?: AuditMap) {
  const built = buildSubgraphSchema({
    typeDefs: gql`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
      type Query {
        person(id: ID!): Person
        placements: [Placement!]!
      }
      type Person @key(fields: "id") {
        id: ID!
        name: String!
        version: Int!
        secret: String
        placements: [Placement!]!
      }
      type Placement {
        id: ID!
        hours: Int!
        goals: [Goal!]!
      }
      type Goal {
        text: String!
      }
    `,
    resolvers: {
      Query: {
        person: (_: unknown, { id }: { id: string }) => people.find((p) => p.id === id),
        placements: () => placements,
      },
      Person: {
        __resolveReference: (ref: { id: string }) => people.find((p) => p.id === ref.id),
        version: () => 1,
        secret: () => {
          throw new GraphQLError('Ingen tilgang. / Forbidden.', { extensions: { code: 'FORBIDDEN' } });
        },
        placements: async (p: { placementIds: string[] }) => placements.filter((x) => p.placementIds.includes(x.id)),
      },
    } as never,
  });
  const map: AuditMap = {
    Person: {
      category: 'IDENTITY',
      participantId: (p: { id: string }) => p.id,
      fields: { placements: 'PATH', version: null },
    },
    Placement: { category: 'PROVIDER_DETAIL', participantId: (p: { participantId: string }) => p.participantId },
    Goal: { category: 'PROVIDER_DETAIL' },
  };
  return auditSchema(built, audit ?? map);
}

const caseWorker: Caller = { sub: 'case-worker', roles: ['case-worker'] };

async function run(source: string, caller: Caller | null) {
  const context = { caller };
  const result = await graphql({ schema: schema(), source, contextValue: context });
  return { result, reads: auditReadsOf(context) };
}

describe('audit of reads in a subgraph', () => {
  it('records each participant and category once per request, after the field resolved', async () => {
    const { result, reads } = await run(
      '{ person(id: "p1") { id name placements { hours } again: placements { hours } } }',
      caseWorker,
    );
    expect(result.errors).toBeUndefined();
    expect(reads).toEqual([
      { participantId: 'p1', category: 'IDENTITY' },
      { participantId: 'p1', category: 'PATH' },
      { participantId: 'p1', category: 'PROVIDER_DETAIL' },
    ]);
  });

  it('records nothing for key fields, fields declared null, or a field that was refused', async () => {
    const { result, reads } = await run('{ person(id: "p2") { id version secret } }', caseWorker);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reads).toEqual([]);
  });

  it('a nested type without a participant of its own takes the nearest audited one above it', async () => {
    const { reads } = await run('{ placements { goals { text } } }', caseWorker);
    // The goal's read is p1's: it sits below placement "a", which names p1.
    expect(reads).toEqual([{ participantId: 'p1', category: 'PROVIDER_DETAIL' }]);
    // Without an audited object above it, a goal names nobody and records nothing.
    const context = { caller: caseWorker };
    const orphan = auditSchema(schema(), { Goal: { category: 'PROVIDER_DETAIL' } });
    await graphql({ schema: orphan, source: '{ placements { goals { text } } }', contextValue: context });
    expect(auditReadsOf(context).filter((r) => r.participantId !== 'p1')).toEqual([]);
  });

  it('a type read with no participant above it records its own subject when it declares one', async () => {
    const context = { caller: caseWorker };
    const alone = schema({
      Placement: { category: 'PROVIDER_DETAIL' },
      Goal: { category: 'PROVIDER_DETAIL', subjectWhenAlone: (g: { text: string }) => `goal:${g.text}` },
    });
    await graphql({ schema: alone, source: '{ placements { goals { text } } }', contextValue: context });
    expect(auditReadsOf(context)).toEqual([{ participantId: 'goal:Ta bussen alene', category: 'PROVIDER_DETAIL' }]);
  });

  it('records reads of entities the gateway fetches by key (_entities)', async () => {
    const { reads } = await run(
      '{ _entities(representations: [{ __typename: "Person", id: "p2" }]) { ... on Person { name } } }',
      caseWorker,
    );
    expect(reads).toEqual([{ participantId: 'p2', category: 'IDENTITY' }]);
  });

  it('records an anonymous caller, but not our own services nor a subgraph without service trust', async () => {
    const query = '{ person(id: "p1") { name } }';
    expect((await run(query, ANONYMOUS_CALLER)).reads).toEqual([{ participantId: 'p1', category: 'IDENTITY' }]);
    expect((await run(query, { sub: 'intake', roles: ['service'] })).reads).toEqual([]);
    expect((await run(query, null)).reads).toEqual([]);
  });

  it('refuses an audit map that names a type the schema lacks', () => {
    expect(() => auditSchema(schema(), { Nobody: { category: 'IDENTITY' } })).toThrow(/Nobody/);
  });

  it('the subgraph server hands the reads to the gateway in extensions.veiinnAudit', async () => {
    const server = new ApolloServer<{ caller: Caller | null }>({
      schema: schema(),
      plugins: [auditExtensionPlugin(), ApolloServerPluginInlineTraceDisabled()],
    });
    await server.start();
    try {
      const response = await server.executeOperation(
        { query: '{ person(id: "p1") { name } }' },
        { contextValue: { caller: caseWorker } },
      );
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      expect(body?.extensions?.[AUDIT_EXTENSION]).toEqual([{ participantId: 'p1', category: 'IDENTITY' }]);
      const quiet = await server.executeOperation(
        { query: '{ person(id: "p1") { name } }' },
        { contextValue: { caller: null } },
      );
      expect(quiet.body.kind === 'single' && quiet.body.singleResult.extensions).toBeFalsy();
    } finally {
      await server.stop();
    }
  });
});
