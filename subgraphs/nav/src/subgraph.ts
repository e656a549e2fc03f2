import type { MikroORM } from '@mikro-orm/core';
import {
  openDatabase,
  startSubgraph,
  type Logger,
  type RunningSubgraph,
  type SubgraphDatabaseOptions,
  type SubgraphTrustOptions,
  type SubgraphDefinition,
} from '@veiinn/kit';
import { NAV_DEFAULT_PORT, NAV_PROVIDER_ID, NAV_SUBGRAPH_NAME } from './constants';
import { createNavLoaders, defaultNavSettings, navEntities, type NavLoaders, type NavSettings } from './context';
import type { IngestAuthOptions } from './ingest/ingest.auth';
import { ingestRoutes } from './ingest/ingest.route';
import { navMigrations } from './migrations';
import { createNavSchema } from './schema';
import { seedDemoData } from './seed/seed';

export { NAV_DEFAULT_PORT, NAV_PROVIDER_ID, NAV_SUBGRAPH_NAME };

/**
 * The NAV adapter for given settings. The seed and the import turn identity numbers into pseudonyms with the
 * settings' key, so both are made here rather than once for every process.
 */
export function createNavDefinition(
  settings: NavSettings,
  ingestAuth?: IngestAuthOptions,
): SubgraphDefinition<NavLoaders> {
  return {
    name: NAV_SUBGRAPH_NAME,
    entities: navEntities,
    migrations: navMigrations,
    createSchema: createNavSchema,
    createLoaders: createNavLoaders,
    seed: (em) => seedDemoData(em, settings),
    feed: true,
    routes: ingestRoutes(settings, ingestAuth),
  };
}

/** The NAV adapter with development settings (used by composition, which needs only the schema). */
export const navDefinition = createNavDefinition(defaultNavSettings);

/** Opens (and on first use creates and migrates) the NAV adapter's database. */
export function openNavDatabase(options: SubgraphDatabaseOptions): Promise<MikroORM> {
  return openDatabase({ ...options, entities: navEntities, migrations: navMigrations });
}

export interface StartNavOptions {
  database: SubgraphDatabaseOptions;
  /** Port to bind; 0 or absent picks a free one (main.ts passes NAV_PORT, default NAV_DEFAULT_PORT). */
  port?: number;
  host?: string;
  /** Seed the demo measure instances and NAV records when the database is empty. */
  seedDemoData?: boolean;
  settings?: Partial<NavSettings>;
  logger?: Logger;
  /** Accept /graphql requests only with the gateway's token (service trust); off when absent. */
  trust?: SubgraphTrustOptions;
  /**
   * Where `POST /ingest/deltakere` checks its callers' bearer tokens: the identity provider's JWKS and issuer (the
   * audience is `veiinn-nav-ingest`), and NAV's organisation number a partner system must carry. Absent, the import is open to anyone who reaches the port (a warning says so).
   */
  ingestAuth?: IngestAuthOptions;
}

export type RunningNav = RunningSubgraph;

/** Opens the database, seeds it if asked and empty, and serves the subgraph with its feed and import. */
export function startNavSubgraph(options: StartNavOptions): Promise<RunningNav> {
  const settings: NavSettings = { ...defaultNavSettings, ...options.settings };
  return startSubgraph(createNavDefinition(settings, options.ingestAuth), {
    database: options.database,
    port: options.port,
    host: options.host,
    seedDemoData: options.seedDemoData,
    app: settings,
    logger: options.logger,
    trust: options.trust,
  });
}
