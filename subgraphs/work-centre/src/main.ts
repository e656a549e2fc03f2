import 'reflect-metadata';
import { createLogger, runUntilSignal } from '@veiinn/kit';
import { readWorkCentreEnv } from './env';
import { WORK_CENTRE_DEFAULT_PORT, WORK_CENTRE_SUBGRAPH_NAME, startWorkCentreSubgraph } from './subgraph';

const logger = createLogger(WORK_CENTRE_SUBGRAPH_NAME);
runUntilSignal(logger, async () => {
  const env = readWorkCentreEnv(WORK_CENTRE_SUBGRAPH_NAME, { port: WORK_CENTRE_DEFAULT_PORT });
  const running = await startWorkCentreSubgraph({
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
