import { createLogger, jwksOf, useJsonErrors, type Logger, type SigningKey } from '@veiinn/kit';
import express from 'express';
import { SignJWT } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoUsers, type DemoUser } from './users';

export const DEV_ISSUER_DEFAULT_PORT = 4010;

export interface DevIssuerOptions {
  key: SigningKey;
  /** `iss` of the tokens, and the base of the URLs in the discovery document, e.g. http://localhost:4010. */
  issuerUrl: string;
  /** `aud` of the tokens (default `veiinn-gateway`). */
  audience?: string;
  /**
   * Other audiences a token may be asked for (`{"user": …, "audience": …}` at /token); default the NAV adapter's
   * import, `veiinn-nav-ingest`.
   */
  otherAudiences?: string[];
  /** Lifetime of a token in seconds (default one hour). */
  ttlSeconds?: number;
  users?: DemoUser[];
  logger?: Logger;
}

export interface RunningIssuer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Signs a token for a demo user (the issuer's `/token`, and tests that need one without HTTP). */
export function signDemoToken(
  user: DemoUser,
  { key, issuerUrl, audience = 'veiinn-gateway', ttlSeconds = 3600 }: DevIssuerOptions,
): Promise<string> {
  const { id, description: _description, ...claims } = user;
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuerUrl)
    .setAudience(audience)
    .setSubject(id)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key.privateKey);
}

/**
 * A development stand-in for an identity provider: it hands anyone a token for any demo user, without a password.
 * It is what lets a developer try the graph as each role; main.ts refuses to run it in production.
 */
export function createDevIssuer(options: DevIssuerOptions) {
  const logger = options.logger ?? createLogger('issuer');
  const users = options.users ?? demoUsers;
  const ttlSeconds = options.ttlSeconds ?? 3600;
  const base = options.issuerUrl.replace(/\/$/, '');
  const app = express();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', issuer: base });
  });
  // Enough of OpenID Connect discovery for a verifier to find the keys; there is no authorization endpoint.
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({
      issuer: options.issuerUrl,
      jwks_uri: `${base}/jwks.json`,
      token_endpoint: `${base}/token`,
      grant_types_supported: ['urn:veiinn:dev-user'],
      response_types_supported: [],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [options.key.alg],
    });
  });
  app.get('/jwks.json', (_req, res) => {
    res.json(jwksOf(options.key));
  });
  app.get('/users', (_req, res) => {
    res.json({ users: users.map(({ id, description, roles }) => ({ id, description, roles })) });
  });
  app.post('/token', express.json({ limit: 10_000 }), async (req, res) => {
    const id: unknown = (req.body as { user?: unknown } | undefined)?.user;
    const user = users.find((u) => u.id === id);
    if (!user) {
      res.status(400).json({
        error: 'invalid_request',
        error_description: `Ukjent bruker. / Unknown user ${JSON.stringify(id ?? null)}; send {"user": "<id>"} with one of: ${users.map((u) => u.id).join(', ')}.`,
      });
      return;
    }
    const audience: unknown = (req.body as { audience?: unknown } | undefined)?.audience;
    const audiences = [options.audience ?? 'veiinn-gateway', ...(options.otherAudiences ?? ['veiinn-nav-ingest'])];
    if (audience !== undefined && (typeof audience !== 'string' || !audiences.includes(audience))) {
      res.status(400).json({
        error: 'invalid_request',
        error_description: `Ukjent mottaker. / Unknown audience ${JSON.stringify(audience)}; use one of: ${audiences.join(', ')}.`,
      });
      return;
    }
    const accessToken = await signDemoToken(user, {
      ...options,
      ttlSeconds,
      ...(typeof audience === 'string' && { audience }),
    });
    logger.info('Issued a token', { user: user.id });
    res.json({ access_token: accessToken, token_type: 'Bearer', expires_in: ttlSeconds });
  });
  // Last: unknown routes and a body /token cannot read answer JSON, never Express's HTML page with its stack trace.
  useJsonErrors(app, logger);

  return {
    async listen(port: number, host = '127.0.0.1'): Promise<RunningIssuer> {
      const server = createServer(app);
      await new Promise<void>((done, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => done());
      });
      const bound = (server.address() as AddressInfo).port;
      logger.info('Development token issuer listening', { url: `http://${host}:${bound}`, issuer: options.issuerUrl });
      return {
        url: `http://${host}:${bound}`,
        port: bound,
        async stop() {
          server.closeAllConnections();
          await new Promise<void>((done) => server.close(() => done()));
        },
      };
    },
  };
}
