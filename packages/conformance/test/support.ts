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

type Starter = (database: SubgraphDatabaseOptions, trust: SubgraphTrustOptions) => Promise<RunningSubgraph>;

/** The five providers of today (Asker Produkt the first partner), by subgraph name, with the provider id the hub knows each by. */
export const PROVIDERS: { name: string; providerId: string; start: Starter; entities?: EntityRef[] }[] = [
  {
    name: 'day-services',
    providerId: 'baerum-kommunale-dagtilbud',
    start: (database, trust) => startDayServicesSubgraph({ database, seedDemoData: true, settings: { today }, trust }),
  },
  {
    name: 'work-centre',
    providerId: 'baerum-arbeidssenter',
    start: (database, trust) => startWorkCentreSubgraph({ database, seedDemoData: true, settings: { today }, trust }),
  },
  {
    name: 'arba',
    providerId: 'arba',
    start: (database, trust) => startArbaSubgraph({ database, seedDemoData: true, settings: { today }, trust }),
  },
  {
    // The first partner's own subgraph, run here before the lead registers it in the graph.
    name: 'asker-produkt',
    providerId: 'asker-produkt',
    start: (database, trust) => startAskerProduktSubgraph({ database, seedDemoData: true, trust }),
  },
  {
    name: 'nav',
    providerId: 'nav-baerum',
    // NAV's feed names people by pseudonym only: a participant of the demo world to resolve.
    entities: [{ typename: 'Participant', id: demoParticipants[0].id }],
    start: (database, trust) => startNavSubgraph({ database, port: 0, seedDemoData: true, trust }),
  },
];

/** A provider's real subgraph over a fresh database (SQLite, or PostgreSQL with VEIINN_TEST_DB), with trust on. */
export async function startProvider(
  provider: (typeof PROVIDERS)[number],
  trust: SubgraphTrustOptions,
): Promise<{ url: string; stop(): Promise<void> }> {
  const database = await createTestDatabase(`conformance_${provider.name.replace(/-/g, '_')}`);
  try {
    const running = await provider.start({ databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath }, trust);
    return {
      url: running.url,
      async stop() {
        await running.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
