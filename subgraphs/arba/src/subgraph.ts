import type { MikroORM } from '@mikro-orm/core';
import {
  openDatabase,
  startSubgraph,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDatabaseOptions,
  type SubgraphDefinition,
} from '@veiinn/kit';
import { arbaEntities, createArbaLoaders, defaultArbaSettings, type ArbaLoaders, type ArbaSettings } from './context';
import { arbaMigrations } from './migrations';
import { arbaPlacements } from './participation/participation.protocol';
import { createArbaSchema } from './schema';
import { seedDemoData } from './seed/seed';

export const ARBA_SUBGRAPH_NAME = 'arba';
export const ARBA_DEFAULT_PORT = 4004;

/** Arba Inkludering's subgraph: VTA and AFT participations, arenas, supervisors, AFT periods and VTA goals. */
export const arbaDefinition: SubgraphDefinition<ArbaLoaders> = {
  name: ARBA_SUBGRAPH_NAME,
  entities: arbaEntities,
  migrations: arbaMigrations,
  createSchema: createArbaSchema,
  createLoaders: createArbaLoaders,
  seed: seedDemoData,
  feed: true,
  placements: arbaPlacements,
};

/** Opens (and on first use creates and migrates) Arba's database, without serving it. */
export function openArbaDatabase(options: SubgraphDatabaseOptions): Promise<MikroORM> {
  return openDatabase({ ...options, entities: arbaEntities, migrations: arbaMigrations });
}

export interface StartArbaOptions extends Omit<StartSubgraphOptions<ArbaSettings>, 'app'> {
  settings?: Partial<ArbaSettings>;
}

/** Opens the database, seeds it if asked and empty, and serves the subgraph with its feed. `stop()` closes both. */
export function startArbaSubgraph(options: StartArbaOptions): Promise<RunningSubgraph> {
  return startSubgraph(arbaDefinition, { ...options, app: { ...defaultArbaSettings, ...options.settings } });
}
