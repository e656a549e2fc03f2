import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeSupergraph } from '../src/compose';
import { parseConfig, readConfig } from '../src/config';
import { registerSubgraph } from '../src/register';
import { subgraphRegistry } from '../src/registry';

const schemaDir = join(__dirname, '..');
const documents = join(__dirname, '..', '..', 'clients', 'persisted-documents.json');

const PARTNER_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

type Query {
  "The partner's greeting."
  partnerHello: String!
}
`;

describe('the supergraph configuration', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'veiinn-config-'));
    for (const name of readdirSync(schemaDir).filter((n) => /\.(graphql|yaml)$/.test(n))) {
      cpSync(join(schemaDir, name), join(folder, name));
    }
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("keeps the registry's entries for npm start, the bench and the tests, read from supergraph.yaml", () => {
    expect(subgraphRegistry).toEqual([
      { name: 'intake', port: 4001, workspace: 'subgraphs/intake' },
      {
        name: 'day-services',
        port: 4002,
        workspace: 'subgraphs/day-services',
        providerId: 'baerum-kommunale-dagtilbud',
      },
      { name: 'work-centre', port: 4003, workspace: 'subgraphs/work-centre', providerId: 'baerum-arbeidssenter' },
      { name: 'arba', port: 4004, workspace: 'subgraphs/arba', providerId: 'arba' },
      { name: 'nav', port: 4005, workspace: 'subgraphs/nav', providerId: 'nav-baerum' },
    ]);
  });

  it('composes a registered partner by `npm run compose` exactly as registration wrote it: the two cannot drift', async () => {
    writeFileSync(join(folder, 'partner.sdl'), PARTNER_SDL);
    const outcome = await registerSubgraph({
      config: join(folder, 'supergraph.yaml'),
      documents,
      name: 'partner',
      url: 'https://partner.example.no/graphql',
      providerId: 'partner',
      sdlFile: join(folder, 'partner.sdl'),
    });
    expect(outcome.problems).toEqual([]);
    expect(readConfig(join(folder, 'supergraph.yaml')).subgraphs.at(-1)).toMatchObject({
      name: 'partner',
      routingUrl: 'https://partner.example.no/graphql',
      schema: { file: './partner.graphql' },
      providerId: 'partner',
    });
    // The partner is not one of ours: `npm start` does not run it.
    expect(subgraphRegistry.map((e) => e.name)).not.toContain('partner');

    const { files, errors } = await composeSupergraph(readConfig(join(folder, 'supergraph.yaml')));
    expect(errors).toEqual([]);
    expect(files['supergraph.graphql']).toContain('PARTNER @join__graph(name: "partner"');
    for (const [name, content] of Object.entries(files)) {
      expect({ name, content: readFileSync(join(folder, name), 'utf8') }).toEqual({ name, content });
    }
  });

  it('refuses a second registration while one is under way, and writes nothing', async () => {
    const config = join(folder, 'supergraph.yaml');
    writeFileSync(join(folder, 'partner.sdl'), PARTNER_SDL);
    const before = readFileSync(config, 'utf8');
    writeFileSync(`${config}.lock`, 'pid 4242\n');
    const register = () =>
      registerSubgraph({
        config,
        documents,
        name: 'partner',
        url: 'https://partner.example.no/graphql',
        sdlFile: join(folder, 'partner.sdl'),
      });
    const blocked = await register();
    expect(blocked.problems).toEqual([expect.stringContaining('Another registration is under way')]);
    expect(blocked.problems[0]).toContain('pid 4242');
    expect(readFileSync(config, 'utf8')).toBe(before);
    expect(readdirSync(folder)).not.toContain('partner.graphql');

    rmSync(`${config}.lock`);
    expect((await register()).ok).toBe(true);
    // The lock is given back once done.
    expect(readdirSync(folder)).not.toContain('supergraph.yaml.lock');
  });

  it('names the file and key of a mistake in it', () => {
    const at = '/deploy/supergraph.yaml';
    const config = (text: string) => () => parseConfig(text, at);
    expect(config('federation_version: 1\nsubgraphs: {}')).toThrow(
      `${at}: federation_version should be 2 or =2.x.y (Federation 2), is "1".`,
    );
    expect(config('federation_version: 2\nsubgraphs:\n  a:\n    schema: { file: a.graphql }')).toThrow(
      `${at}: subgraphs.a.routing_url should be an http(s) URL.`,
    );
    expect(
      config('federation_version: 2\nsubgraphs:\n  a:\n    routing_url: http://a/graphql\n    schema: {}'),
    ).toThrow(`${at}: subgraphs.a.schema should have \`file\` or \`subgraph_url\`.`);
    expect(config('federation_version: 2\nsubgraphs:\n  A_B:\n    routing_url: http://a/graphql')).toThrow(
      `${at}: subgraphs.A_B: a name is lower-case letters, digits and single hyphens.`,
    );
  });

  it('refuses to compose with another composition version than federation_version names', async () => {
    const path = join(folder, 'supergraph.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^federation_version: .*$/m, 'federation_version: =2.3.0'));
    const outcome = await registerSubgraph({ config: path, documents, name: 'x', url: 'http://x.invalid/graphql' });
    expect(outcome.problems).toEqual([expect.stringContaining('federation_version is =2.3.0, but this repository')]);
  });
});
