import type { MikroORM } from '@mikro-orm/core';
import {
  createLogger,
  createSubgraphServer,
  openDatabase,
  type DatabaseOptions,
  type Logger,
  type RunningServer,
} from '@veiinn/kit';
import { createIntakeLoaders, defaultIntakeSettings, intakeEntities, type IntakeSettings } from './context';
import { intakeMigrations } from './migrations';
import { createIntakeSchema } from './schema';
import { seedDemoData } from './seed/seed';

export const INTAKE_SUBGRAPH_NAME = 'intake';
export const INTAKE_DEFAULT_PORT = 4001;

export type IntakeDatabaseOptions = Pick<DatabaseOptions, 'databaseUrl' | 'sqlitePath' | 'onQuery'>;

/** Opens (and on first use creates and migrates) the intake database. */
export function openIntakeDatabase(options: IntakeDatabaseOptions): Promise<MikroORM> {
  return openDatabase({ ...options, entities: intakeEntities, migrations: intakeMigrations });
}

export interface StartIntakeOptions {
  database: IntakeDatabaseOptions;
  port?: number;
  host?: string;
  /** Seed the demo catalogue and synthetic participants when the database is empty. */
  seedDemoData?: boolean;
  settings?: Partial<IntakeSettings>;
  logger?: Logger;
}

export interface RunningIntake extends RunningServer {
  orm: MikroORM;
}

/** Opens the database, seeds it if asked and empty, and serves the subgraph. `stop()` closes both. */
export async function startIntakeSubgraph(options: StartIntakeOptions): Promise<RunningIntake> {
  const logger = options.logger ?? createLogger(INTAKE_SUBGRAPH_NAME);
  const orm = await openIntakeDatabase(options.database);
  try {
    if (options.seedDemoData && (await seedDemoData(orm.em.fork()))) logger.info('Seeded demo data');
    const server = await createSubgraphServer({
      name: INTAKE_SUBGRAPH_NAME,
      schema: await createIntakeSchema(),
      orm,
      createLoaders: createIntakeLoaders,
      app: { ...defaultIntakeSettings, ...options.settings },
      logger,
    }).listen(options.port ?? 0, options.host);
    return {
      ...server,
      orm,
      async stop() {
        await server.stop();
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close();
    throw error;
  }
}
