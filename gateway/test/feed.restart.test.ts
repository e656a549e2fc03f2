/**
 * The feed survives crashes: a provider and the hub are both killed (SIGKILL, no clean shutdown) while the hub is
 * part-way through the provider's feed; after a restart of both, the hub's index equals the provider's data, and
 * every event was applied exactly once (nothing lost, nothing counted twice). Real processes, real databases.
 * Service trust is on, as `npm start` runs it: the provider answers /graphql only with the gateway's token (a key
 * of this test's, served as the gateway's JWKS) and /feed only with the hub's service token
 * (`WORK_CENTRE_TRUSTED_SERVICES`), which the hub signs with its key (`INTAKE_SERVICE_KEY_PATH`, kept across the
 * restart), so the restarted hub resumes through the trusted feed.
 */
import { CALLER_HEADER, generateSigningKey, jwksOf, signCallerToken, type SigningKey } from '@veiinn/kit';
import { FeedCursor, openIntakeDatabase, Placement } from '@veiinn/subgraph-intake';
import { workCentre } from '@veiinn/subgraph-work-centre';
import {
  createTestDatabase,
  freePort,
  graphqlData,
  graphqlRequest,
  startNodeProcess,
  testDialect,
  waitUntil,
  type NodeProcess,
  type TestDatabase,
} from '@veiinn/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const PROVIDER = 'baerum-arbeidssenter';
/** Extra changes made before the hub starts, so that reading the feed one event at a time takes a while. */
const EXTRA_CHANGES = 150;

function databaseEnv(prefix: string, database: TestDatabase): Record<string, string> {
  return testDialect === 'postgresql'
    ? { [`${prefix}_DATABASE_URL`]: database.databaseUrl! }
    : { [`${prefix}_SQLITE_PATH`]: database.sqlitePath! };
}

describe('the change feed across crashes', () => {
  const processes: NodeProcess[] = [];
  let provider: TestDatabase;
  let hub: TestDatabase;
  let ports: { provider: number; hub: number };
  /** The gateway's key, as far as the provider knows: served at `gatewayJwksUrl`. */
  let gatewayKey: SigningKey;
  let gatewayJwks: Server;
  let gatewayJwksUrl: string;
  /** Where the hub keeps its service key: the same file across the restart. */
  let keyDir: string;

  function startProvider() {
    const run = startNodeProcess(join(root, 'subgraphs/work-centre/dist/src/main.js'), {
      WORK_CENTRE_PORT: String(ports.provider),
      ...databaseEnv('WORK_CENTRE', provider),
      WORK_CENTRE_GATEWAY_JWKS_URL: gatewayJwksUrl,
      WORK_CENTRE_TRUSTED_SERVICES: `intake=http://127.0.0.1:${ports.hub}/internal-jwks.json`,
      LOG_LEVEL: 'warn',
    });
    processes.push(run);
    return run;
  }

  function startHub() {
    // Only the work centre's feed is real here; the other providers point at a port where nothing listens.
    const nowhere = 'http://127.0.0.1:1/feed';
    const run = startNodeProcess(join(root, 'subgraphs/intake/dist/src/main.js'), {
      INTAKE_PORT: String(ports.hub),
      ...databaseEnv('INTAKE', hub),
      INTAKE_SERVICE_KEY_PATH: join(keyDir, 'intake-service-key.json'),
      INTAKE_FEED_URLS: [
        `${PROVIDER}=http://127.0.0.1:${ports.provider}/feed`,
        `baerum-kommunale-dagtilbud=${nowhere}`,
        `arba=${nowhere}`,
        `nav-baerum=${nowhere}`,
      ].join(','),
      // One event per page: one transaction per event, so the hub is certainly caught part-way.
      INTAKE_FEED_BATCH_SIZE: '1',
      INTAKE_FEED_POLL_MS: '50',
      LOG_LEVEL: 'warn',
    });
    processes.push(run);
    return run;
  }

  const healthy = (port: number) => async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/health`)).ok;
    } catch {
      return false;
    }
  };

  async function hubFeed() {
    const data = await graphqlData<{ provider: { feed: { lastSequence: number; head: number } } }>(
      `http://127.0.0.1:${ports.hub}/graphql`,
      `{ provider(id: "${PROVIDER}") { feed { lastSequence head } } }`,
    );
    return data.provider.feed;
  }

  async function kill(run: NodeProcess) {
    run.child.kill('SIGKILL');
    await run.exited;
  }

  beforeAll(async () => {
    provider = await createTestDatabase('restart_work_centre');
    hub = await createTestDatabase('restart_intake');
    ports = { provider: await freePort(), hub: await freePort() };
    keyDir = mkdtempSync(join(tmpdir(), 'veiinn-restart-'));
    gatewayKey = await generateSigningKey('EdDSA');
    gatewayJwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwksOf(gatewayKey)));
    });
    await new Promise<void>((done) => gatewayJwks.listen(0, '127.0.0.1', done));
    const address = gatewayJwks.address();
    gatewayJwksUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks.json`;
  });

  afterAll(async () => {
    for (const run of processes) if (run.child.exitCode === null && run.child.signalCode === null) await kill(run);
    await provider.drop();
    await hub.drop();
    await new Promise((done) => (gatewayJwks ? gatewayJwks.close(done) : done(undefined)));
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  });

  /** The gateway's token for the work centre, for its own staff (the hours are theirs to change). */
  const providerHeaders = async () => ({
    [CALLER_HEADER]: await signCallerToken(gatewayKey, {
      audience: 'work-centre',
      caller: { sub: 'restart-staff', roles: ['provider-staff'], providerId: PROVIDER },
      requestId: 'restart',
    }),
  });

  it('kill the provider and the hub mid-sync, restart both: the index equals the provider, each event applied once', async () => {
    let providerRun = startProvider();
    await waitUntil(healthy(ports.provider), 'the work centre to start');
    const providerUrl = `http://127.0.0.1:${ports.provider}/graphql`;

    // Make the feed long: change the hours of one placement back and forth.
    const orm = await workCentre.openDatabase(provider);
    const [{ id: placementId, version }] = await orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; version: number }[]>('select id, version from placement where end_date is null limit 1');
    await orm.close();
    let current = Number(version);
    for (let i = 0; i < EXTRA_CHANGES; i++) {
      const changed = await graphqlRequest<{ changeWorkCentrePlacementHours: { version: number } }>(
        providerUrl,
        `mutation { changeWorkCentrePlacementHours(input: { placementId: "${placementId}", hoursPerWeek: ${20 + (i % 2)},
          expectedVersion: ${current} }) { version } }`,
        undefined,
        await providerHeaders(),
      );
      expect(changed.errors).toBeUndefined();
      current = changed.data!.changeWorkCentrePlacementHours.version;
    }

    // Trust is on: the feed answers no one but the hub (nor does /graphql without the gateway's token).
    expect((await fetch(`http://127.0.0.1:${ports.provider}/feed`)).status).toBe(401);
    expect(
      (
        await fetch(providerUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        })
      ).status,
    ).toBe(401);

    let hubRun = startHub();
    await waitUntil(healthy(ports.hub), 'the hub to start');
    // Part-way through the feed: kill the provider first, then the hub, both without warning.
    await waitUntil(async () => (await hubFeed()).lastSequence > 10, 'the hub to start reading', { intervalMs: 5 });
    await kill(providerRun);
    const midway = await hubFeed();
    expect(midway.lastSequence).toBeLessThan(midway.head);
    await kill(hubRun);

    // Both come back; the hub resumes from its stored cursor.
    providerRun = startProvider();
    hubRun = startHub();
    await waitUntil(healthy(ports.provider), 'the work centre to restart');
    await waitUntil(healthy(ports.hub), 'the hub to restart');
    await waitUntil(async () => {
      const feed = await hubFeed();
      return feed.head > 0 && feed.lastSequence === feed.head;
    }, 'the hub to catch up');
    await kill(hubRun);
    await kill(providerRun);

    // Compare the hub's index with the provider's own rows, straight from both databases.
    const providerOrm = await workCentre.openDatabase(provider);
    const hubOrm = await openIntakeDatabase(hub);
    try {
      const rows = await providerOrm.em
        .fork()
        .getConnection()
        .execute<Record<string, unknown>[]>(
          'select id, participant_id, offer_id, start_date, end_date, hours_per_week, version from placement',
        );
      const day = (value: unknown) =>
        value == null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
      const fromProvider = rows
        .map((r: Record<string, unknown>) => ({
          id: String(r.id),
          participantId: String(r.participant_id),
          offerId: String(r.offer_id),
          startDate: day(r.start_date),
          endDate: day(r.end_date),
          hoursPerWeek: Number(r.hours_per_week),
          version: Number(r.version),
        }))
        .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
      const hubEm = hubOrm.em.fork();
      const index = (await hubEm.find(Placement, { providerId: PROVIDER }, { orderBy: { id: 'asc' } })).map(
        (p: Placement) => ({
          id: p.id,
          participantId: p.participantId,
          offerId: p.offerId,
          startDate: p.startDate,
          endDate: p.endDate,
          hoursPerWeek: p.hoursPerWeek,
          version: p.feedVersion,
        }),
      );
      expect(index).toEqual(fromProvider);
      expect(fromProvider.find((p: { id: string }) => p.id === placementId)?.hoursPerWeek).toBe(
        20 + ((EXTRA_CHANGES - 1) % 2),
      );

      const cursor = await hubEm.findOneOrFail(FeedCursor, { providerId: PROVIDER });
      const [{ n: events }] = await providerOrm.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>('select count(*) as n from feed_event');
      expect(cursor.lastSequence).toBe(Number(events));
      // Every event applied exactly once: a page cut short by the kill was rolled back, with its cursor.
      expect(cursor.eventsApplied).toBe(Number(events));
    } finally {
      await providerOrm.close();
      await hubOrm.close();
    }
  });
});
