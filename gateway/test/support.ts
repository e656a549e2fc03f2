import { startArbaSubgraph } from '@veiinn/subgraph-arba';
import { startDayServicesSubgraph } from '@veiinn/subgraph-day-services';
import { startIntakeSubgraph, type RunningIntake } from '@veiinn/subgraph-intake';
import { startNavSubgraph } from '@veiinn/subgraph-nav';
import { startWorkCentreSubgraph } from '@veiinn/subgraph-work-centre';
import type { RunningSubgraph, SubgraphDatabaseOptions } from '@veiinn/kit';
import { createSqlCounter, createTestDatabase, type SqlCounter, type TestDatabase } from '@veiinn/testing';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer, type SubgraphFetch } from '../src/gateway';

export const committedSupergraph = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

/** The day every test graph lives on, so counts by date do not change with the calendar. */
export const TEST_TODAY = '2026-11-23';

type Starter = (database: SubgraphDatabaseOptions) => Promise<RunningSubgraph>;

/** The providers' subgraphs, by subgraph name, with the provider id the hub knows them by. */
const providerSubgraphs: { name: string; providerId: string; start: Starter }[] = [
  {
    name: 'day-services',
    providerId: 'baerum-kommunale-dagtilbud',
    start: (database) =>
      startDayServicesSubgraph({ database, seedDemoData: true, settings: { today: () => TEST_TODAY } }),
  },
  {
    name: 'work-centre',
    providerId: 'baerum-arbeidssenter',
    start: (database) =>
      startWorkCentreSubgraph({ database, seedDemoData: true, settings: { today: () => TEST_TODAY } }),
  },
  {
    name: 'arba',
    providerId: 'arba',
    start: (database) => startArbaSubgraph({ database, seedDemoData: true, settings: { today: () => TEST_TODAY } }),
  },
  {
    name: 'nav',
    providerId: 'nav-baerum',
    start: (database) => startNavSubgraph({ database, port: 0, seedDemoData: true }),
  },
];

export interface TestGraph {
  gatewayUrl: string;
  intake: RunningIntake;
  /** Every subgraph by name, the hub included. */
  subgraphs: Record<string, RunningSubgraph>;
  /** SQL statements per subgraph, counted by MikroORM's logger. */
  sql: Record<string, SqlCounter>;
  fetches: SubgraphFetch[];
  /** The gateway's copy of the supergraph file; tests may overwrite it. */
  supergraphPath: string;
  supergraphState: { hash: string; loadedAt: Date };
  stop(): Promise<void>;
}

/**
 * Starts the whole graph for real: every subgraph on its own free port and own fresh database (SQLite, or
 * PostgreSQL with VEIINN_TEST_DB=postgres), seeded with the demo world; the hub reads every provider's feed once
 * (it does not poll in tests: `graph.intake.follower.syncAll()` reads again); then the gateway on a private copy of
 * the committed supergraph. `intakeUrl` lets a test put something between the gateway and the hub.
 */
export async function startTestGraph(
  options: { intakeUrl?: (realUrl: string) => Promise<string> } = {},
): Promise<TestGraph> {
  const databases: TestDatabase[] = [];
  const sql: Record<string, SqlCounter> = {};
  const subgraphs: Record<string, RunningSubgraph> = {};
  const open = async (name: string): Promise<SubgraphDatabaseOptions> => {
    const database = await createTestDatabase(name.replace(/-/g, '_'));
    databases.push(database);
    sql[name] = createSqlCounter();
    return { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath, onQuery: sql[name].onQuery };
  };
  const folder = mkdtempSync(join(tmpdir(), 'veiinn-gateway-'));
  const stops: (() => Promise<void>)[] = [];
  try {
    for (const provider of providerSubgraphs) {
      subgraphs[provider.name] = await provider.start(await open(provider.name));
      stops.push(subgraphs[provider.name].stop);
    }
    const intake = await startIntakeSubgraph({
      database: await open('intake'),
      seedDemoData: true,
      followFeeds: false,
      feedUrls: Object.fromEntries(
        providerSubgraphs.map((p) => [p.providerId, subgraphs[p.name].url.replace(/\/graphql$/, '/feed')]),
      ),
      settings: { today: () => TEST_TODAY },
    });
    subgraphs.intake = intake;
    stops.push(intake.stop);
    const synced = await intake.follower.syncAll();
    const failed = synced.filter((s) => s.error);
    if (failed.length) throw new Error(`Feeds not read: ${JSON.stringify(failed)}`);

    const supergraphPath = join(folder, 'supergraph.graphql');
    copyFileSync(committedSupergraph, supergraphPath);
    const fetches: SubgraphFetch[] = [];
    const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
    if (options.intakeUrl) subgraphUrls.intake = await options.intakeUrl(intake.url);
    const server = createGatewayServer({
      supergraphPath,
      subgraphUrls,
      pollIntervalMs: 50,
      onSubgraphFetch: (fetch) => fetches.push(fetch),
    });
    const gateway = await server.listen(0);
    stops.push(gateway.stop);
    for (const counter of Object.values(sql)) counter.reset();
    return {
      gatewayUrl: gateway.url,
      intake,
      subgraphs,
      sql,
      fetches,
      supergraphPath,
      supergraphState: server.supergraph,
      async stop() {
        for (const stop of stops.reverse()) await stop();
        for (const database of databases) await database.drop();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    for (const database of databases) await database.drop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
