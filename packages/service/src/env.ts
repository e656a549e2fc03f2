import { ConfigError, serviceIssuer, type RedisSettings } from '@veiinn/contracts';
import { DEFAULT_REDIS_KEY_PREFIX } from './shared-state';
/**
 * Typed access to environment variables: one place for defaults and validation, so that a
 * misconfigured process stops at start with a message naming the variable (a `ConfigError`), not later with a
 * stack trace.
 */

type Env = Record<string, string | undefined>;

function raw(name: string, env: Env): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function getEnvStr(name: string, fallback?: string, env: Env = process.env): string {
  const value = raw(name, env) ?? fallback;
  if (value === undefined) throw new ConfigError(`Environment variable ${name} is required but not set.`);
  return value;
}

export function getEnvOptionalStr(name: string, env: Env = process.env): string | undefined {
  return raw(name, env);
}

export function getEnvNum(
  name: string,
  fallback?: number,
  { min = -Infinity, max = Infinity, integer = true }: { min?: number; max?: number; integer?: boolean } = {},
  env: Env = process.env,
): number {
  const text = raw(name, env);
  if (text === undefined) {
    if (fallback === undefined) throw new ConfigError(`Environment variable ${name} is required but not set.`);
    return fallback;
  }
  const value = Number(text);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new ConfigError(
      `Environment variable ${name} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}, got "${text}".`,
    );
  }
  return value;
}

export function getEnvBool(name: string, fallback: boolean, env: Env = process.env): boolean {
  const text = raw(name, env)?.toLowerCase();
  if (text === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new ConfigError(`Environment variable ${name} must be true or false, got "${text}".`);
}

export function getEnvEnum<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
  env: Env = process.env,
): T {
  const text = raw(name, env);
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new ConfigError(`Environment variable ${name} must be one of ${allowed.join(', ')}, got "${text}".`);
  }
  return text as T;
}

/** Settings every subgraph process reads the same way. */
export interface SubgraphEnv {
  port: number;
  /** Address to bind; 127.0.0.1 by default, 0.0.0.0 inside a container. */
  host: string;
  /** PostgreSQL connection URL; when absent the subgraph uses its embedded SQLite file. */
  databaseUrl?: string;
  /** Path of the SQLite file used when no databaseUrl is given. */
  sqlitePath: string;
  /** How long a query waits for a database connection (`<NAME>_DB_ACQUIRE_TIMEOUT_MS`; see `DatabaseOptions`). */
  acquireTimeoutMillis?: number;
  /** Seed demo data when the database is empty (on by default outside production). */
  seedDemoData: boolean;
  mode: 'development' | 'production';
  /**
   * Service trust: the gateway's JWKS (`<NAME>_GATEWAY_JWKS_URL`), and the services that may call the subgraph
   * directly (`<NAME>_TRUSTED_SERVICES`: `name=jwksUrl,...`, e.g. `intake=http://127.0.0.1:4001/internal-jwks.json`);
   * absent, the subgraph trusts any caller, which only development allows (production refuses to start).
   */
  trust?: { jwksUrl: string; services: { issuer: string; jwksUrl: string }[]; redis?: RedisSettings };
}

/**
 * REDIS_URL and REDIS_KEY_PREFIX, the same for every process of one graph: where replicas keep what they must share
 * (rate limits, used internal tokens; see ./shared-state.ts). Absent: each process keeps its own, in memory.
 */
export function redisFromEnv(env: Env = process.env): RedisSettings | undefined {
  const url = getEnvOptionalStr('REDIS_URL', env);
  if (url === undefined) return undefined;
  if (!/^rediss?:\/\//.test(url)) {
    throw new ConfigError('Environment variable REDIS_URL must be a redis:// or rediss:// URL.');
  }
  return { url, keyPrefix: getEnvStr('REDIS_KEY_PREFIX', DEFAULT_REDIS_KEY_PREFIX, env) };
}

/** A subgraph's name in upper snake case, the default prefix of its variables: `day-services` → `DAY_SERVICES`. */
export const envPrefixOf = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/**
 * Reads a subgraph's settings. Variables are prefixed with the subgraph's name in upper snake case,
 * e.g. INTAKE_PORT, INTAKE_DATABASE_URL, so that one shell (or one docker-compose file) can configure all of them;
 * `defaults.prefix` replaces that prefix.
 */
export function readSubgraphEnv(
  name: string,
  defaults: { port: number; prefix?: string },
  env: Env = process.env,
): SubgraphEnv {
  const prefix = defaults.prefix ?? envPrefixOf(name);
  const mode = getEnvEnum('NODE_ENV', ['development', 'production', 'test'] as const, 'development', env);
  return {
    port: getEnvNum(`${prefix}_PORT`, defaults.port, { min: 0, max: 65535 }, env),
    host: getEnvStr(`${prefix}_HOST`, '127.0.0.1', env),
    databaseUrl: getEnvOptionalStr(`${prefix}_DATABASE_URL`, env),
    sqlitePath: getEnvStr(`${prefix}_SQLITE_PATH`, `data/${name}.sqlite`, env),
    acquireTimeoutMillis:
      raw(`${prefix}_DB_ACQUIRE_TIMEOUT_MS`, env) === undefined
        ? undefined
        : getEnvNum(`${prefix}_DB_ACQUIRE_TIMEOUT_MS`, undefined, { min: 100, max: 600_000 }, env),
    seedDemoData: getEnvBool(`${prefix}_SEED_DEMO_DATA`, mode !== 'production', env),
    mode: mode === 'production' ? 'production' : 'development',
    ...trustFromEnv(prefix, env, mode === 'production'),
  };
}

function trustFromEnv(prefix: string, env: Env, production: boolean): Pick<SubgraphEnv, 'trust'> {
  const name = `${prefix}_GATEWAY_JWKS_URL`;
  const jwksUrl = getEnvOptionalStr(name, env);
  const servicesName = `${prefix}_TRUSTED_SERVICES`;
  const servicesSetting = getEnvOptionalStr(servicesName, env);
  if (jwksUrl === undefined) {
    if (servicesSetting !== undefined) throw new ConfigError(`${servicesName} needs ${name} to be set as well.`);
    // Without it the subgraph answers anyone who reaches its port, with every row: never in production.
    if (production) {
      throw new ConfigError(
        `${name} is required with NODE_ENV=production: without service trust the subgraph would answer any caller ` +
          `that reaches its port, bypassing the gateway's sign-in and access rules. Set it to the gateway's ` +
          `/internal-jwks.json (e.g. http://gateway:4000/internal-jwks.json).`,
      );
    }
    return {};
  }
  if (!/^https?:\/\//.test(jwksUrl)) throw new ConfigError(`Environment variable ${name} must be an http(s) URL.`);
  const services = (servicesSetting ?? '')
    .split(',')
    .filter((pair) => pair.trim())
    .map((pair) => {
      const [service, url] = pair.split('=').map((part) => part.trim());
      if (!service || !url || !/^https?:\/\//.test(url)) {
        throw new ConfigError(
          `${servicesName}: "${pair}" is not name=http(s)://… (e.g. intake=http://127.0.0.1:4001/internal-jwks.json).`,
        );
      }
      return { issuer: serviceIssuer(service), jwksUrl: url };
    });
  const redis = redisFromEnv(env);
  // Only verified tokens need a shared memory; without trust REDIS_URL has nothing to do in a subgraph.
  return { trust: { jwksUrl, services, ...(redis && { redis }) } };
}
