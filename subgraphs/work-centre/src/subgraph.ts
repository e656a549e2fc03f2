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
import {
  createWorkCentreLoaders,
  defaultWorkCentreSettings,
  workCentreEntities,
  type WorkCentreLoaders,
  type WorkCentreSettings,
} from './context';
import { workCentreMigrations } from './migrations';
import { workCentrePlacements } from './placement/placement.protocol';
import { createWorkCentreSchema } from './schema';
import { seedDemoData } from './seed/seed';

export const WORK_CENTRE_SUBGRAPH_NAME = 'work-centre';
export const WORK_CENTRE_DEFAULT_PORT = 4003;

/** Bærum arbeidssenter's subgraph: its own database, schema, loaders, demo seed and change feed. */
export const workCentreDefinition: SubgraphDefinition<WorkCentreLoaders> = {
  name: WORK_CENTRE_SUBGRAPH_NAME,
  entities: workCentreEntities,
  migrations: workCentreMigrations,
  createSchema: createWorkCentreSchema,
  createLoaders: createWorkCentreLoaders,
  seed: seedDemoData,
  feed: true,
  placements: workCentrePlacements,
};

/** Opens (and on first use creates and migrates) the work centre's database. */
export function openWorkCentreDatabase(options: SubgraphDatabaseOptions): Promise<MikroORM> {
  return openDatabase({ ...options, entities: workCentreEntities, migrations: workCentreMigrations });
}

export interface StartWorkCentreOptions {
  database: SubgraphDatabaseOptions;
  port?: number;
  host?: string;
  /** Seed the demo sites, groups and placements when the database is empty. */
  seedDemoData?: boolean;
  settings?: Partial<WorkCentreSettings>;
  logger?: Logger;
  /** Accept /graphql requests only with the gateway's token (service trust); off when absent. */
  trust?: SubgraphTrustOptions;
}

/** Opens the database, seeds it if asked and empty, and serves the subgraph. `stop()` closes both. */
export function startWorkCentreSubgraph(options: StartWorkCentreOptions): Promise<RunningSubgraph> {
  return startSubgraph(workCentreDefinition, {
    database: options.database,
    port: options.port,
    host: options.host,
    seedDemoData: options.seedDemoData,
    app: { ...defaultWorkCentreSettings, ...options.settings },
    logger: options.logger,
    trust: options.trust,
  });
}
