import {
  ConfigError,
  IDENTITY_TOKEN_CLOCK_TOLERANCE_SECONDS,
  IDENTITY_TOKEN_MAX_LIFETIME_SECONDS,
  loadOrCreateSigningKey,
} from '@veiinn/contracts';
import {
  createLogger,
  DOCUMENT_CACHE_BYTES,
  GATEWAY_OPERATION_LIMITS,
  getEnvBool,
  getEnvEnum,
  getEnvNum,
  getEnvOptionalStr,
  getEnvStr,
  redisFromEnv,
  runUntilSignal,
  type OperationLimits,
} from '@veiinn/service';
import { join, resolve } from 'node:path';
import { DEFAULT_CIRCUIT, type CircuitOptions } from './circuit';
import { AUTHORIZATION_MODES } from './authorization';
import { createGatewayServer, DEFAULT_BODY_LIMIT, DEFAULT_SUBGRAPH_TIMEOUT_MS } from './gateway';
import { GATEWAY_NODE_FLAGS, missingNodeFlags } from './node-flags';
import { DEFAULT_FAILED_SIGN_INS_PER_MINUTE, DEFAULT_RATE_LIMITS, type RateLimitOptions } from './rate-limit';
import { DEFAULT_ALGORITHMS, DEFAULT_AUDIENCE, type SignInOptions } from './sign-in';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from './response-cache';
import { readTrustedDocuments, TRUSTED_DOCUMENTS_MODES, type TrustedDocumentsOptions } from './trusted-documents';
import { isGatewayWorker, runWorkers, workersFromEnv } from './workers';

const logger = createLogger('gateway');

/** Subgraph URL overrides from SUBGRAPH_<NAME>_URL, e.g. SUBGRAPH_INTAKE_URL (used by docker-compose). */
function subgraphUrlsFromEnv(): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match && value) urls[match[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return urls;
}

/**
 * GATEWAY_SUBGRAPH_TIMEOUT_MS for every subgraph (default DEFAULT_SUBGRAPH_TIMEOUT_MS), SUBGRAPH_<NAME>_TIMEOUT_MS
 * for one (e.g. SUBGRAPH_NAV_TIMEOUT_MS), in milliseconds; 0 waits for ever (not advised).
 */
function subgraphTimeoutsFromEnv(): { defaultMs: number; bySubgraph: Record<string, number> } {
  const bySubgraph: Record<string, number> = {};
  for (const key of Object.keys(process.env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_TIMEOUT_MS$/.exec(key);
    if (match) bySubgraph[match[1].toLowerCase().replace(/_/g, '-')] = getEnvNum(key, 0, { min: 0, max: 600_000 });
  }
  return {
    defaultMs: getEnvNum('GATEWAY_SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS, { min: 0, max: 600_000 }),
    bySubgraph,
  };
}

/** GATEWAY_CIRCUIT_FAILURES (failures in a row that open a subgraph's circuit) and GATEWAY_CIRCUIT_OPEN_MS. */
function circuitFromEnv(): CircuitOptions {
  return {
    failuresToOpen: getEnvNum('GATEWAY_CIRCUIT_FAILURES', DEFAULT_CIRCUIT.failuresToOpen, { min: 1, max: 1_000 }),
    openMs: getEnvNum('GATEWAY_CIRCUIT_OPEN_MS', DEFAULT_CIRCUIT.openMs, { min: 100, max: 3_600_000 }),
  };
}

/**
 * Sign-in from GATEWAY_JWKS_URL, GATEWAY_JWT_ISSUER, GATEWAY_JWT_AUDIENCE, GATEWAY_JWT_ALGORITHMS,
 * GATEWAY_JWT_MAX_LIFETIME_SECONDS and GATEWAY_JWT_CLOCK_TOLERANCE_SECONDS. Without a JWKS
 * URL every caller is anonymous; production refuses to start that way.
 */
function signInFromEnv(production: boolean): SignInOptions | undefined {
  const jwksUrl = getEnvOptionalStr('GATEWAY_JWKS_URL');
  if (!jwksUrl) {
    if (production)
      throw new ConfigError('GATEWAY_JWKS_URL is required in production: callers must be able to sign in.');
    logger.warn('Sign-in is off (GATEWAY_JWKS_URL is not set): every caller is anonymous');
    return undefined;
  }
  return {
    jwksUrl,
    issuer: getEnvStr('GATEWAY_JWT_ISSUER'),
    audience: getEnvStr('GATEWAY_JWT_AUDIENCE', DEFAULT_AUDIENCE),
    maxLifetimeSeconds: getEnvNum('GATEWAY_JWT_MAX_LIFETIME_SECONDS', IDENTITY_TOKEN_MAX_LIFETIME_SECONDS, {
      min: 60,
      max: 7 * 24 * 3600,
    }),
    clockToleranceSeconds: getEnvNum('GATEWAY_JWT_CLOCK_TOLERANCE_SECONDS', IDENTITY_TOKEN_CLOCK_TOLERANCE_SECONDS, {
      min: 0,
      max: 300,
    }),
    algorithms: getEnvStr('GATEWAY_JWT_ALGORITHMS', DEFAULT_ALGORITHMS.join(','))
      .split(',')
      .map((alg) => alg.trim())
      .filter(Boolean),
  };
}

/**
 * GATEWAY_MAX_DEPTH, GATEWAY_MAX_ALIASES, GATEWAY_MAX_ROOT_FIELDS, GATEWAY_MAX_COST per operation; GATEWAY_MAX_TOKENS,
 * GATEWAY_MAX_FRAGMENTS, GATEWAY_MAX_FRAGMENT_DEPTH, GATEWAY_MAX_DIRECTIVES_PER_FIELD, GATEWAY_MAX_DIRECTIVES per
 * document; 0 turns a limit off.
 */
function limitsFromEnv(): OperationLimits {
  const limit = (name: string, fallback: number) => getEnvNum(name, fallback, { min: 0, max: 1_000_000_000 });
  return {
    ...GATEWAY_OPERATION_LIMITS,
    maxDepth: limit('GATEWAY_MAX_DEPTH', GATEWAY_OPERATION_LIMITS.maxDepth),
    maxAliases: limit('GATEWAY_MAX_ALIASES', GATEWAY_OPERATION_LIMITS.maxAliases),
    maxRootFields: limit('GATEWAY_MAX_ROOT_FIELDS', GATEWAY_OPERATION_LIMITS.maxRootFields),
    maxCost: limit('GATEWAY_MAX_COST', GATEWAY_OPERATION_LIMITS.maxCost),
    maxTokens: limit('GATEWAY_MAX_TOKENS', GATEWAY_OPERATION_LIMITS.maxTokens),
    maxFragments: limit('GATEWAY_MAX_FRAGMENTS', GATEWAY_OPERATION_LIMITS.maxFragments),
    maxFragmentDepth: limit('GATEWAY_MAX_FRAGMENT_DEPTH', GATEWAY_OPERATION_LIMITS.maxFragmentDepth),
    maxDirectivesPerField: limit('GATEWAY_MAX_DIRECTIVES_PER_FIELD', GATEWAY_OPERATION_LIMITS.maxDirectivesPerField),
    maxDirectives: limit('GATEWAY_MAX_DIRECTIVES', GATEWAY_OPERATION_LIMITS.maxDirectives),
  };
}

/**
 * GATEWAY_RATE_LIMIT_PER_MINUTE (per identity), GATEWAY_ANONYMOUS_RATE_LIMIT_PER_MINUTE (per address) and
 * GATEWAY_FAILED_SIGN_IN_LIMIT_PER_MINUTE (refused tokens per address).
 */
function rateLimitFromEnv(): RateLimitOptions {
  return {
    failedSignInsPerMinute: getEnvNum('GATEWAY_FAILED_SIGN_IN_LIMIT_PER_MINUTE', DEFAULT_FAILED_SIGN_INS_PER_MINUTE, {
      min: 0,
    }),
    perMinute: getEnvNum('GATEWAY_RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMITS.perMinute, { min: 0 }),
    anonymousPerMinute: getEnvNum('GATEWAY_ANONYMOUS_RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMITS.anonymousPerMinute, {
      min: 0,
    }),
  };
}

/** GATEWAY_TRUSTED_DOCUMENTS (`only-for-public` in production, `off` otherwise) and the registry's path. */
function trustedDocumentsFromEnv(production: boolean): TrustedDocumentsOptions {
  const mode = getEnvEnum('GATEWAY_TRUSTED_DOCUMENTS', TRUSTED_DOCUMENTS_MODES, production ? 'only-for-public' : 'off');
  const path = resolve(
    getEnvStr(
      'GATEWAY_TRUSTED_DOCUMENTS_PATH',
      join(__dirname, '..', '..', '..', 'clients', 'persisted-documents.json'),
    ),
  );
  try {
    return { mode, documents: readTrustedDocuments(path) };
  } catch (error) {
    // Without the registry the public could send nothing at all; say so at start, not at the first request.
    if (mode !== 'off') throw new ConfigError(`GATEWAY_TRUSTED_DOCUMENTS=${mode} needs ${path}: ${String(error)}`);
    return { mode, documents: {} };
  }
}

/**
 * GATEWAY_GRAPHIQL: the GraphiQL page at GET /graphql. On by default outside production; off by default in production,
 * where introspection is off too and a page that invites ad hoc queries is an operator's choice, not a default.
 * GATEWAY_GRAPHIQL_TOKEN_HINT: how to get a token, shown in the page (default: the dev issuer's /token, when the
 * gateway signs in with it).
 */
function graphiqlFromEnv(production: boolean, signIn: SignInOptions | undefined) {
  const devIssuer = !production && signIn ? signIn.issuer.replace(/\/$/, '') : undefined;
  return {
    enabled: getEnvBool('GATEWAY_GRAPHIQL', !production),
    tokenHint:
      getEnvOptionalStr('GATEWAY_GRAPHIQL_TOKEN_HINT') ??
      (devIssuer &&
        `curl -s -X POST ${devIssuer}/token -H 'content-type: application/json' -d '{"user":"case-worker"}'`),
  };
}

function mebibytes(name: string, fallback = DOCUMENT_CACHE_BYTES): number {
  return getEnvNum(name, fallback / 2 ** 20, { min: 1, max: 1024 }) * 2 ** 20;
}

/**
 * GATEWAY_RESPONSE_CACHE (on by default): anonymous queries' answers kept until the hub tells of a change, at most
 * GATEWAY_RESPONSE_CACHE_TTL_MS (30 s), in GATEWAY_RESPONSE_CACHE_MIB of JSON (16); see ./response-cache.ts.
 */
function responseCacheFromEnv(): ResponseCacheOptions {
  return {
    enabled: getEnvBool('GATEWAY_RESPONSE_CACHE', true),
    ttlMs: getEnvNum('GATEWAY_RESPONSE_CACHE_TTL_MS', DEFAULT_RESPONSE_CACHE.ttlMs, { min: 0, max: 3_600_000 }),
    maxBytes: mebibytes('GATEWAY_RESPONSE_CACHE_MIB', DEFAULT_RESPONSE_CACHE.maxBytes),
  };
}

/** GATEWAY_INTERNAL_KEY_PATH: where the key of the gateway's internal tokens is (created outside production). */
function internalKeyPath(production: boolean): string {
  // In production the key's place is an operator's decision (and shared by every gateway replica).
  const keyPath = production
    ? getEnvOptionalStr('GATEWAY_INTERNAL_KEY_PATH')
    : getEnvStr('GATEWAY_INTERNAL_KEY_PATH', 'data/gateway-internal-key.json');
  if (!keyPath) throw new ConfigError('GATEWAY_INTERNAL_KEY_PATH is required in production.');
  return resolve(keyPath);
}

const runGateway = () =>
  runUntilSignal(logger, async () => {
    const production = process.env.NODE_ENV === 'production';
    const keyPath = internalKeyPath(production);
    const signIn = signInFromEnv(production);
    const server = createGatewayServer({
      supergraphPath: resolve(
        getEnvStr('GATEWAY_SUPERGRAPH_PATH', join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql')),
      ),
      subgraphUrls: subgraphUrlsFromEnv(),
      pollIntervalMs: getEnvNum('GATEWAY_SUPERGRAPH_POLL_MS', 500, { min: 50, max: 60_000 }),
      corsOrigins:
        getEnvOptionalStr('GATEWAY_CORS_ORIGINS')
          ?.split(',')
          .map((o) => o.trim()) ?? (production ? [] : ['*']),
      production,
      logger,
      signIn,
      graphiql: graphiqlFromEnv(production, signIn),
      internalKey: await loadOrCreateSigningKey(keyPath, 'EdDSA'),
      limits: limitsFromEnv(),
      bodyLimit: getEnvNum('GATEWAY_BODY_LIMIT', DEFAULT_BODY_LIMIT, { min: 1_000 }),
      allowBatching: getEnvBool('GATEWAY_ALLOW_BATCHING', false),
      rateLimit: rateLimitFromEnv(),
      trustProxy: getEnvNum('GATEWAY_TRUST_PROXY', 0, { min: 0, max: 10 }),
      trustedDocuments: trustedDocumentsFromEnv(production),
      // In MiB of JSON; the heap they hold is about four times that (see DOCUMENT_CACHE_BYTES).
      documentCacheBytes: mebibytes('GATEWAY_DOCUMENT_CACHE_MIB'),
      queryPlanCacheBytes: mebibytes('GATEWAY_QUERY_PLAN_CACHE_MIB'),
      responseCache: responseCacheFromEnv(),
      subgraphTimeouts: subgraphTimeoutsFromEnv(),
      circuit: circuitFromEnv(),
      redis: redisFromEnv(),
      // GATEWAY_AUTHORIZATION_MODE: `partial` (refused fields null, the rest runs) or `reject` (all or nothing).
      authorization: { mode: getEnvEnum('GATEWAY_AUTHORIZATION_MODE', AUTHORIZATION_MODES, 'partial') },
    });
    const running = await server.listen(
      getEnvNum('GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
      getEnvStr('GATEWAY_HOST', '127.0.0.1'),
    );
    return running.stop;
  });

if (isGatewayWorker()) {
  runGateway();
} else {
  const missing = missingNodeFlags();
  if (missing.length > 0) {
    // It runs as well without them, with more memory under load: an operator who starts it by hand should know.
    logger.info('The gateway was started without its node flags: its memory under load will be higher', {
      missing,
      expected: `node ${GATEWAY_NODE_FLAGS.join(' ')} gateway/dist/src/main.js`,
    });
  }
  // The primary of several workers creates the internal key before any worker starts: each must load the same one.
  const start = async () => {
    const workers = workersFromEnv();
    if (workers === 1) return runGateway();
    await loadOrCreateSigningKey(internalKeyPath(process.env.NODE_ENV === 'production'), 'EdDSA');
    runWorkers(workers, logger);
  };
  start().catch((error: unknown) => {
    logger.error('Start failed', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
}
