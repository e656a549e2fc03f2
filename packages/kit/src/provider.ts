import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import type { BuildSchemaOptions } from 'type-graphql';
import type { AuditMap } from '@veiinn/contracts';
import type { LoaderFactory } from './context';
import { ConfigError, settableToday } from '@veiinn/contracts';
import {
  createLogger,
  envPrefixOf,
  getEnvOptionalStr,
  getEnvStr,
  readSubgraphEnv,
  runUntilSignal,
  type SubgraphEnv,
} from '@veiinn/service';
import { feedEntities } from './feed';
import type { HubEntityStub, HubEntityStubClass } from './hub-stub';
import { openDatabase, type DatabaseOptions } from './orm';
import { PLACEMENT_REQUESTS, placementProtocolEntities, type PlacementHandler } from './placement';
import {
  describeRetention,
  readRetentionMode,
  runRetentionRules,
  scheduleRetention,
  withRetentionDays,
  type RetentionReport,
  type RetentionRule,
} from './retention';
import type { ProviderIdentity } from './provider-access';
import { buildFederatedSchema } from './schema';
import {
  startOptionsFromEnv,
  startSubgraph,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type SubgraphDatabaseOptions,
  type SubgraphDefinition,
} from './subgraph';

type EnvVars = Record<string, string | undefined>;

/** What every provider's resolvers find in `context.app`: which provider this is, and what day it is. */
export interface ProviderSettings extends ProviderIdentity {
  /** Today's date in Norway (YYYY-MM-DD): decides which placements are current. Replaceable so tests fix the day. */
  today: () => string;
}

/** The settings of one provider process, as its `main` reads them: the kit's for every subgraph, and whose it is. */
export interface ProviderEnv<Settings> extends SubgraphEnv, ProviderIdentity {
  /** What `start` merges over the default settings: the identity above and what the provider's `env` hook read. */
  settings: Partial<Settings>;
}

export interface ProviderSubgraphOptions<Loaders, Extra extends object> {
  /** The subgraph's name in the supergraph (`day-services`); its variables are prefixed with it (`DAY_SERVICES_`). */
  name: string;
  /** The hub's provider id of this provider when `<PREFIX>_PROVIDER_ID` is unset: the demo world's. */
  providerId: string;
  defaultPort: number;
  /** The prefix of the variables, when not the name in upper snake case. */
  envPrefix?: string;
  /** The provider's own entities; the outbox (with `feed`) and the idempotency table (with `placements`) are added. */
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  resolvers: BuildSchemaOptions['resolvers'];
  /** Types no field returns that still belong in the schema (entity stubs the gateway reaches by their key). */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /**
   * The hub's entities this provider adds a field to, made with `hubEntityStub`: each is in the schema, and every
   * id resolves to a stub with that id; the provider's field on it then says whether the record is its own.
   */
  hubStubs?: HubEntityStubClass[];
  /** `__resolveReference` of other entities, per type name (see `FederatedSchemaOptions`). */
  referenceResolvers?: IResolvers;
  audit?: AuditMap;
  /**
   * What of the provider's data goes once it has passed its time (docs/privacy.md, "Retention"): run on schedule with
   * <PREFIX>_RETENTION=dry-run|apply (off by default), each rule's period from <PREFIX>_RETENTION_<NAME>_DAYS.
   */
  retention?: readonly RetentionRule[];
  createLoaders: LoaderFactory<Loaders>;
  /** Fills an empty database with demo data; returns false when there was data already. */
  seed?: (em: EntityManager, settings: ProviderSettings & Extra) => Promise<boolean>;
  /** Serve the outbox at `GET /feed` (on by default: the hub reads every provider's feed). */
  feed?: boolean;
  /** The provider's side of the placement protocol, served at `/placements`. */
  placements?: PlacementHandler;
  /** Routes of the provider's own beside /graphql, made for the process's settings. */
  routes?: (settings: ProviderSettings & Extra) => SubgraphDefinition<Loaders>['routes'];
  /** Defaults of the provider's own settings beyond `ProviderSettings`; required when it has any. */
  settings?: Extra;
  /** Reads the provider's own variables, for `main`; `base` is what the kit read already. */
  env?: (vars: EnvVars, base: SubgraphEnv) => Partial<Extra>;
}

export interface StartProviderOptions<Settings> extends Omit<StartSubgraphOptions<Settings>, 'app'> {
  /** Merged over the default settings. */
  settings?: Partial<Settings>;
}

/** Everything main, composition, migrations and tests need of one provider subgraph. */
export interface ProviderSubgraph<Loaders, Settings extends ProviderSettings> {
  name: string;
  defaultPort: number;
  envPrefix: string;
  /** The subgraph with its default settings, e.g. for composition, which needs only the schema. */
  definition: SubgraphDefinition<Loaders>;
  defaultSettings: Settings;
  /** The types whose reads go to the audit log, with their categories (docs/privacy.md lists them). */
  audit: AuditMap | undefined;
  /** All entities of the database, the kit's tables included (for `createMigrations`). */
  entities: DatabaseOptions['entities'];
  /** The schema. No database or port: the server, `npm run compose` and tests share it. */
  createSchema(): Promise<GraphQLSchema>;
  /** Opens (and on first use creates and migrates) the provider's database, without serving it. */
  openDatabase(options: SubgraphDatabaseOptions): Promise<MikroORM>;
  /** Opens the database, seeds it if asked and empty, and serves the subgraph. `stop()` closes both. */
  start(options: StartProviderOptions<Settings>): Promise<RunningSubgraph>;
  readEnv(vars?: EnvVars): ProviderEnv<Settings>;
  /** Its retention rules, with their periods from the environment: counted (dry run) or applied by `today`. */
  runRetention(em: EntityManager, options: { today: string; apply: boolean; env?: EnvVars }): Promise<RetentionReport>;
  /** The process: reads the environment, starts, and stops on a signal. `main.ts` calls it and nothing else. */
  main(): void;
}

/** `<PREFIX>_ORGNO`: the organisation number a partner system's token names the provider by; nine digits. */
function readOrgno(name: string, vars: EnvVars): string | undefined {
  const orgno = getEnvOptionalStr(name, vars);
  if (orgno !== undefined && !/^\d{9}$/.test(orgno)) {
    throw new ConfigError(`Environment variable ${name} must be nine digits (an organisation number), got "${orgno}".`);
  }
  return orgno;
}

/** Any id of the hub's entity is a valid stub here; the provider's field on it decides whether it is its own. */
const stubReference = { __resolveReference: (ref: HubEntityStub): HubEntityStub => ({ id: ref.id }) };

/**
 * Defines a provider subgraph from its domain alone (entities, resolvers, loaders, seed, placement handler): the
 * frame every provider shares (env, server, database, the hub's stubs, the process) is the kit's. A partner's
 * subgraph is one call of this and its own folders.
 */
export function defineProviderSubgraph<Loaders, Extra extends object = Record<never, never>>(
  options: ProviderSubgraphOptions<Loaders, Extra>,
): ProviderSubgraph<Loaders, ProviderSettings & Extra> {
  type Settings = ProviderSettings & Extra;
  const { name, defaultPort } = options;
  const envPrefix = options.envPrefix ?? envPrefixOf(name);
  const feed = options.feed ?? true;
  const entities = [
    ...options.entities,
    ...(feed ? feedEntities : []),
    ...(options.placements ? placementProtocolEntities : []),
  ];
  const defaultSettings = {
    today: () => settableToday(),
    providerId: options.providerId,
    ...options.settings,
  } as Settings;
  const hubStubs = options.hubStubs ?? [];

  const createSchema = () =>
    buildFederatedSchema({
      resolvers: options.resolvers,
      orphanedTypes: [...hubStubs, ...(options.orphanedTypes ?? [])],
      referenceResolvers: {
        ...Object.fromEntries(hubStubs.map((stub) => [stub.typeName, stubReference])),
        ...options.referenceResolvers,
      },
      audit: options.audit,
    });

  const definitionFor = (settings: Settings): SubgraphDefinition<Loaders> => ({
    name,
    entities,
    migrations: options.migrations,
    createSchema,
    createLoaders: options.createLoaders,
    ...(options.seed && { seed: (em: EntityManager) => options.seed!(em, settings) }),
    feed,
    ...(options.placements && { placements: options.placements }),
    ...(options.routes && { routes: options.routes(settings) }),
  });

  const start = ({ settings, ...rest }: StartProviderOptions<Settings>) => {
    const app = { ...defaultSettings, ...settings };
    return startSubgraph(definitionFor(app), { ...rest, app });
  };

  const readEnv = (vars: EnvVars = process.env): ProviderEnv<Settings> => {
    const base = readSubgraphEnv(name, { port: defaultPort, prefix: envPrefix }, vars);
    const providerId = getEnvStr(`${envPrefix}_PROVIDER_ID`, options.providerId, vars);
    const orgno = readOrgno(`${envPrefix}_ORGNO`, vars);
    const identity: ProviderIdentity = { providerId, ...(orgno !== undefined && { orgno }) };
    return { ...base, ...identity, settings: { ...identity, ...options.env?.(vars, base) } as Partial<Settings> };
  };

  // The provider's own rules, and the kit's for what the kit keeps for it.
  const retentionRules = [...(options.retention ?? []), ...(options.placements ? [PLACEMENT_REQUESTS] : [])];
  const runRetention: ProviderSubgraph<Loaders, Settings>['runRetention'] = (em, { today, apply, env }) =>
    runRetentionRules(
      em,
      withRetentionDays(
        envPrefix,
        retentionRules.map((rule) => ({ module: name, rule })),
        env,
      ),
      { today, apply },
    );

  return {
    name,
    defaultPort,
    envPrefix,
    definition: definitionFor(defaultSettings),
    defaultSettings,
    audit: options.audit,
    entities,
    createSchema,
    openDatabase: (database) => openDatabase({ ...database, entities, migrations: options.migrations }),
    start,
    readEnv,
    runRetention,
    main() {
      const logger = createLogger(name);
      runUntilSignal(logger, async () => {
        const env = readEnv();
        const running = await start({ ...startOptionsFromEnv(env), logger, settings: env.settings });
        const mode = retentionRules.length ? readRetentionMode(envPrefix) : 'off';
        const stopRetention =
          mode === 'off'
            ? () => undefined
            : scheduleRetention(
                () => runRetention(running.orm.em, { today: settableToday(), apply: mode === 'apply' }),
                (report) => logger.info(describeRetention(report)),
              );
        return async () => {
          stopRetention();
          await running.stop();
        };
      });
    },
  };
}
