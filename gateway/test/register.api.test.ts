// Registration of a partner's subgraph into a copy of the graph's configuration while a gateway serves that copy's
// supergraph: no database; the repository's own subgraphs are not running (the queries here never reach them).
import { gql } from 'graphql-tag';
import { graphqlRequest } from '@veiinn/testing';
import { registerCommand, registerSubgraph, unregisterSubgraph } from '@veiinn/schema';
import { print, type DocumentNode } from 'graphql';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer } from '../src/gateway';
import { startTinyGraph, type TinyGraph, type TinySubgraph } from './tiny-graph';

const schemaDir = join(__dirname, '..', '..', 'schema');
const committedDocuments = join(__dirname, '..', '..', 'clients', 'persisted-documents.json');

const partnerTypeDefs = (fields: string) => gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  type Query {
    ${fields}
  }
`;

const partner: TinySubgraph = {
  name: 'partner',
  typeDefs: partnerTypeDefs('"A greeting from the partner." partnerHello: String!') as DocumentNode,
  resolvers: { Query: { partnerHello: () => 'hei fra partneren' } },
};

/** Every file of the folder with its content: "nothing written" is this staying equal. */
const snapshot = (folder: string) =>
  Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('registering a subgraph while the gateway runs', () => {
  let folder: string;
  let partnerGraph: TinyGraph;
  let gatewayUrl: string;
  let stopGateway: () => Promise<void>;
  let files: { config: string; documents: string };
  const hello = () => graphqlRequest<{ partnerHello: string }>(gatewayUrl, '{ partnerHello }');
  const withDocument = (source: string | undefined) => {
    const documents = JSON.parse(readFileSync(committedDocuments, 'utf8')) as Record<string, string>;
    if (source) documents['test-partner-greeting'] = source;
    writeFileSync(files.documents, JSON.stringify(documents, null, 2));
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'veiinn-register-'));
    try {
      mkdirSync(join(folder, 'graph'));
      for (const name of readdirSync(schemaDir).filter((n) => /\.(graphql|yaml)$/.test(n))) {
        cpSync(join(schemaDir, name), join(folder, 'graph', name));
      }
      files = { config: join(folder, 'graph', 'supergraph.yaml'), documents: join(folder, 'documents.json') };
      withDocument(undefined);
      // The partner's subgraph, served by the kit's server (its own tiny gateway is not used).
      partnerGraph = await startTinyGraph({}, undefined, { subgraphs: [partner] });
      // Our own subgraphs are not running: a request that reached one would fail at once, not hang.
      const nowhere = 'http://127.0.0.1:9/graphql';
      const running = await createGatewayServer({
        supergraphPath: join(folder, 'graph', 'supergraph.graphql'),
        subgraphUrls: Object.fromEntries(
          ['intake', 'day-services', 'work-centre', 'arba', 'nav'].map((name) => [name, nowhere]),
        ),
        pollIntervalMs: 50,
        rateLimit: { perMinute: 100_000, anonymousPerMinute: 100_000 },
      }).listen(0);
      gatewayUrl = running.url;
      stopGateway = running.stop;
    } catch (error) {
      await partnerGraph?.stop();
      throw error;
    }
  });

  afterAll(async () => {
    await stopGateway?.();
    await partnerGraph?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('adds the subgraph by its routing URL (its SDL asked from it) and the gateway serves it without a restart', async () => {
    const before = await hello();
    expect(before.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const outcome = await registerSubgraph({ ...files, name: 'partner', url: partnerGraph.subgraphUrl });
    expect(outcome.problems).toEqual([]);
    expect(outcome.ok).toBe(true);
    expect(readFileSync(join(folder, 'graph', 'partner.graphql'), 'utf8')).toContain('partnerHello: String!');
    expect(readFileSync(files.config, 'utf8')).toContain(`partner:\n    routing_url: ${partnerGraph.subgraphUrl}`);

    await waitFor(async () => (await hello()).data?.partnerHello === 'hei fra partneren', 'the new supergraph');
  });

  it('refuses a subgraph that does not compose, and writes nothing', async () => {
    const before = snapshot(join(folder, 'graph'));
    const sdl = join(folder, 'clash.graphql');
    // `offers` is the hub's, and not shareable: two subgraphs cannot both resolve it.
    writeFileSync(sdl, print(partnerTypeDefs('"Clashes with the hub." offers: Int')));
    const outcome = await registerSubgraph({
      ...files,
      name: 'clash',
      url: 'http://clash.invalid/graphql',
      sdlFile: sdl,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems.join('\n')).toMatch(/^Composition fails: .*"Query\.offers"/m);
    expect(outcome.written).toEqual([]);
    expect(snapshot(join(folder, 'graph'))).toEqual(before);

    // The command says so and exits 1.
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const args = ['--name', 'clash', '--url', 'http://clash.invalid/graphql', '--sdl', sdl];
      const code = await registerCommand([
        'register',
        ...args,
        '--config',
        files.config,
        '--documents',
        files.documents,
      ]);
      expect(code).toBe(1);
      expect(errors.mock.calls.flat().join('\n')).toContain('Refused: registering "clash" was not done');
    } finally {
      errors.mockRestore();
    }
    expect(snapshot(join(folder, 'graph'))).toEqual(before);
  });

  it('refuses a change that breaks a registered document, naming the operation, and the gateway keeps serving it', async () => {
    withDocument('query PartnerGreeting {\n  partnerHello\n}');
    const before = snapshot(join(folder, 'graph'));
    const register = async (fields: string) => {
      const sdl = join(folder, 'partner-next.graphql');
      writeFileSync(sdl, print(partnerTypeDefs(fields)));
      return registerSubgraph({ ...files, name: 'partner', url: partnerGraph.subgraphUrl, sdlFile: sdl });
    };

    // The field removed: the document no longer validates.
    const removed = await register('"Goodbye." partnerBye: String!');
    expect(removed.ok).toBe(false);
    expect(removed.problems.join('\n')).toMatch(
      /Operation "PartnerGreeting" .*would stop working: Cannot query field "partnerHello" on type "Query"/,
    );

    // The field's type changed: the document still validates, but its clients would get a number.
    const retyped = await register('"A greeting, now a number." partnerHello: Int!');
    expect(retyped.ok).toBe(false);
    expect(retyped.problems).toEqual([
      expect.stringMatching(
        /^Breaking change \(Query\.partnerHello\): .*'String!' to 'Int!'.* Used by the registered operation\(s\) "PartnerGreeting"\./,
      ),
    ]);

    expect(snapshot(join(folder, 'graph'))).toEqual(before);
    expect((await hello()).data?.partnerHello).toBe('hei fra partneren');
  });

  it('unregisters the subgraph, checked the same way: refused while a document uses it, then done', async () => {
    withDocument('query PartnerGreeting {\n  partnerHello\n}');
    const refused = await unregisterSubgraph({ ...files, name: 'partner' });
    expect(refused.ok).toBe(false);
    expect(refused.problems.join('\n')).toContain('Operation "PartnerGreeting"');
    expect(readdirSync(join(folder, 'graph'))).toContain('partner.graphql');

    // An own subgraph leaves by a change of code, not by this command.
    expect((await unregisterSubgraph({ ...files, name: 'arba' })).problems).toEqual([
      expect.stringContaining('"arba" is one of this repository\'s own subgraphs'),
    ]);

    withDocument(undefined);
    const done = await unregisterSubgraph({ ...files, name: 'partner' });
    expect(done.problems).toEqual([]);
    expect(done.notes).toEqual([expect.stringContaining("Field 'partnerHello' was removed")]);
    expect(readdirSync(join(folder, 'graph'))).not.toContain('partner.graphql');
    // Back to the graph as committed, byte for byte.
    for (const name of ['supergraph.yaml', 'supergraph.graphql', 'api.graphql']) {
      expect({ name, content: readFileSync(join(folder, 'graph', name), 'utf8') }).toEqual({
        name,
        content: readFileSync(join(schemaDir, name), 'utf8'),
      });
    }
    await waitFor(
      async () => (await hello()).errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
      'the supergraph without the partner',
    );
  });
});
