import type { MikroORM } from '@mikro-orm/core';
import {
  openDatabase,
  startSubgraph,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDatabaseOptions,
  type SubgraphDefinition,
} from '@veiinn/kit';
import {
  createDayServicesLoaders,
  dayServicesEntities,
  defaultDayServicesSettings,
  type DayServicesLoaders,
  type DayServicesSettings,
} from './context';
import { dayServicesMigrations } from './migrations';
import { dayServicesPlacements } from './placement/placement.protocol';
import { createDayServicesSchema } from './schema';
import { seedDemoData } from './seed/seed';

export const DAY_SERVICES_SUBGRAPH_NAME = 'day-services';
export const DAY_SERVICES_DEFAULT_PORT = 4002;

/** The municipal day services (BKD): activity offers, groups and placements, with a change feed for the hub. */
export const dayServicesDefinition: SubgraphDefinition<DayServicesLoaders> = {
  name: DAY_SERVICES_SUBGRAPH_NAME,
  entities: dayServicesEntities,
  migrations: dayServicesMigrations,
  createSchema: createDayServicesSchema,
  createLoaders: createDayServicesLoaders,
  seed: seedDemoData,
  feed: true,
  placements: dayServicesPlacements,
};

/** Opens (and on first use creates and migrates) the day-services database. */
export function openDayServicesDatabase(options: SubgraphDatabaseOptions): Promise<MikroORM> {
  return openDatabase({ ...options, entities: dayServicesEntities, migrations: dayServicesMigrations });
}

export interface StartDayServicesOptions extends Omit<StartSubgraphOptions<DayServicesSettings>, 'app'> {
  settings?: Partial<DayServicesSettings>;
}

/** Opens the database, seeds it if asked and empty, and serves the subgraph. `stop()` closes both. */
export function startDayServicesSubgraph(options: StartDayServicesOptions): Promise<RunningSubgraph> {
  const { settings, ...rest } = options;
  return startSubgraph(dayServicesDefinition, { ...rest, app: { ...defaultDayServicesSettings, ...settings } });
}
