/**
 * Chaos (issue 15): the five subgraphs as their own processes (node dist/src/main.js, as `npm start` and production
 * run them), on fresh databases of the dialect under test, and the gateway over them; a short load of public
 * catalogue reads and case workers' participant paths, while Arba's process is stopped (SIGSTOP: it accepts
 * connections and says nothing), resumed, killed (SIGKILL: connections refused), and started again.
 *
 * It reports what was answered in each phase, and holds the gateway to this: no 5xx for a provider's failure, no
 * request waiting past the subgraph timeout plus a second, the catalogue still lists every offer and a participant's
 * path still shows the hub's data while Arba is away, and the graph answers whole again once Arba is back.
 */
import { feedUrlsSetting, subgraphRegistry } from '@veiinn/schema';
import { demoParticipantId } from '@veiinn/demo-data';
import { generateSigningKey, jwksOf } from '@veiinn/kit';
import {
  createTestDatabase,
  freePort,
  startNodeProcess,
  testDialect,
  waitUntil,
  answers,
  type NodeProcess,
  type TestDatabase,
} from '@veiinn/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer } from '../src/gateway';
import { committedSupergraph } from './support';
import { signedInClients, TEST_ISSUER } from './sign-in-clients';

jest.setTimeout(180_000);

const root = join(__dirname, '..', '..');
const TIMEOUT_MS = 1_500;
const LOOPS = 4;
const VICTIM = 'arba';

const CATALOGUE = `query ChaosCatalogue { offers(first: 50) { totalCount nodes { id title { nb }
  provider { shortName } dayServices { groups { id } } workCentre { groups { id } } arba { arenas { id name } } } } }`;
const PATH = `query ChaosPath($id: ID!) { participant(id: $id) { fullName
  placements { status provider { shortName } workCentre { hoursPerWeek } arba { measure } } } }`;
/** From the work centre to VTA at Arba: the path touches the hub, the work centre and Arba. */
const PARTICIPANT = demoParticipantId('p29');

interface Sample {
  phase: string;
  kind: 'catalogue' | 'path';
  status: number;
  ms: number;
  partial: boolean;
  codes: string[];
  offers?: number;
  fullName?: unknown;
}

const prefixOf = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

describe(`chaos: a provider stopped and killed under load (${testDialect})`, () => {
  const processes: Record<string, NodeProcess> = {};
  const envs: Record<string, Record<string, string>> = {};
  const ports: Record<string, number> = {};
  const databases: TestDatabase[] = [];
  let keyServer: Server | undefined;
  let stopGateway: (() => Promise<void>) | undefined;
  let gatewayUrl = '';
  let caseWorkerToken = '';
  const folder = mkdtempSync(join(tmpdir(), 'veiinn-chaos-'));

  const start = (name: string) => {
    const entry = subgraphRegistry.find((e) => e.name === name)!;
    processes[name] = startNodeProcess(join(root, entry.workspace, 'dist/src/main.js'), envs[name], root);
  };
  const healthy = (name: string) =>
    waitUntil(() => answers(`http://127.0.0.1:${ports[name]}/health/ready`), `${name} to be ready`, {
      timeoutMs: 60_000,
    });

  beforeAll(async () => {
    const [internalKey, identityKey] = await Promise.all([generateSigningKey('EdDSA'), generateSigningKey('ES256')]);
    // The gateway's and the identity provider's public keys, served for the subgraphs' processes to fetch.
    keyServer = createServer((req, res) => {
      const body = req.url === '/internal-jwks.json' ? jwksOf(internalKey) : jwksOf(identityKey);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((done) => keyServer!.listen(0, '127.0.0.1', done));
    const keysUrl = `http://127.0.0.1:${(keyServer.address() as { port: number }).port}`;
    for (const entry of subgraphRegistry) ports[entry.name] = await freePort();
    const graphqlUrl = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
    for (const entry of subgraphRegistry) {
      const prefix = prefixOf(entry.name);
      const database = await createTestDatabase(`chaos_${entry.name.replace(/-/g, '_')}`);
      databases.push(database);
      envs[entry.name] = {
        LOG_LEVEL: 'error',
        [`${prefix}_PORT`]: String(ports[entry.name]),
        [`${prefix}_GATEWAY_JWKS_URL`]: `${keysUrl}/internal-jwks.json`,
        ...(database.databaseUrl
          ? { [`${prefix}_DATABASE_URL`]: database.databaseUrl }
          : { [`${prefix}_SQLITE_PATH`]: database.sqlitePath! }),
        ...(entry.name === 'intake'
          ? {
              INTAKE_FEED_URLS: feedUrlsSetting((e) => graphqlUrl(e.name)),
              INTAKE_SERVICE_KEY_PATH: join(folder, 'intake-service-key.json'),
              // The follower keeps reading while Arba is away: it must back off and carry on, not fail the hub.
              INTAKE_FEED_POLL_MS: '1000',
            }
          : { [`${prefix}_TRUSTED_SERVICES`]: `intake=http://127.0.0.1:${ports.intake}/internal-jwks.json` }),
        ...(entry.name === 'nav' && {
          NAV_INGEST_JWKS_URL: `${keysUrl}/jwks.json`,
          NAV_INGEST_JWT_ISSUER: TEST_ISSUER,
          NAV_INGEST_ORGNO: '100000002',
        }),
      };
    }
    for (const entry of subgraphRegistry.filter((e) => e.name !== 'intake')) start(entry.name);
    for (const entry of subgraphRegistry.filter((e) => e.name !== 'intake')) await healthy(entry.name);
    start('intake');
    await healthy('intake');

    const server = createGatewayServer({
      supergraphPath: committedSupergraph,
      subgraphUrls: Object.fromEntries(subgraphRegistry.map((e) => [e.name, graphqlUrl(e.name)])),
      internalKey,
      signIn: { jwks: jwksOf(identityKey), issuer: TEST_ISSUER },
      rateLimit: { perMinute: 1_000_000, anonymousPerMinute: 1_000_000 },
      subgraphTimeouts: { defaultMs: TIMEOUT_MS },
      circuit: { failuresToOpen: 3, openMs: 1_000 },
    });
    const running = await server.listen(0);
    stopGateway = running.stop;
    gatewayUrl = running.url;
    caseWorkerToken = await signedInClients(gatewayUrl, identityKey).tokenFor('case-worker');
    // The hub has read every provider's feed once: the participant's path has its placements.
    await waitUntil(async () => {
      const sample = await send('ready', 'path');
      return sample.status === 200 && !sample.partial;
    }, 'the whole path to be answered');
  });

  afterAll(async () => {
    await stopGateway?.();
    for (const process of Object.values(processes)) {
      if (process.child.exitCode === null && process.child.signalCode === null) {
        process.child.kill('SIGCONT');
        process.child.kill('SIGTERM');
        await Promise.race([process.exited, new Promise((done) => setTimeout(done, 10_000))]);
        if (process.child.exitCode === null) process.child.kill('SIGKILL');
      }
    }
    await new Promise<void>((done) => (keyServer ? keyServer.close(() => done()) : done()));
    for (const database of databases) await database.drop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  async function send(phase: string, kind: Sample['kind']): Promise<Sample> {
    const started = Date.now();
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(kind === 'path' && { authorization: `Bearer ${caseWorkerToken}` }),
      },
      body: JSON.stringify(kind === 'path' ? { query: PATH, variables: { id: PARTICIPANT } } : { query: CATALOGUE }),
    });
    const body = (await response.json()) as {
      data?: {
        offers?: { nodes: unknown[] };
        participant?: { fullName?: unknown };
      } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    return {
      phase,
      kind,
      status: response.status,
      ms: Date.now() - started,
      partial: !!body.errors?.length,
      codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'none'),
      offers: body.data?.offers?.nodes.length,
      fullName: body.data?.participant?.fullName,
    };
  }

  /** Waits until a whole path is answered again, and says how long that took (the circuit's probe included). */
  async function recovered(): Promise<number> {
    const started = Date.now();
    await waitUntil(
      async () => {
        const sample = await send('recovering', 'path');
        return sample.status === 200 && !sample.partial;
      },
      'Arba to be answered for again',
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    return Date.now() - started;
  }

  /** `LOOPS` clients, each sending catalogue and path requests one after the other, for `ms`. */
  async function load(phase: string, ms: number): Promise<Sample[]> {
    const samples: Sample[] = [];
    const until = Date.now() + ms;
    await Promise.all(
      Array.from({ length: LOOPS }, async (_, loop) => {
        for (let n = loop; Date.now() < until; n++) samples.push(await send(phase, n % 2 ? 'path' : 'catalogue'));
      }),
    );
    return samples;
  }

  it('answers every request in time, without 5xx, with what the other subgraphs have while Arba is away', async () => {
    const victim = () => processes[VICTIM].child;
    const phases: Sample[][] = [];
    phases.push(await load('all up', 2_000));
    victim().kill('SIGSTOP');
    phases.push(await load('arba stopped', 4_000));
    victim().kill('SIGCONT');
    // Its circuit is open: it is probed again after a second (openMs), and answers whole from then on.
    const recovery: Record<string, number> = { resumed: await recovered() };
    phases.push(await load('arba resumed', 2_000));
    victim().kill('SIGKILL');
    await processes[VICTIM].exited;
    phases.push(await load('arba killed', 3_000));
    start(VICTIM);
    await healthy(VICTIM);
    recovery.restarted = await recovered();
    phases.push(await load('arba restarted', 2_000));

    const everyOffer = phases[0].find((s) => s.kind === 'catalogue')?.offers;
    const report = phases.map((samples) => {
      const codes: Record<string, number> = {};
      for (const code of samples.flatMap((s) => s.codes)) codes[code] = (codes[code] ?? 0) + 1;
      return {
        phase: samples[0]?.phase,
        requests: samples.length,
        whole: samples.filter((s) => s.status === 200 && !s.partial).length,
        partial: samples.filter((s) => s.status === 200 && s.partial).length,
        failed: samples.filter((s) => s.status !== 200).length,
        maxMs: Math.max(...samples.map((s) => s.ms)),
        errorCodes: codes,
      };
    });
    console.log(
      `Chaos report (${testDialect}, subgraph timeout ${TIMEOUT_MS} ms, ${LOOPS} clients; ms until whole again: ` +
        `${JSON.stringify(recovery)}):\n${report.map((row) => JSON.stringify(row)).join('\n')}`,
    );

    const all = phases.flat();
    expect(all.filter((s) => s.status >= 500)).toEqual([]);
    expect(all.filter((s) => s.ms > TIMEOUT_MS + 1_000)).toEqual([]);
    expect(everyOffer).toBeGreaterThan(0);
    for (const [index, samples] of phases.entries()) {
      expect(samples.length).toBeGreaterThan(LOOPS);
      // Every catalogue lists every offer and every path the hub's name, whoever is away.
      for (const sample of samples) {
        if (sample.kind === 'catalogue') expect(sample.offers).toBe(everyOffer);
        else expect(sample.fullName).toEqual(expect.any(String));
        expect(sample.codes.filter((code) => code !== 'SUBGRAPH_UNAVAILABLE')).toEqual([]);
      }
      const away = report[index].phase === 'arba stopped' || report[index].phase === 'arba killed';
      if (away) expect(report[index].partial).toBe(samples.length);
    }
    // Whole before, and whole again once Arba is back and its circuit has closed.
    for (const phase of ['all up', 'arba resumed', 'arba restarted']) {
      const row = report.find((r) => r.phase === phase)!;
      expect(row.whole).toBe(row.requests);
    }
  });
});
