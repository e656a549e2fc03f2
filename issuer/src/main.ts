import { ConfigError, loadOrCreateSigningKey } from '@veiinn/contracts';
import { createLogger, getEnvNum, getEnvStr, runUntilSignal } from '@veiinn/service';
import { resolve } from 'node:path';
import { createDevIssuer, DEV_ISSUER_DEFAULT_PORT } from './issuer';
import { DEFAULT_CLIENT_ID, DEFAULT_POST_LOGOUT_REDIRECT_URIS, DEFAULT_REDIRECT_URIS } from './oidc';

/** A comma-separated list of absolute http(s) URIs, each compared exactly (no patterns, no prefixes). */
function uriList(name: string, fallback: string[]): string[] {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const uris = value
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  for (const uri of uris) {
    let parsed: URL;
    try {
      parsed = new URL(uri);
    } catch {
      throw new ConfigError(`${name}: ${JSON.stringify(uri)} is not an absolute URI`);
    }
    if (!/^https?:$/.test(parsed.protocol) || parsed.hash) {
      throw new ConfigError(`${name}: ${JSON.stringify(uri)} must be http(s) and without a fragment`);
    }
  }
  return uris;
}

const logger = createLogger('issuer');

runUntilSignal(logger, async () => {
  // It gives a token for any demo user to anyone who asks: a development tool, never a production identity provider.
  if (process.env.NODE_ENV === 'production') {
    throw new ConfigError('The development token issuer does not run with NODE_ENV=production.');
  }
  const port = getEnvNum('ISSUER_PORT', DEV_ISSUER_DEFAULT_PORT, { min: 0, max: 65535 });
  const issuer = createDevIssuer({
    key: await loadOrCreateSigningKey(resolve(getEnvStr('ISSUER_KEY_PATH', 'data/dev-issuer-key.json')), 'ES256'),
    issuerUrl: getEnvStr('ISSUER_URL', `http://localhost:${port}`),
    audience: getEnvStr('ISSUER_AUDIENCE', 'veiinn-gateway'),
    ttlSeconds: getEnvNum('ISSUER_TOKEN_TTL_SECONDS', 3600, { min: 60, max: 86_400 }),
    logger,
    clients: [
      {
        clientId: getEnvStr('ISSUER_CLIENT_ID', DEFAULT_CLIENT_ID),
        redirectUris: uriList('ISSUER_REDIRECT_URIS', DEFAULT_REDIRECT_URIS),
        postLogoutRedirectUris: uriList('ISSUER_POST_LOGOUT_REDIRECT_URIS', DEFAULT_POST_LOGOUT_REDIRECT_URIS),
      },
    ],
  });
  const running = await issuer.listen(port, getEnvStr('ISSUER_HOST', '127.0.0.1'));
  return running.stop;
});
