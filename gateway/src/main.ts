import {
  ConfigError,
  createLogger,
  getEnvNum,
  getEnvOptionalStr,
  getEnvStr,
  loadOrCreateSigningKey,
  runUntilSignal,
} from '@veiinn/kit';
import { join, resolve } from 'node:path';
import { createGatewayServer } from './gateway';
import { DEFAULT_ALGORITHMS, DEFAULT_AUDIENCE, type SignInOptions } from './sign-in';

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
 * Sign-in from GATEWAY_JWKS_URL, GATEWAY_JWT_ISSUER, GATEWAY_JWT_AUDIENCE and GATEWAY_JWT_ALGORITHMS. Without a JWKS
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
    algorithms: getEnvStr('GATEWAY_JWT_ALGORITHMS', DEFAULT_ALGORITHMS.join(','))
      .split(',')
      .map((alg) => alg.trim())
      .filter(Boolean),
  };
}

runUntilSignal(logger, async () => {
  const production = process.env.NODE_ENV === 'production';
  // In production the key's place is an operator's decision (and shared by every gateway replica).
  const keyPath = production
    ? getEnvOptionalStr('GATEWAY_INTERNAL_KEY_PATH')
    : getEnvStr('GATEWAY_INTERNAL_KEY_PATH', 'data/gateway-internal-key.json');
  if (!keyPath) throw new ConfigError('GATEWAY_INTERNAL_KEY_PATH is required in production.');
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
    signIn: signInFromEnv(production),
    internalKey: await loadOrCreateSigningKey(resolve(keyPath), 'EdDSA'),
  });
  const running = await server.listen(
    getEnvNum('GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
    getEnvStr('GATEWAY_HOST', '127.0.0.1'),
  );
  return running.stop;
});
