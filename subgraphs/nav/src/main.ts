import 'reflect-metadata';
import {
  ConfigError,
  createLogger,
  getEnvBool,
  getEnvOptionalStr,
  readPersonRefKey,
  readSubgraphEnv,
  runUntilSignal,
} from '@veiinn/kit';
import type { IngestAuthOptions } from './ingest/ingest.auth';
import { NAV_DEFAULT_PORT, NAV_SUBGRAPH_NAME, startNavSubgraph } from './subgraph';

const logger = createLogger(NAV_SUBGRAPH_NAME);

/**
 * NAV_INGEST_JWKS_URL and NAV_INGEST_JWT_ISSUER: the identity provider that vouches for the import's callers;
 * NAV_INGEST_ORGNO (optional, nine digits): NAV's organisation number, which a partner system's token must carry.
 */
function readIngestAuth(): IngestAuthOptions | undefined {
  const jwksUrl = getEnvOptionalStr('NAV_INGEST_JWKS_URL');
  const issuer = getEnvOptionalStr('NAV_INGEST_JWT_ISSUER');
  const orgno = getEnvOptionalStr('NAV_INGEST_ORGNO');
  if (orgno !== undefined && !/^\d{9}$/.test(orgno)) {
    throw new ConfigError(`NAV_INGEST_ORGNO must be an organisation number of nine digits, got "${orgno}".`);
  }
  if (!jwksUrl && !issuer) {
    if (orgno !== undefined) {
      throw new ConfigError(
        'NAV_INGEST_ORGNO needs NAV_INGEST_JWKS_URL and NAV_INGEST_JWT_ISSUER: without them the import checks no token.',
      );
    }
    return undefined;
  }
  if (!jwksUrl || !issuer || !/^https?:\/\//.test(jwksUrl)) {
    throw new ConfigError('NAV_INGEST_JWKS_URL (an http(s) URL) and NAV_INGEST_JWT_ISSUER must be set together.');
  }
  return { jwksUrl, issuer, ...(orgno !== undefined && { orgno }) };
}

runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(NAV_SUBGRAPH_NAME, { port: NAV_DEFAULT_PORT });
  const running = await startNavSubgraph({
    database: {
      databaseUrl: env.databaseUrl,
      sqlitePath: env.sqlitePath,
      acquireTimeoutMillis: env.acquireTimeoutMillis,
    },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    settings: {
      allowRealIdentityNumbers: getEnvBool('NAV_ALLOW_REAL_IDENTITY_NUMBERS', env.mode === 'production'),
      personRefKey: readPersonRefKey(env.mode),
    },
    logger,
    trust: env.trust,
    ingestAuth: readIngestAuth(),
  });
  return running.stop;
});
