import { startAskerProduktSubgraph } from '@veiinn/asker-produkt';
import { startArbaSubgraph } from '@veiinn/subgraph-arba';
import { startDayServicesSubgraph } from '@veiinn/subgraph-day-services';
import { startNavSubgraph } from '@veiinn/subgraph-nav';
import { startWorkCentreSubgraph } from '@veiinn/subgraph-work-centre';
import {
  generateSigningKey,
  serviceIssuer,
  type RunningSubgraph,
  type SigningKey,
  type SubgraphDatabaseOptions,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import { createTestDatabase } from '@veiinn/testing';
import { demoParticipants } from '@veiinn/demo-data';
import type { EntityRef } from '../src';

/** The day the demo world lives on, as in the other suites. */
const today = () => '2026-11-23';

/** The keys of a graph: the gateway's for /graphql, the hub's for the feeds, and what a provider trusts. */
export interface TestKeys {
  gatewayKey: SigningKey;
  hubKey: SigningKey;
  trust: SubgraphTrustOptions;
}

export async function testKeys(): Promise<TestKeys> {
  const [gatewayKey, hubKey] = await Promise.all([generateSigningKey('EdDSA'), generateSigningKey('EdDSA')]);
  return {
    gatewayKey,
    hubKey,
    // As in `npm start` and gateway/test/support.ts: the gateway's token at /graphql, the hub's at /feed.
    trust: {
      publicKey: gatewayKey.publicJwk,
      services: [{ issuer: serviceIssuer('intake'), publicKey: hubKey.publicJwk }],
    },
  };
}

/** Starts a provider; `port` 0 for a free one, or the port of its run before a restart. */
type Starter = (
  database: SubgraphDatabaseOptions,
  trust: SubgraphTrustOptions,
  port: number,
) => Promise<RunningSubgraph>;

/** The five providers of today (Asker Produkt the first partner), by subgraph name, with the provider id the hub knows each by. */
export const PROVIDERS: { name: string; providerId: string; start: Starter; entities?: EntityRef[] }[] = [
  {
    name: 'day-services',
    providerId: 'baerum-kommunale-dagtilbud',
    start: (database, trust, port) =>
      startDayServicesSubgraph({ database, port, seedDemoData: true, settings: { today }, trust }),
  },
  {
    name: 'work-centre',
    providerId: 'baerum-arbeidssenter',
    start: (database, trust, port) =>
      startWorkCentreSubgraph({ database, port, seedDemoData: true, settings: { today }, trust }),
  },
  {
    name: 'arba',
    providerId: 'arba',
    start: (database, trust, port) =>
      startArbaSubgraph({ database, port, seedDemoData: true, settings: { today }, trust }),
  },
  {
    // The first partner's own subgraph, run here before the lead registers it in the graph.
    name: 'asker-produkt',
    providerId: 'asker-produkt',
    start: (database, trust, port) => startAskerProduktSubgraph({ database, port, seedDemoData: true, trust }),
  },
  {
    name: 'nav',
    providerId: 'nav-baerum',
    // NAV's feed names people by pseudonym only: a participant of the demo world to resolve.
    entities: [{ typename: 'Participant', id: demoParticipants[0].id }],
    start: (database, trust, port) => startNavSubgraph({ database, port, seedDemoData: true, trust }),
  },
];

/**
 * A provider's real subgraph over a fresh database (SQLite, or PostgreSQL with VEIINN_TEST_DB), with trust on.
 * `restart` stops it and starts it again in-process on the same database and port, as a deployment restarts it.
 */
export async function startProvider(
  provider: (typeof PROVIDERS)[number],
  trust: SubgraphTrustOptions,
): Promise<{ url: string; restart(): Promise<void>; stop(): Promise<void> }> {
  const database = await createTestDatabase(`conformance_${provider.name.replace(/-/g, '_')}`);
  const options = { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath };
  try {
    let running: RunningSubgraph | undefined = await provider.start(options, trust, 0);
    const url = running.url;
    return {
      url,
      async restart() {
        await running!.stop();
        running = undefined;
        running = await provider.start(options, trust, Number(new URL(url).port));
      },
      async stop() {
        await running?.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
