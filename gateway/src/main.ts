import { createLogger, getEnvNum, getEnvOptionalStr, getEnvStr, runUntilSignal } from '@veiinn/kit';
import { join, resolve } from 'node:path';
import { createGatewayServer } from './gateway';

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

runUntilSignal(logger, async () => {
  const production = process.env.NODE_ENV === 'production';
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
  });
  const running = await server.listen(
    getEnvNum('GATEWAY_PORT', 4000, { min: 0, max: 65535 }),
    getEnvStr('GATEWAY_HOST', '127.0.0.1'),
  );
  return running.stop;
});
