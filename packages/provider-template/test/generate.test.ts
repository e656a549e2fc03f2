/**
 * A provider made by `npm run new-provider` passes the conformance suite as generated: it is written, compiled with
 * the repository's own TypeScript settings, started over a fresh database with service trust on, and checked from
 * the outside like a partner's subgraph.
 */
import { formatReport, runConformance } from '@veiinn/conformance';
import {
  CALLER_HEADER,
  generateSigningKey,
  serviceIssuer,
  signCallerToken,
  type RunningSubgraph,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import { createTestDatabase, postPlacementProtocol } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateProvider, joinWorkspace, NewProviderError, newProviderProblems } from '../src';

const repoRoot = join(__dirname, '..', '..', '..');
// Inside the repository's tree, so the generated code finds the kit and its dependencies in its node_modules.
const scratch = join(repoRoot, '.test-generated');

describe('npm run new-provider', () => {
  let folder: string;
  beforeAll(() => {
    mkdirSync(scratch, { recursive: true });
    folder = mkdtempSync(join(scratch, 'provider-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('makes a subgraph that compiles and passes the conformance suite', async () => {
    const dir = join(folder, 'aurora');
    const files = generateProvider({
      name: 'aurora-verksted',
      providerId: 'aurora-verksted',
      title: 'Aurora verksted',
      port: 4010,
      dir,
      repoRoot: null,
      tsconfigBase: join(repoRoot, 'tsconfig.base.json'),
    });
    expect(files).toEqual(expect.arrayContaining(['package.json', 'src/subgraph.ts', 'src/main.ts']));
    expect(readFileSync(join(dir, 'src', 'subgraph.ts'), 'utf8')).not.toMatch(/__\w+__/);
    execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], {
      stdio: 'pipe',
    });

    const [gatewayKey, hubKey] = await Promise.all([generateSigningKey('EdDSA'), generateSigningKey('EdDSA')]);
    const trust: SubgraphTrustOptions = {
      publicKey: gatewayKey.publicJwk,
      services: [{ issuer: serviceIssuer('intake'), publicKey: hubKey.publicJwk }],
    };
    const database = await createTestDatabase('generated_provider');
    let running: RunningSubgraph | undefined;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const generated = require(join(dir, 'dist', 'src', 'index.js')) as {
        auroraVerksted: { start(options: object): Promise<RunningSubgraph> };
      };
      const options = {
        database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath },
        seedDemoData: true,
        trust,
      };
      running = await generated.auroraVerksted.start(options);
      // The hub places someone through the protocol, so that the feed names a placement for the federation checks,
      // which run before the suite's own writes; the repeat, the refusals and the extent are the suite's.
      const asHub = async () => ({
        [CALLER_HEADER]: await signCallerToken(hubKey, {
          audience: 'aurora-verksted',
          caller: { sub: 'intake', roles: ['service'] },
          requestId: randomUUID(),
          issuer: serviceIssuer('intake'),
        }),
      });
      const [group] = await running.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string; offer_id: string }[]>('select id, offer_id from offer_group');
      const request = {
        idempotencyKey: 'decision:test-1',
        participantId: randomUUID(),
        offerId: group.offer_id,
        groupId: group.id,
        hoursPerWeek: 20,
        daysPerWeek: null,
        startDate: '2027-01-04',
        endDate: null,
        decisionId: null,
      };
      const placed = await postPlacementProtocol(running.url, '/placements', request, asHub());
      expect(placed).toMatchObject({ status: 201, body: { status: 'CREATED' } });

      const report = await runConformance({
        url: running.url,
        gatewayKey,
        hubKey,
        providerId: 'aurora-verksted',
        // Places, repeats, is refused, changes the extent and ends: the protocol's writes, as a partner runs them.
        writes: true,
        // Stopped and started again on the same database and port, as a deployment restarts it.
        restart: async () => {
          const port = Number(new URL(running!.url).port);
          await running!.stop();
          running = undefined;
          running = await generated.auroraVerksted.start({ ...options, port });
        },
      });
      const notPassed = report.results.filter((r) => r.status !== 'pass');
      expect({ name: report.name, notPassed }).toEqual({
        name: 'aurora-verksted',
        // Only GROUP_FULL, which needs a full group.
        notPassed: [expect.objectContaining({ id: 'placement.writes.group-full', status: 'not-checked' })],
      });
      expect(report.results.map((r) => r.id)).toEqual(
        expect.arrayContaining([
          'federation.composes',
          'feed.paging',
          'trust.accepts',
          'placement.bad-input',
          'placement.writes.repeat',
          'placement.writes.already-placed',
          'placement.writes.extent',
          'feed.restart',
        ]),
      );
      expect(formatReport(report)).toMatch(/0 failed/);
    } finally {
      await running?.stop();
      await database.drop();
    }
  });

  it('refuses a bad name, provider id, title, port or an existing folder, and writes nothing', () => {
    const dir = join(folder, 'refused');
    const asked = { name: 'Aurora_Verksted', providerId: 'a--b', title: 'Aurora "x"', port: 80, dir: folder };
    expect(newProviderProblems(asked)).toEqual([
      expect.stringContaining('--name "Aurora_Verksted"'),
      expect.stringContaining('--provider-id "a--b"'),
      expect.stringContaining('--title'),
      expect.stringContaining('--port 80'),
      expect.stringContaining('exists already'),
    ]);
    expect(() => generateProvider({ ...asked, dir, repoRoot: null })).toThrow(NewProviderError);
    expect(existsSync(dir)).toBe(false);
  });

  it('joins the repository: its workspaces and TypeScript references get the new folder, once', () => {
    const repo = join(folder, 'repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ workspaces: ['packages/kit'] }));
    writeFileSync(join(repo, 'tsconfig.json'), JSON.stringify({ files: [], references: [{ path: 'packages/kit' }] }));
    joinWorkspace(repo, join(repo, 'subgraphs', 'aurora'));
    joinWorkspace(repo, join(repo, 'subgraphs', 'aurora'));
    expect(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).workspaces).toEqual([
      'packages/kit',
      'subgraphs/aurora',
    ]);
    expect(JSON.parse(readFileSync(join(repo, 'tsconfig.json'), 'utf8')).references).toEqual([
      { path: 'packages/kit' },
      { path: 'subgraphs/aurora' },
    ]);
  });
});
