import 'reflect-metadata';
import { createLogger, getEnvBool, readSubgraphEnv, runUntilSignal } from '@veiinn/kit';
import { INTAKE_DEFAULT_PORT, INTAKE_SUBGRAPH_NAME, startIntakeSubgraph } from './subgraph';

const logger = createLogger(INTAKE_SUBGRAPH_NAME);
runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(INTAKE_SUBGRAPH_NAME, { port: INTAKE_DEFAULT_PORT });
  const running = await startIntakeSubgraph({
    database: { databaseUrl: env.databaseUrl, sqlitePath: env.sqlitePath },
    port: env.port,
    host: env.host,
    seedDemoData: env.seedDemoData,
    settings: { allowRealIdentityNumbers: getEnvBool('INTAKE_ALLOW_REAL_IDENTITY_NUMBERS', env.mode === 'production') },
    logger,
  });
  return running.stop;
});
