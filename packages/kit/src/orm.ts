import { MikroORM, type MigrationObject, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type Dialect = 'sqlite' | 'postgresql';

/**
 * Where a subgraph keeps its data. Every subgraph owns its own database: an embedded SQLite file by default,
 * PostgreSQL when a connection URL is configured.
 */
export interface DatabaseOptions {
  /** Entity classes of this subgraph (listed explicitly; no folder scanning, so built and test code agree). */
  entities: NonNullable<Options['entities']>;
  /**
   * Migrations per dialect. SQL differs between SQLite and PostgreSQL, so each dialect has its own list,
   * generated from the same entities; a test proves both lists produce the schema the entities describe.
   */
  migrations: Record<Dialect, MigrationObject[]>;
  /** `postgres://` or `postgresql://` URL; when absent, `sqlitePath` is used. */
  databaseUrl?: string;
  sqlitePath?: string;
  /** Called with every SQL statement the ORM sends: used to count statements in tests and benchmarks. */
  onQuery?: (sql: string) => void;
}

export function dialectOf(options: Pick<DatabaseOptions, 'databaseUrl'>): Dialect {
  return options.databaseUrl && /^postgres(ql)?:\/\//.test(options.databaseUrl) ? 'postgresql' : 'sqlite';
}

export function createOrmConfig(options: DatabaseOptions): Options {
  const dialect = dialectOf(options);
  const common: Options = {
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations[dialect],
      // All pending migrations run in one transaction: a failed upgrade leaves the database as it was.
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      // The subgraph logs its own start-up; umzug's per-migration lines would go straight to the console.
      silent: true,
    },
    // The schema is made by migrations only; the ORM never alters tables on its own.
    ensureDatabase: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    colors: false,
    ...(options.onQuery
      ? {
          debug: ['query'] as const,
          logger: (message: string) => options.onQuery!(message.replace(/^\[query\]\s*/, '')),
        }
      : { debug: false }),
  } as Options;
  if (dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: options.databaseUrl } as Options;
  }
  // ':memory:' is SQLite's name for a private in-memory database, not a file to create in the working directory.
  const file = options.sqlitePath === ':memory:' ? ':memory:' : resolve(options.sqlitePath ?? 'data/veiinn.sqlite');
  return { ...common, driver: LibSqlDriver, dbName: file } as Options;
}

/** Opens the database and applies pending migrations. A new SQLite file (and its folder) is created on first start. */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  if (dialectOf(options) === 'sqlite' && options.sqlitePath !== ':memory:') {
    mkdirSync(dirname(resolve(options.sqlitePath ?? 'data/veiinn.sqlite')), { recursive: true });
  }
  const orm = await MikroORM.init(createOrmConfig(options));
  try {
    await orm.getMigrator().up();
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}
