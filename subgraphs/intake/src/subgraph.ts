import type { MikroORM } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import {
  createLogger,
  jwksOf,
  openDatabase,
  serviceIssuer,
  signCallerToken,
  startSubgraph,
  CALLER_HEADER,
  type Caller,
  type Logger,
  type RunningSubgraph,
  type SigningKey,
  type SubgraphDatabaseOptions,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import { createIntakeLoaders, defaultIntakeSettings, intakeEntities, type IntakeSettings } from './context';
import {
  bumpAfterMutations,
  changesRoute,
  FeedFollower,
  PublicDataVersion,
  type FeedFollowerOptions,
  type FeedProvider,
} from './network';
import { intakeMigrations } from './migrations';
import { withOwnParticipant } from './people/participant/own-participant';
import { backfillPersonRefs } from './people/participant/person-ref.backfill';
import { Provider } from './catalogue/provider/provider.entity';
import { createProviderClient } from './casework/provider-client/provider-client';
import { createIntakeSchema } from './schema';
import { seedDemoData } from './seed/seed';
import { decisionLetterRoutes } from './casework/decision/decision.route';
import { auditRoutes } from './audit/audit.route';

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
  /** Accept /graphql requests only with the gateway's token (service trust); off when absent. */
  trust?: SubgraphTrustOptions;
  /**
   * The hub's own key for the calls it makes to providers' subgraphs (placing a decided place): each call carries a
   * token signed with it, for that provider's audience, and the public half is served at `/internal-jwks.json`
   * for providers to trust (`<NAME>_TRUSTED_SERVICES=intake=…`). Without it, calls go without a token.
   */
  serviceKey?: SigningKey;
  /**
   * The subgraph name (token audience) of providers' feeds the hub reads, by provider id, instead of the one stored
   * on the provider's row (`subgraph`, set at registration). With a service key, each feed read carries a token for
   * that audience.
   */
  feedAudiences?: Record<string, string>;
}

/**
 * Headers for one read of a provider's feed: the hub's service token for the provider's subgraph (`audiences`
 * first, then its row's), when the hub has a key and knows the subgraph; otherwise none (a provider without service
 * trust serves its feed openly).
 */
export function feedHeaders(
  key: SigningKey | undefined,
  audiences: Record<string, string> = {},
): (provider: FeedProvider) => Promise<Record<string, string>> {
  const headers = providerCallHeaders(key);
  return async (provider) => {
    const audience = audiences[provider.id] ?? provider.subgraph;
    const requestId = randomUUID();
    return audience ? headers(audience, null, requestId) : { 'x-request-id': requestId };
  };
}

/** Headers for a call from the hub to the subgraph `audience`, on behalf of `caller` (null: the hub itself). */
export function providerCallHeaders(
  key: SigningKey | undefined,
): (audience: string, caller: Caller | null, requestId: string) => Promise<Record<string, string>> {
  return async (audience, caller, requestId): Promise<Record<string, string>> => {
    if (!key) return { 'x-request-id': requestId };
    const token = await signCallerToken(key, {
      issuer: serviceIssuer(INTAKE_SUBGRAPH_NAME),
      audience,
      caller: {
        sub: INTAKE_SUBGRAPH_NAME,
        roles: ['service'],
        ...(caller && caller.sub !== INTAKE_SUBGRAPH_NAME && { actingFor: caller.sub }),
      },
      requestId,
    });
    return { 'x-request-id': requestId, [CALLER_HEADER]: token };
  };
}

export interface RunningIntake extends RunningSubgraph {
  follower: FeedFollower;
  /** The version of the hub's public data that the gateway's response cache watches (`GET /changes`). */
  publicData: PublicDataVersion;
}

/** Opens the database, seeds it if asked and empty, serves the subgraph and follows the feeds. `stop()` ends all. */
export async function startIntakeSubgraph(options: StartIntakeOptions): Promise<RunningIntake> {
  const logger = options.logger ?? createLogger(INTAKE_SUBGRAPH_NAME);
  const settings: IntakeSettings = {
    ...defaultIntakeSettings,
    providerClient: createProviderClient({ headers: providerCallHeaders(options.serviceKey) }),
    ...options.settings,
  };
  const serviceKey = options.serviceKey;
  const publicData = new PublicDataVersion();
  const running = await startSubgraph(
    {
      name: INTAKE_SUBGRAPH_NAME,
      entities: intakeEntities,
      migrations: intakeMigrations,
      createSchema: createIntakeSchema,
      createLoaders: (em) => createIntakeLoaders(em, settings),
      // A citizen's identity number (`pid`) names their own participant (participant/own-participant.ts).
      resolveCaller: (caller, em) => withOwnParticipant(caller, em, settings.personRefKey),
      seed: (em) => seedDemoData(em, { personRefKey: settings.personRefKey, feedUrls: options.feedUrls }),
      // `trust` as the kit completed it: with the replay cache the hub's replicas share.
      routes: (app, orm, routeLogger, trust) => {
        decisionLetterRoutes(app, orm, settings, routeLogger, trust);
        auditRoutes(app, orm, routeLogger, trust);
        changesRoute(app, publicData, routeLogger, trust);
        bumpAfterMutations(app, publicData);
        if (serviceKey) app.get('/internal-jwks.json', (_req, res) => res.json(jwksOf(serviceKey)));
      },
    },
    {
      database: options.database,
      port: options.port,
      host: options.host,
      seedDemoData: options.seedDemoData,
      app: settings,
      logger,
      trust: options.trust,
    },
  );
  for (const [providerId, feedUrl] of Object.entries(options.feedUrls ?? {})) {
    await running.orm.em.fork().nativeUpdate(Provider, { id: providerId }, { feedUrl });
  }
  const backfilled = await backfillPersonRefs(running.orm, settings.personRefKey);
  if (backfilled) logger.info('Gave participants their NAV pseudonym', { count: backfilled });
  const follower = new FeedFollower(running.orm, {
    headers: feedHeaders(options.serviceKey, options.feedAudiences),
    ...options.feed,
    onApplied: () => {
      options.feed?.onApplied?.();
      publicData.bump();
    },
    today: settings.today,
    logger,
  });
  if (options.followFeeds ?? true) follower.start();
  return {
    ...running,
    follower,
    publicData,
    async stop() {
      await follower.stop();
      // A gateway's long poll would otherwise hold up the server's drain for its whole wait.
      publicData.close();
      await running.stop();
    },
  };
}
