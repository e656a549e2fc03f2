import 'reflect-metadata';
import { createLogger, runUntilSignal } from '@veiinn/kit';
import { readDayServicesEnv } from './env';
import { DAY_SERVICES_DEFAULT_PORT, DAY_SERVICES_SUBGRAPH_NAME, startDayServicesSubgraph } from './subgraph';

const logger = createLogger(DAY_SERVICES_SUBGRAPH_NAME);
runUntilSignal(logger, async () => {
  const env = readDayServicesEnv(DAY_SERVICES_SUBGRAPH_NAME, { port: DAY_SERVICES_DEFAULT_PORT });
  const running = await startDayServicesSubgraph({
    database: {
      databaseUrl: env.databaseUrl,
      sqlitePath: env.sqlitePath,
      acquireTimeoutMillis: env.acquireTimeoutMillis,
    },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    logger,
    trust: env.trust,
    settings: { providerId: env.providerId, orgno: env.orgno },
  });
  return running.stop;
});
