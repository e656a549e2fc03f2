import type { MikroORM } from '@mikro-orm/core';
import {
  createLogger,
  openDatabase,
  startSubgraph,
  type Logger,
  type RunningSubgraph,
  type SubgraphDatabaseOptions,
} from '@veiinn/kit';
import { createIntakeLoaders, defaultIntakeSettings, intakeEntities, type IntakeSettings } from './context';
import { FeedFollower, type FeedFollowerOptions } from './feed/follower';
import { intakeMigrations } from './migrations';
import { backfillPersonRefs } from './participant/person-ref.backfill';
import { Provider } from './provider/provider.entity';
import { createIntakeSchema } from './schema';
import { seedDemoData } from './seed/seed';
import { decisionLetterRoutes } from './decision/decision.route';

export const INTAKE_SUBGRAPH_NAME = 'intake';
export const INTAKE_DEFAULT_PORT = 4001;

export type IntakeDatabaseOptions = SubgraphDatabaseOptions;

/** Opens (and on first use creates and migrates) the intake database. */
export function openIntakeDatabase(options: IntakeDatabaseOptions): Promise<MikroORM> {
  return openDatabase({ ...options, entities: intakeEntities, migrations: intakeMigrations });
}

export interface StartIntakeOptions {
  database: IntakeDatabaseOptions;
  port?: number;
  host?: string;
  /** Seed the provider registry, the hub's own offers and synthetic participants when the database is empty. */
  seedDemoData?: boolean;
  /**
   * Where providers' feeds really are, by provider id: set on the registry at every start (npm start and docker
   * know the ports and host names; the registry's seeded URLs assume the default ports on this machine).
   */
  feedUrls?: Record<string, string>;
  settings?: Partial<IntakeSettings>;
  /** Follow the providers' feeds in the background (default true); tests may call `follower.syncAll()` instead. */
  followFeeds?: boolean;
  feed?: Partial<Omit<FeedFollowerOptions, 'logger'>>;
  logger?: Logger;
}

export interface RunningIntake extends RunningSubgraph {
  follower: FeedFollower;
}

/** Opens the database, seeds it if asked and empty, serves the subgraph and follows the feeds. `stop()` ends all. */
export async function startIntakeSubgraph(options: StartIntakeOptions): Promise<RunningIntake> {
  const logger = options.logger ?? createLogger(INTAKE_SUBGRAPH_NAME);
  const settings: IntakeSettings = { ...defaultIntakeSettings, ...options.settings };
  const running = await startSubgraph(
    {
      name: INTAKE_SUBGRAPH_NAME,
      entities: intakeEntities,
      migrations: intakeMigrations,
      createSchema: createIntakeSchema,
      createLoaders: (em) => createIntakeLoaders(em, settings),
      seed: (em) => seedDemoData(em, { personRefKey: settings.personRefKey, feedUrls: options.feedUrls }),
      routes: (app, orm, routeLogger) => decisionLetterRoutes(app, orm, settings, routeLogger),
    },
    {
      database: options.database,
      port: options.port,
      host: options.host,
      seedDemoData: options.seedDemoData,
      app: settings,
      logger,
    },
  );
  for (const [providerId, feedUrl] of Object.entries(options.feedUrls ?? {})) {
    await running.orm.em.fork().nativeUpdate(Provider, { id: providerId }, { feedUrl });
  }
  const backfilled = await backfillPersonRefs(running.orm, settings.personRefKey);
  if (backfilled) logger.info('Gave participants their NAV pseudonym', { count: backfilled });
  const follower = new FeedFollower(running.orm, { ...options.feed, logger });
  if (options.followFeeds ?? true) follower.start();
  return {
    ...running,
    follower,
    async stop() {
      await follower.stop();
      await running.stop();
    },
  };
}
