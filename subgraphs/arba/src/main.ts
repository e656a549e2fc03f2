import 'reflect-metadata';
import { createLogger, readSubgraphEnv, runUntilSignal } from '@veiinn/kit';
import { ARBA_DEFAULT_PORT, ARBA_SUBGRAPH_NAME, startArbaSubgraph } from './subgraph';

const logger = createLogger(ARBA_SUBGRAPH_NAME);
runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(ARBA_SUBGRAPH_NAME, { port: ARBA_DEFAULT_PORT });
  const running = await startArbaSubgraph({
    database: { databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    logger,
    trust: env.trust,
  });
  return running.stop;
});
