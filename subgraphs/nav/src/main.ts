import 'reflect-metadata';
import { createLogger, getEnvBool, readPersonRefKey, readSubgraphEnv, runUntilSignal } from '@veiinn/kit';
import { NAV_DEFAULT_PORT, NAV_SUBGRAPH_NAME, startNavSubgraph } from './subgraph';

const logger = createLogger(NAV_SUBGRAPH_NAME);
runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(NAV_SUBGRAPH_NAME, { port: NAV_DEFAULT_PORT });
  const running = await startNavSubgraph({
    database: { databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    settings: {
      allowRealIdentityNumbers: getEnvBool('NAV_ALLOW_REAL_IDENTITY_NUMBERS', env.mode === 'production'),
      personRefKey: readPersonRefKey(env.mode),
    },
    logger,
    trust: env.trust,
  });
  return running.stop;
});
