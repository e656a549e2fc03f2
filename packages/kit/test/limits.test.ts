/**
 * The operation measure the gateway and the subgraphs limit by: depth, aliases, root fields, and the cost estimate
 * (lists multiply by their size argument or the default of 20; a page counts once).
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, Kind, parse, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import {
  checkDocument,
  checkOperationLimits,
  countTokens,
  GATEWAY_OPERATION_LIMITS,
  measureDocument,
  measureOperation,
  operationLimitsPlugin,
  parseOptionsFor,
  SUBGRAPH_OPERATION_LIMITS,
  PassedDocuments,
  PASSED_DOCUMENT_CHARACTERS,
  type RunningServer,
} from '@veiinn/service';
import { createSubgraphServer } from '../src/server';

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

/** `{ offer { ...G0 ... } } fragment G0 on Offer { id } ...`: `n` fragments, side by side. */
const manyFragments = (n: number) =>
  `{ offer { ${Array.from({ length: n }, (_, i) => `...G${i}`).join(' ')} } } ` +
  Array.from({ length: n }, (_, i) => `fragment G${i} on Offer { id }`).join(' ');
/** `{ offer { id @include(if: true) @include(if: true) ... } }`: `n` directives on one field. */
const directivesOnOneField = (n: number) => `{ offer { id ${'@include(if: true) '.repeat(n)}} }`;
/** `n` fields of one directive each. */
const directivesOnFields = (n: number) =>
  `{ offer { ${Array.from({ length: n }, (_, i) => `f${i}: id @include(if: true)`).join(' ')} } }`;
/** `{ offer { id id id ... } }` of `n` tokens. */
const tokens = (n: number) => `{ offer { ${'id '.repeat(n - 5)}} }`;

describe('the document limits, checked before a document is validated', () => {
  it('measures fragments, their longest chain and directives without expanding a fragment', () => {
    expect(measureDocument(parse(doublingFragments(40)))).toEqual({
      fragments: 41,
      fragmentDepth: 41,
      directivesPerField: 0,
      directives: 0,
    });
    expect(
      measureDocument(
        parse(`query @a { x @b @c { ...A ... @d { ...B } } } fragment A on T { ...B } fragment B on T { y @e }`),
      ),
    ).toEqual({ fragments: 2, fragmentDepth: 2, directivesPerField: 2, directives: 5 });
    // A cycle (refused by validation) ends the chain instead of looping.
    expect(measureDocument(parse('{ ...A } fragment A on T { ...B } fragment B on T { ...A }')).fragmentDepth).toBe(2);
    // A chain of 20 000 fragments is measured without overflowing the call stack.
    const chain = Array.from({ length: 20_000 }, (_, i) => `fragment C${i} on T { ...C${i + 1} }`).join(' ');
    expect(measureDocument(parse(`{ ...C0 } ${chain} fragment C20000 on T { x }`)).fragmentDepth).toBe(20_001);
  });

  it('counts tokens as the parser does, and stops one past the limit', () => {
    expect(countTokens('{ offer { id } } # a comment')).toBe(6);
    expect(countTokens(tokens(1_001))).toBe(1_001);
    // Apollo's parser (parseOptions) draws the line at the same count.
    expect(() => parse(tokens(1_000), { maxTokens: 1_000 })).not.toThrow();
    expect(() => parse(tokens(1_001), { maxTokens: 1_000 })).toThrow(/more tha[nt] 1000 tokens/);
    expect(countTokens(`{ offer { ${'id '.repeat(1_000_000)}} }`, 1_001)).toBe(1_001);
  });

  it.each([
    [
      'tokens',
      tokens(1_001),
      1_001,
      1_000,
      /^Spørringen er for lang \(tokens 1001 eller flere, høyst 1000\)\. \/ The document is too long \(tokens 1001 or more, at most 1000\): leave out/,
    ],
    [
      'fragments',
      manyFragments(51),
      51,
      50,
      /^Spørringen har for mange fragmenter \(fragments 51, høyst 50\)\. \/ The document has too many fragments \(fragments 51, at most 50\): write small fragments inline/,
    ],
    [
      'fragmentDepth',
      doublingFragments(8),
      9,
      8,
      /^Fragmentene i spørringen sprer hverandre for dypt \(fragmentDepth 9, høyst 8\)\. \/ The fragments spread each other too deeply/,
    ],
    [
      'directivesPerField',
      directivesOnOneField(6),
      6,
      5,
      /^Et felt i spørringen har for mange direktiver \(directivesPerField 6, høyst 5\)\. \/ A field has too many directives .*: use each directive/,
    ],
    [
      'directives',
      directivesOnFields(51),
      51,
      50,
      /^Spørringen har for mange direktiver \(directives 51, høyst 50\)\. \/ The document has too many directives/,
    ],
  ] as const)(
    'refuses a document over %s at the gateway, and one at the limit passes',
    (limit, document, value, max, message) => {
      const error = checkDocument(document, GATEWAY_OPERATION_LIMITS);
      expect(error?.message).toMatch(message);
      expect(error?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, value, max, http: { status: 400 } });
      const atLimit = {
        tokens: tokens(1_000),
        fragments: manyFragments(50),
        fragmentDepth: doublingFragments(7),
        directivesPerField: directivesOnOneField(5),
        directives: directivesOnFields(50),
      }[limit];
      expect(checkDocument(atLimit, GATEWAY_OPERATION_LIMITS)).toBeUndefined();
    },
  );

  it('leaves a document that does not parse to Apollo, and turns a limit off with 0', () => {
    expect(checkDocument('{ offer { ', GATEWAY_OPERATION_LIMITS)).toBeUndefined();
    expect(checkDocument(manyFragments(51), { ...GATEWAY_OPERATION_LIMITS, maxFragments: 0 })).toBeUndefined();
    expect(parseOptionsFor({ ...GATEWAY_OPERATION_LIMITS, maxTokens: 0 })).toEqual({});
  });
});

describe('the document limits in a subgraph, over HTTP', () => {
  let subgraph: RunningServer;
  beforeAll(async () => {
    const typeDefs = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Offer @key(fields: "id") { id: ID! }
      type Query { offer: Offer }
    `);
    subgraph = await createSubgraphServer({
      name: 'offers',
      schema: buildSubgraphSchema({ typeDefs, resolvers: { Query: { offer: () => ({ id: 'o1' }) } } }),
      // These operations read no database: a request context needs only a fork to hand out.
      orm: { em: { fork: () => ({}) } } as unknown as MikroORM,
      createLoaders: () => ({}),
      app: {},
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined } as never,
    }).listen(0);
  });
  afterAll(() => subgraph?.stop());

  const post = async (query: string) => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { extensions: { limit?: string; code: string } }[] },
    };
  };

  it.each([
    ['tokens', tokens(50_001)],
    ['fragments', manyFragments(1_001)],
    ['fragmentDepth', doublingFragments(40)],
    ['directivesPerField', directivesOnOneField(21)],
  ])('refuses a document over %s with 400 QUERY_TOO_COMPLEX', async (limit, query) => {
    const answer = await post(query);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
  });

  it("answers a planned query's fragments and directives within the limits", async () => {
    const answer = await post(
      `query($on: Boolean = true) { offer { ...A @include(if: $on) } } fragment A on Offer { ...B } fragment B on Offer { id }`,
    );
    expect(answer).toEqual({ status: 200, body: { data: { offer: { id: 'o1' } } } });
  });

  it('refuses a document over the limits where no middleware ran (executeOperation), never with a 500', async () => {
    const server = new ApolloServer({
      typeDefs: 'type Query { offer: String }',
      parseOptions: parseOptionsFor(GATEWAY_OPERATION_LIMITS),
      plugins: [operationLimitsPlugin(GATEWAY_OPERATION_LIMITS)],
    });
    await server.start();
    try {
      const tooLong = await server.executeOperation({ query: `{ ${'offer '.repeat(1_000)} }` });
      expect(tooLong.http.status).toBe(400);
      expect(tooLong.body.kind === 'single' && tooLong.body.singleResult.errors?.[0]?.extensions?.code).toBe(
        'GRAPHQL_PARSE_FAILED',
      );
      // The plugin checks the document's other limits again once the operation is resolved.
      const spreads = Array.from({ length: 51 }, (_, i) => `...G${i}`).join(' ');
      const definitions = Array.from({ length: 51 }, (_, i) => `fragment G${i} on Query { offer }`).join(' ');
      const fragments = await server.executeOperation({ query: `{ ${spreads} } ${definitions}` });
      expect(fragments.http.status).toBe(400);
      expect(fragments.body.kind === 'single' && fragments.body.singleResult.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'fragments',
      });
    } finally {
      await server.stop();
    }
  });
});

describe('the documents that passed the document limits, remembered', () => {
  it('keeps the most recently used texts within its bound in characters, and no text too large', () => {
    const passed = new PassedDocuments();
    const size = PASSED_DOCUMENT_CHARACTERS / 32;
    const text = (n: number) => `{ a${n} ${'b '.repeat(size / 2 - 6)}}`;
    for (let n = 0; n < 32; n++) passed.add(text(n));
    // Full (almost): each is still there; the first is used again, so it is now the most recent.
    expect(passed.has(text(0))).toBe(true);
    for (let n = 32; n < 40; n++) passed.add(text(n));
    expect(passed.has(text(0))).toBe(true);
    expect(passed.has(text(1))).toBe(false);
    expect(passed.has(text(39))).toBe(true);
    const huge = `{ a ${'b '.repeat(PASSED_DOCUMENT_CHARACTERS / 8)}}`;
    passed.add(huge);
    expect(passed.has(huge)).toBe(false);
  });
});
