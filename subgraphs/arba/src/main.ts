import 'reflect-metadata';
import { ConfigError, createLogger, getEnvOptionalStr, getEnvStr, readSubgraphEnv, runUntilSignal } from '@veiinn/kit';
import { ARBA_DEFAULT_PROVIDER_ID } from './context';
import { ARBA_DEFAULT_PORT, ARBA_SUBGRAPH_NAME, startArbaSubgraph } from './subgraph';

const logger = createLogger(ARBA_SUBGRAPH_NAME);

/** ARBA_ORGNO: Arba's organisation number (nine digits), matched against a partner system's `orgno`; optional. */
function readOrgno(): string | null {
  const orgno = getEnvOptionalStr('ARBA_ORGNO');
  if (orgno !== undefined && !/^\d{9}$/.test(orgno)) {
    throw new ConfigError(`ARBA_ORGNO must be an organisation number of nine digits, got "${orgno}".`);
  }
  return orgno ?? null;
}

runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(ARBA_SUBGRAPH_NAME, { port: ARBA_DEFAULT_PORT });
  const running = await startArbaSubgraph({
    database: {
      databaseUrl: env.databaseUrl,
      sqlitePath: env.sqlitePath,
      acquireTimeoutMillis: env.acquireTimeoutMillis,
    },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    settings: { providerId: getEnvStr('ARBA_PROVIDER_ID', ARBA_DEFAULT_PROVIDER_ID), orgno: readOrgno() },
    logger,
    trust: env.trust,
  });
  return running.stop;
});
