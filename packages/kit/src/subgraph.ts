import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Express } from 'express';
import type { LoaderFactory } from './context';
import { createLogger, type Logger } from './logger';
import { closeDatabase, openDatabase, type DatabaseOptions } from './orm';
import { createSubgraphServer, type RunningServer } from './server';
import type { Caller, SubgraphTrustOptions } from './trust';

export type SubgraphDatabaseOptions = Pick<
  DatabaseOptions,
  'databaseUrl' | 'sqlitePath' | 'onQuery' | 'acquireTimeoutMillis'
>;

/** What makes one subgraph: everything but where it runs. */
export interface SubgraphDefinition<Loaders> {
  name: string;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  createSchema: () => Promise<GraphQLSchema>;
  createLoaders: LoaderFactory<Loaders>;
  /** Fills an empty database with demo data; returns false when there was data already. */
  seed?: (em: EntityManager) => Promise<boolean>;
  /** Serve the outbox at `GET /feed`. */
  feed?: boolean;
  routes?: (app: Express, orm: MikroORM, logger: Logger) => void;
  /** See `SubgraphServerOptions.resolveCaller`. */
  resolveCaller?: (caller: Caller, em: EntityManager) => Promise<Caller>;
}

export interface StartSubgraphOptions<App> {
  database: SubgraphDatabaseOptions;
  port?: number;
  host?: string;
  seedDemoData?: boolean;
  app: App;
  logger?: Logger;
  /** Accept /graphql requests only with the gateway's token (see `SubgraphServerOptions.trust`). */
  trust?: SubgraphTrustOptions;
}

export interface RunningSubgraph extends RunningServer {
  orm: MikroORM;
}

/** Opens (and migrates) a subgraph's own database, seeds it if asked and empty, and serves it. `stop()` closes both. */
export async function startSubgraph<Loaders, App>(
  definition: SubgraphDefinition<Loaders>,
  options: StartSubgraphOptions<App>,
): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(definition.name);
  const orm = await openDatabase({
    ...options.database,
    entities: definition.entities,
    migrations: definition.migrations,
  });
  try {
    if (options.seedDemoData && definition.seed && (await definition.seed(orm.em.fork())))
      logger.info('Seeded demo data');
    const server = await createSubgraphServer({
      name: definition.name,
      schema: await definition.createSchema(),
      orm,
      createLoaders: definition.createLoaders,
      app: options.app,
      logger,
      feed: definition.feed,
      routes: definition.routes && ((app) => definition.routes!(app, orm, logger)),
      trust: options.trust,
      ...(definition.resolveCaller && { resolveCaller: definition.resolveCaller }),
    }).listen(options.port ?? 0, options.host);
    return {
      ...server,
      orm,
      async stop() {
        await server.stop();
        await closeDatabase(orm);
      },
    };
  } catch (error) {
    await orm.close();
    throw error;
  }
}
