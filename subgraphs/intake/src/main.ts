import 'reflect-metadata';
import {
  ConfigError,
  createLogger,
  getEnvBool,
  getEnvNum,
  getEnvOptionalStr,
  readRetentionMode,
  scheduleRetention,
  getEnvStr,
  loadOrCreateSigningKey,
  readPersonRefKey,
  readSubgraphEnv,
  runUntilSignal,
  settableToday,
  startOptionsFromEnv,
} from '@veiinn/kit';
import { resolve } from 'node:path';
import { describeRetention, runRetention } from './retention';
import { INTAKE_DEFAULT_PORT, INTAKE_SUBGRAPH_NAME, startIntakeSubgraph } from './subgraph';

const logger = createLogger(INTAKE_SUBGRAPH_NAME);

/** INTAKE_FEED_URLS: `providerId=url,providerId=url`, e.g. `arba=http://arba:4004/feed`. */
function parseFeedUrls(setting: string | undefined): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const pair of (setting ?? '').split(',').filter((p) => p.trim())) {
    const [providerId, url] = pair.split('=').map((p) => p.trim());
    if (!providerId || !url || !/^https?:\/\//.test(url)) {
      throw new ConfigError(`INTAKE_FEED_URLS: "${pair}" is not providerId=http(s)://…`);
    }
    urls[providerId] = url;
  }
  return urls;
}
/**
 * The hub's key for its own calls to providers (INTAKE_SERVICE_KEY_PATH): made on first start outside production
 * (data/intake-service-key.json), required in production.
 */
async function readServiceKey(mode: string) {
  const path =
    mode === 'production'
      ? getEnvOptionalStr('INTAKE_SERVICE_KEY_PATH')
      : getEnvStr('INTAKE_SERVICE_KEY_PATH', 'data/intake-service-key.json');
  if (!path) throw new ConfigError('INTAKE_SERVICE_KEY_PATH is required in production.');
  return loadOrCreateSigningKey(resolve(path), 'EdDSA');
}

runUntilSignal(logger, async () => {
  const env = readSubgraphEnv(INTAKE_SUBGRAPH_NAME, { port: INTAKE_DEFAULT_PORT });
  const running = await startIntakeSubgraph({
    ...startOptionsFromEnv(env),
    feedUrls: parseFeedUrls(getEnvOptionalStr('INTAKE_FEED_URLS')),
    settings: {
      allowRealIdentityNumbers: getEnvBool('INTAKE_ALLOW_REAL_IDENTITY_NUMBERS', env.mode === 'production'),
      personRefKey: readPersonRefKey(env.mode),
    },
    feed: {
      pollIntervalMs: getEnvNum('INTAKE_FEED_POLL_MS', 1000, { min: 50, max: 3_600_000 }),
      batchSize: getEnvNum('INTAKE_FEED_BATCH_SIZE', 500, { min: 1, max: 1000 }),
    },
    logger,
    serviceKey: await readServiceKey(env.mode),
  });
  const retention = readRetentionMode('INTAKE');
  const stopRetention =
    retention === 'off'
      ? () => undefined
      : scheduleRetention(
          () => runRetention(running.orm.em, { today: settableToday(), apply: retention === 'apply' }),
          (report) => logger.info(describeRetention(report)),
        );
  return async () => {
    stopRetention();
    await running.stop();
  };
});
