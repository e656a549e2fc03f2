import { startArbaSubgraph } from '@veiinn/subgraph-arba';
import { startDayServicesSubgraph } from '@veiinn/subgraph-day-services';
import { startIntakeSubgraph, type RunningIntake } from '@veiinn/subgraph-intake';
import { startNavSubgraph } from '@veiinn/subgraph-nav';
import { startWorkCentreSubgraph } from '@veiinn/subgraph-work-centre';
import {
  generateSigningKey,
  jwksOf,
  serviceIssuer,
  type RunningSubgraph,
  type SigningKey,
  type SubgraphDatabaseOptions,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import { demoOfferId, type NavTopicRecord } from '@veiinn/demo-data';
import { createSqlCounter, createTestDatabase, type SqlCounter, type TestDatabase } from '@veiinn/testing';

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer, type GatewayOptions, type SubgraphFetch } from '../src/gateway';
import type { SignInOptions } from '../src/sign-in';
import { signedInClients, TEST_ISSUER, type SignedInClients } from './sign-in-clients';

export { TEST_ISSUER, type GraphClient, type TestUser } from './sign-in-clients';

export const committedSupergraph = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

/** The day every test graph lives on, so counts by date do not change with the calendar. */
export const TEST_TODAY = '2026-11-23';

type Starter = (
  database: SubgraphDatabaseOptions,
  trust: SubgraphTrustOptions,
  today: () => string,
) => Promise<RunningSubgraph>;

/** The providers' subgraphs, by subgraph name, with the provider id the hub knows them by. */
const providerSubgraphs: { name: string; providerId: string; start: Starter }[] = [
  {
    name: 'day-services',
    providerId: 'baerum-kommunale-dagtilbud',
    start: (database, trust, today) =>
      startDayServicesSubgraph({ database, seedDemoData: true, settings: { today }, trust }),
  },
  {
    name: 'work-centre',
    providerId: 'baerum-arbeidssenter',
    start: (database, trust, today) =>
      startWorkCentreSubgraph({ database, seedDemoData: true, settings: { today }, trust }),
  },
  {
    name: 'arba',
    providerId: 'arba',
    start: (database, trust, today) => startArbaSubgraph({ database, seedDemoData: true, settings: { today }, trust }),
  },
  {
    name: 'nav',
    providerId: 'nav-baerum',
    start: (database, trust) => startNavSubgraph({ database, port: 0, seedDemoData: true, trust }),
  },
];

export interface TestGraph extends SignedInClients {
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
  /** The key the gateway signs its internal tokens with; every subgraph trusts its public half only. */
  internalKey: SigningKey;
  /** The hub's own key for its calls to providers and its feed reads; providers trust its public half. */
  hubKey: SigningKey;
  stop(): Promise<void>;
}

/**
 * Starts the whole graph for real: every subgraph on its own free port and own fresh database (SQLite, or
 * PostgreSQL with VEIINN_TEST_DB=postgres), seeded with the demo world; the hub reads every provider's feed once
 * (it does not poll in tests: `graph.intake.follower.syncAll()` reads again); then the gateway on a private copy of
 * the committed supergraph. `intakeUrl` lets a test put something between the gateway and the hub.
 * Service trust is on, as in `npm start`: every subgraph answers only requests with the gateway's token, signed by a
 * key made for this graph; providers' feeds answer only the hub's token, signed by a key of the hub's.
 * Sign-in is on too: the gateway trusts an identity provider of the test graph's own, and `graph.as('case-worker')`
 * queries as a demo user with a token it signed. `signIn` replaces that provider (e.g. with a running dev issuer).
 * The gateway's operation limits are the production defaults; its rate limits are far above what a suite sends.
 * `today` moves the day of the hub and the providers together (default: TEST_TODAY), e.g. from an application
 * before the deadline to the autumn's flow meeting.
 */
export async function startTestGraph(
  options: {
    intakeUrl?: (realUrl: string) => Promise<string>;
    signIn?: SignInOptions;
    /** More gateway settings: limits, rate limits, trusted documents. */
    gateway?: Partial<GatewayOptions>;
    today?: () => string;
  } = {},
): Promise<TestGraph> {
  const today = options.today ?? (() => TEST_TODAY);
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
  const internalKey = await generateSigningKey('EdDSA');
  const identityKey = await generateSigningKey('ES256');
  const trust: SubgraphTrustOptions = { publicKey: internalKey.publicJwk };
  // The hub calls providers itself (placing a decided place) with a key of its own, which providers trust too.
  const hubKey = await generateSigningKey('EdDSA');
  const providerTrust: SubgraphTrustOptions = {
    ...trust,
    services: [{ issuer: serviceIssuer('intake'), publicKey: hubKey.publicJwk }],
  };
  try {
    for (const provider of providerSubgraphs) {
      subgraphs[provider.name] = await provider.start(await open(provider.name), providerTrust, today);
      stops.push(subgraphs[provider.name].stop);
    }
    const intake = await startIntakeSubgraph({
      database: await open('intake'),
      seedDemoData: true,
      followFeeds: false,
      feedUrls: Object.fromEntries(
        providerSubgraphs.map((p) => [p.providerId, subgraphs[p.name].url.replace(/\/graphql$/, '/feed')]),
      ),
      settings: { today },
      trust,
      serviceKey: hubKey,
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
      signIn: options.signIn ?? { jwks: jwksOf(identityKey), issuer: TEST_ISSUER },
      internalKey,
      // The hub's audit route itself, not through `intakeUrl`: a test's proxy there stands for /graphql only.
      audit: { url: intake.url.replace(/\/graphql$/, '/audit') },
      // Every test calls from 127.0.0.1 without a token, hundreds of times a minute: the production rate would
      // throttle the suite. limits.api.test.ts checks the limiter with small numbers of its own.
      rateLimit: { perMinute: 100_000, anonymousPerMinute: 100_000 },
      ...options.gateway,
    });
    const gateway = await server.listen(0);
    stops.push(gateway.stop);
    for (const counter of Object.values(sql)) counter.reset();
    const { as, tokenFor } = signedInClients(gateway.url, identityKey);
    return {
      gatewayUrl: gateway.url,
      as,
      tokenFor,
      intake,
      subgraphs,
      sql,
      fetches,
      supergraphPath,
      supergraphState: server.supergraph,
      internalKey,
      hubKey,
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

/**
 * Posts NAV's topic records (JSON lines) to the NAV adapter's real import, with the token of NAV's own system
 * (audience `veiinn-nav-ingest`), and checks the import's report: by default every line accepted, none rejected.
 */
export async function ingestAtNav(
  graph: TestGraph,
  lines: NavTopicRecord[],
  report: Record<string, number> = { accepted: lines.length },
): Promise<void> {
  const response = await fetch(`${new URL(graph.subgraphs.nav.url).origin}/ingest/deltakere`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-ndjson',
      authorization: `Bearer ${await graph.tokenFor('nav-import', 'veiinn-nav-ingest')}`,
    },
    body: lines.map((line) => JSON.stringify(line)).join('\n'),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ ...report, rejected: [] });
}

/**
 * Applies for a seeded participant at Bjørnegård and decides WAITING, as the case worker (no provider is asked):
 * a decision with a letter, for the tests of the letter route. Returns the decision's id.
 */
export async function decideWaitingApplication(graph: TestGraph, participantId: string): Promise<string> {
  const gql = <T>(query: string, variables?: Record<string, unknown>) =>
    graph.as('case-worker').data<T>(query, variables);
  const offerId = demoOfferId('bjornegard');
  const { createApplication } = await gql<{ createApplication: { id: string } }>(
    `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id } }`,
    { input: { participantId, offerIds: [offerId] } },
  );
  for (const step of ['submitApplication', 'startApplicationAssessment']) {
    await gql(`mutation ($input: ApplicationStepInput!) { ${step}(input: $input) { status } }`, {
      input: { applicationId: createApplication.id },
    });
  }
  const { decideApplication } = await gql<{ decideApplication: { id: string } }>(
    `mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }`,
    { input: { applicationId: createApplication.id, outcome: 'WAITING', offerId } },
  );
  return decideApplication.id;
}
