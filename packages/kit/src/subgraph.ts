import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Express } from 'express';
import type { LoaderFactory } from './context';
import { createLogger, type Logger, openSharedState, type RunningServer, type SubgraphEnv } from '@veiinn/service';
import { closeDatabase, openDatabase, type DatabaseOptions } from './orm';
import { createSubgraphServer } from './server';
import type { PlacementHandler } from './placement/protocol';
import { type Caller, type SubgraphTrustOptions } from '@veiinn/contracts';

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
  /** The provider's side of the placement protocol, served at `/placements` (see ./placement/protocol.ts). */
  placements?: PlacementHandler;
  /** `trust` is the subgraph's, with the replay cache it shares with its replicas: verifiers the routes make use it. */
  routes?: (app: Express, orm: MikroORM, logger: Logger, trust: SubgraphTrustOptions | undefined) => void;
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

/** Where and how a subgraph runs, as its environment says (`readSubgraphEnv`): what every `main` passes to start. */
export function startOptionsFromEnv(env: SubgraphEnv): Omit<StartSubgraphOptions<unknown>, 'app'> {
  return {
    database: {
      databaseUrl: env.databaseUrl,
      sqlitePath: env.sqlitePath,
      acquireTimeoutMillis: env.acquireTimeoutMillis,
    },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    trust: env.trust,
  };
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
  // With REDIS_URL, replicas share the memory of used internal tokens; one client for the process.
  const shared = options.trust?.redis && !options.trust.replayCache && openSharedState(options.trust.redis, logger);
  const trust = shared ? { ...options.trust, replayCache: shared.replayCache } : options.trust;
  const orm = await openDatabase({
    ...options.database,
    entities: definition.entities,
    migrations: definition.migrations,
  }).catch(async (error: unknown) => {
    if (shared) await shared.close();
    throw error;
  });
  try {
    if (shared && !(await shared.ready())) {
      logger.warn('Redis does not answer yet: internal tokens are checked in memory until it does');
    }
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
      placements: definition.placements,
      routes: definition.routes && ((app) => definition.routes!(app, orm, logger, trust)),
      trust,
      ...(definition.resolveCaller && { resolveCaller: definition.resolveCaller }),
    }).listen(options.port ?? 0, options.host);
    return {
      ...server,
      orm,
      async stop() {
        await server.stop();
        await closeDatabase(orm);
        if (shared) await shared.close();
      },
    };
  } catch (error) {
    await orm.close();
    if (shared) await shared.close();
    throw error;
  }
}
