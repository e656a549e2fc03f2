import 'reflect-metadata';
import { createLogger, readSubgraphEnv, runUntilSignal } from '@veiinn/kit';
import { DAY_SERVICES_DEFAULT_PORT, DAY_SERVICES_SUBGRAPH_NAME, startDayServicesSubgraph } from './subgraph';

const logger = createLogger(DAY_SERVICES_SUBGRAPH_NAME);
runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(DAY_SERVICES_SUBGRAPH_NAME, { port: DAY_SERVICES_DEFAULT_PORT });
  const running = await startDayServicesSubgraph({
    database: { databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    logger,
    trust: env.trust,
  });
  return running.stop;
});
