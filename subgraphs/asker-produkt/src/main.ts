import 'reflect-metadata';
import { ConfigError, createLogger, getEnvOptionalStr, getEnvStr, readSubgraphEnv, runUntilSignal } from '@veiinn/kit';
import {
  ASKER_PRODUKT_DEFAULT_PORT,
  ASKER_PRODUKT_DEFAULT_PROVIDER_ID,
  ASKER_PRODUKT_SUBGRAPH_NAME,
  startAskerProduktSubgraph,
} from './subgraph';

const logger = createLogger(ASKER_PRODUKT_SUBGRAPH_NAME);

runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(ASKER_PRODUKT_SUBGRAPH_NAME, { port: ASKER_PRODUKT_DEFAULT_PORT });
  // ASKER_PRODUKT_ORGNO: matched against a partner system's `orgno`; optional, nine digits.
  const orgno = getEnvOptionalStr('ASKER_PRODUKT_ORGNO');
  if (orgno !== undefined && !/^\d{9}$/.test(orgno)) {
    throw new ConfigError(`ASKER_PRODUKT_ORGNO must be an organisation number of nine digits, got "${orgno}".`);
  }
  const running = await startAskerProduktSubgraph({
    database: {
      databaseUrl: env.databaseUrl,
      sqlitePath: env.sqlitePath,
      acquireTimeoutMillis: env.acquireTimeoutMillis,
    },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    settings: {
      providerId: getEnvStr('ASKER_PRODUKT_PROVIDER_ID', ASKER_PRODUKT_DEFAULT_PROVIDER_ID),
      ...(orgno !== undefined && { orgno }),
    },
    logger,
    trust: env.trust,
  });
  return running.stop;
});
