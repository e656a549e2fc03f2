/**
 * The operation measure the gateway and the subgraphs limit by: depth, aliases, root fields, and the cost estimate
 * (lists multiply by their size argument or the default of 20; a page counts once).
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, Kind, parse, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import {
  checkOperationLimits,
  GATEWAY_OPERATION_LIMITS,
  measureOperation,
  operationLimitsPlugin,
  SUBGRAPH_OPERATION_LIMITS,
} from '../src/limits';

const schema = buildSchema(`
  type Query { offers(first: Int): OfferConnection!, byIds(ids: [ID!]!): [Offer]!, offer: Offer }
  type OfferConnection { totalCount: Int!, edges: [OfferEdge!]!, nodes: [Offer!]! }
  type OfferEdge { node: Offer! }
  type Offer { id: ID!, groups: [Group!]!, provider: Provider! }
  type Group { id: ID!, supervisors(limit: Int): [Person!]! }
  type Provider { offers: [Offer!]! }
  type Person { name: String }
`);
const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('measureOperation', () => {
  it.each([
    // [query, variables, expected cost]
    ['{ offer { id } }', {}, 2],
    // A page of 10 counts its edges once: 10 × (offers + edges + node + id).
    ['{ offers(first: 10) { edges { node { id } } } }', {}, 10 * 4],
    // Without `first`, the page's lists count the default 20.
    ['{ offers { totalCount edges { node { id } } } }', {}, 1 + 1 + 20 * 3],
    // ids from a variable: 3 items, each with 20 groups of 5 supervisors.
    [
      'query($ids: [ID!]!) { byIds(ids: $ids) { groups { supervisors(limit: 5) { name } } } }',
      { ids: ['a', 'b', 'c'] },
      3 * (1 + 20 * (1 + 5 * 2)),
    ],
    // Through a fragment, the same as written out; __typename is free.
    ['{ offer { ...F } } fragment F on Offer { __typename id }', {}, 2],
  ] as const)('costs %s as expected', (query, variables, cost) => {
    expect(measure(query, { ...variables }).cost).toBe(cost);
  });

  it('counts depth, aliases and root fields, through fragments, and skips introspection', () => {
    expect(measure('{ a: offer { ...F } b: offer { id } } fragment F on Offer { provider { offers { id } } }')).toEqual(
      expect.objectContaining({ depth: 4, aliases: 2, rootFields: 2 }),
    );
    expect(measure('{ __schema { types { fields { type { ofType { name } } } } } }')).toEqual(
      expect.objectContaining({ depth: 0, cost: 0 }),
    );
  });

  it('names the limit, the value and the maximum in a 400 QUERY_TOO_COMPLEX', () => {
    const error = checkOperationLimits({ depth: 13, aliases: 0, rootFields: 1, cost: 1 }, GATEWAY_OPERATION_LIMITS);
    expect(error?.message).toMatch(/^Spørringen er for dyp \(depth 13, høyst 12\)\. \/ The operation is too deep/);
    expect(error?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      value: 13,
      max: 12,
      http: { status: 400 },
    });
    expect(
      checkOperationLimits({ depth: 12, aliases: 30, rootFields: 20, cost: 1_500_000 }, GATEWAY_OPERATION_LIMITS),
    ).toBe(undefined);
  });
});

/**
 * `{ offer { ...F0 } }` where each fragment spreads the next one twice: `levels` levels write out to 2^levels copies
 * of the last fragment's `a: id groups { id }`, in a document of a few hundred bytes.
 */
function doublingFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Offer { ...F${i + 1} ...F${i + 1} }`);
  return `{ offer { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Offer { a: id groups { id } }`;
}

/**
 * Counts how often any walk reads a selection set of `document`, and throws past `max`: a walk that writes the
 * fragments out fails at once with a count instead of blocking the test for hours.
 */
function countSelectionSetReads(document: DocumentNode, max: number) {
  const reads = { count: 0 };
  visit(document, {
    SelectionSet(node) {
      const selections = node.selections;
      Object.defineProperty(node, 'selections', {
        get() {
          if (++reads.count > max) throw new Error(`more than ${max} selection sets walked: fragments were expanded`);
          return selections;
        },
      });
    },
  });
  // visit itself read each one once, through the new getters.
  reads.count = 0;
  return reads;
}

describe('exponential fragment expansion is refused in milliseconds', () => {
  it.each([20, 30, 40])('measures %i levels of doubling fragments walking each fragment once', (levels) => {
    const document = parse(doublingFragments(levels));
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    // One read per selection set in the document (the operation's two, each fragment's one, `groups`) and one for
    // the root fields; the cap leaves room to spare, nothing near 2^levels.
    const reads = countSelectionSetReads(document, 2 * (levels + 4));
    const started = performance.now();
    const measured = measureOperation(schema, document, operation);
    // Generous on a loaded machine: the walk itself takes well under a millisecond.
    expect(performance.now() - started).toBeLessThan(1_000);
    // The same numbers as the operation written out: `offer`, then 2^levels times `a: id` and 20 `groups { id }`.
    expect(measured).toEqual({ depth: 3, aliases: 2 ** levels, rootFields: 1, cost: 1 + 2 ** levels * 41 });
    expect(reads.count).toBeLessThanOrEqual(levels + 5);
    expect(checkOperationLimits(measured, GATEWAY_OPERATION_LIMITS)?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
    });
  });

  it.each([1, 2, 5, 8])('measures %i levels of doubling fragments as the operation written out', (levels) => {
    const leaf = 'a: id groups { id }';
    const writtenOut = `{ offer { ${Array.from({ length: 2 ** levels }, () => leaf).join(' ')} } }`;
    expect(measure(doublingFragments(levels))).toEqual(measure(writtenOut));
  });
});

describe('operationLimitsPlugin in a subgraph', () => {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Offer @key(fields: "id") {
      id: ID!
      groups: [Group!]!
    }
    type Group {
      id: ID!
    }
    type Query {
      offer: Offer
    }
  `);
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs,
      resolvers: {
        Offer: { __resolveReference: (ref: { id: string }) => ({ ...ref, groups: [{ id: 'g' }] }) },
      },
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled(), operationLimitsPlugin(SUBGRAPH_OPERATION_LIMITS)],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("passes the gateway's _entities fetch of 5000 representations, without a cost limit", async () => {
    const representations = Array.from({ length: 5000 }, (_, i) => ({ __typename: 'Offer', id: `o${i}` }));
    const result = await server.executeOperation({
      query:
        'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Offer { id groups { id } } } }',
      variables: { representations },
    });
    expect(result.body.kind === 'single' && result.body.singleResult.errors).toBeUndefined();
  });

  it('refuses an operation with more than 500 aliases, with HTTP 400', async () => {
    const tooManyAliases = `{ ${Array.from({ length: 501 }, (_, i) => `a${i}: offer { id }`).join(' ')} }`;
    const result = await server.executeOperation({ query: tooManyAliases });
    expect(result.body.kind === 'single' && result.body.singleResult.errors?.[0]?.extensions?.code).toBe(
      'QUERY_TOO_COMPLEX',
    );
    expect(result.http.status).toBe(400);
  });
});
