// Registering a partner provider's subgraph in the whole graph: the gateway serves it, and the hub (through the
// gateway, with a case worker's token) adds the provider and follows its feed. Unregistering stops the following.
import { CALLER_HEADER, FEED_PROTOCOL } from '@veiinn/kit';
import { registerCommand } from '@veiinn/schema';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestGraph, type TestGraph } from './support';
import { startTinyGraph, type TinyGraph, type TinySubgraph } from './tiny-graph';

const schemaDir = join(__dirname, '..', '..', 'schema');
const documents = join(__dirname, '..', '..', 'clients', 'persisted-documents.json');
const PROVIDER = 'aurora-verksted-test';

const partner: TinySubgraph = {
  name: 'aurora',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

    type Query {
      "Opening hours of the workshop."
      auroraOpeningHours: String!
    }
  ` as DocumentNode,
  resolvers: { Query: { auroraOpeningHours: () => '08–15' } },
};

describe('registering a provider subgraph in the hub', () => {
  let graph: TestGraph;
  let partnerGraph: TinyGraph;
  let folder: string;
  let feedReads = 0;
  /** The audience of the hub's token on the last feed read (undefined: no token). */
  let feedAudience: string | undefined;
  const environment = process.env.VEIINN_HUB_TOKEN;
  const command = (action: 'register' | 'unregister', ...args: string[]) =>
    registerCommand([
      action,
      '--config',
      join(folder, 'supergraph.yaml'),
      '--supergraph',
      graph.supergraphPath,
      '--documents',
      documents,
      '--hub-url',
      graph.gatewayUrl,
      ...args,
    ]);
  const quietly = async <T>(run: () => Promise<T>) => {
    const logs = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      return { result: await run(), out: logs.mock.calls.flat().join('\n'), err: errors.mock.calls.flat().join('\n') };
    } finally {
      logs.mockRestore();
      errors.mockRestore();
    }
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'veiinn-register-hub-'));
    graph = await startTestGraph();
    try {
      // The partner's empty change feed, in the protocol the hub reads.
      partnerGraph = await startTinyGraph(
        {},
        (app) =>
          app.get('/feed', (req, res) => {
            feedReads += 1;
            const token = req.header(CALLER_HEADER)?.split('.')[1];
            feedAudience = token ? JSON.parse(Buffer.from(token, 'base64url').toString()).aud : undefined;
            res.json({ protocol: FEED_PROTOCOL, head: 0, events: [] });
          }),
        { subgraphs: [partner] },
      );
      // The gateway serves a copy of the committed supergraph; its configuration is copied beside ours.
      mkdirSync(folder, { recursive: true });
      for (const name of readdirSync(schemaDir).filter((n) => /\.(graphql|yaml)$/.test(n))) {
        if (name !== 'supergraph.graphql') cpSync(join(schemaDir, name), join(folder, name));
      }
      writeFileSync(
        join(folder, 'aurora.json'),
        JSON.stringify({
          name: 'Aurora verksted (test)',
          shortName: 'Aurora',
          kind: 'PARTNER',
          municipality: 'Bærum',
          description: { nb: 'Verksted for tilrettelagt arbeid.', en: 'Workshop for adapted work.' },
        }),
      );
    } catch (error) {
      await partnerGraph?.stop();
      await graph.stop();
      throw error;
    }
  });

  afterAll(async () => {
    if (environment === undefined) delete process.env.VEIINN_HUB_TOKEN;
    else process.env.VEIINN_HUB_TOKEN = environment;
    await partnerGraph?.stop();
    await graph?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const providerInHub = async () =>
    (
      await graph
        .as('case-worker')
        .data<{ provider: { id: string; name: string } | null }>(`{ provider(id: "${PROVIDER}") { id name } }`)
    ).provider;

  it('refuses a token that may not register providers, before and after the graph part', async () => {
    process.env.VEIINN_HUB_TOKEN = await graph.tokenFor('applicant');
    const unknown = await quietly(() =>
      command('register', '--name', 'aurora', '--url', partnerGraph.subgraphUrl, '--provider-id', PROVIDER),
    );
    expect(unknown.result).toBe(1);
    expect(unknown.err).toContain(`Refused: the hub has no provider "${PROVIDER}", and nothing was written.`);
    expect(readFileSync(join(folder, 'supergraph.yaml'), 'utf8')).not.toContain('aurora');
    expect(await providerInHub()).toBeNull();

    // With the organisation given, the graph part is done first; the hub then refuses the applicant, and says so.
    const forbidden = await quietly(() =>
      command(
        'register',
        '--name',
        'aurora',
        '--url',
        partnerGraph.subgraphUrl,
        '--provider-id',
        PROVIDER,
        '--provider-file',
        join(folder, 'aurora.json'),
      ),
    );
    expect(forbidden.result).toBe(1);
    expect(forbidden.err).toMatch(/^The graph is changed, but the hub was not told: .*\[FORBIDDEN\]/);
    expect(forbidden.err).toContain('run the same command again');
    expect(await providerInHub()).toBeNull();
  });

  it('adds the provider to the hub on the same command again, which then reads its feed', async () => {
    process.env.VEIINN_HUB_TOKEN = await graph.tokenFor('case-worker');
    const registered = await quietly(() =>
      command(
        'register',
        '--name',
        'aurora',
        '--url',
        partnerGraph.subgraphUrl,
        '--provider-id',
        PROVIDER,
        '--provider-file',
        join(folder, 'aurora.json'),
      ),
    );
    expect(registered.err).toBe('');
    expect(registered.result).toBe(0);
    expect(registered.out).toContain(`The hub registered provider "${PROVIDER}" and follows its feed at`);
    expect(await providerInHub()).toEqual({ id: PROVIDER, name: 'Aurora verksted (test)' });

    const deadline = Date.now() + 10_000;
    while ((await graph.as('applicant').request('{ auroraOpeningHours }')).data?.auroraOpeningHours !== '08–15') {
      if (Date.now() > deadline) throw new Error('The gateway did not take the new supergraph');
      await new Promise((done) => setTimeout(done, 50));
    }

    const synced = await graph.intake.follower.syncAll();
    expect(synced.find((s) => s.providerId === PROVIDER)).toMatchObject({ head: 0, applied: 0 });
    expect(synced.find((s) => s.providerId === PROVIDER)?.error).toBeUndefined();
    expect(feedReads).toBeGreaterThan(0);
    // Issue 16: the hub learned the provider's subgraph at registration, and its token for the feed names it.
    expect(feedAudience).toBe('aurora');
  });

  it('unregisters: the graph loses the subgraph and the hub stops reading its feed, the provider stays', async () => {
    const unregistered = await quietly(() => command('unregister', '--name', 'aurora'));
    expect(unregistered.err).toBe('');
    expect(unregistered.result).toBe(0);
    expect(unregistered.out).toContain(`The hub no longer follows a feed of provider "${PROVIDER}"`);
    expect((await graph.intake.follower.syncAll()).map((s) => s.providerId)).not.toContain(PROVIDER);
    expect(await providerInHub()).toEqual({ id: PROVIDER, name: 'Aurora verksted (test)' });
  });
});
