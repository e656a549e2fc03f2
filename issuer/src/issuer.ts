import { jwksOf, type SigningKey } from '@veiinn/contracts';
import { createLogger, answerClientErrorsAsJson, useJsonErrors, type Logger } from '@veiinn/service';
import express from 'express';
import { SignJWT } from 'jose';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEFAULT_CLIENT_ID,
  DEFAULT_POST_LOGOUT_REDIRECT_URIS,
  DEFAULT_REDIRECT_URIS,
  mountOidc,
  type OidcClient,
} from './oidc';
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
  /**
   * `production` refuses tokens for a participant of the caller's choosing (`participantId` at /token); default
   * NODE_ENV. main.ts refuses to run in production at all; this is the second lock, for anyone who embeds the issuer.
   */
  mode?: string;
  /**
   * The OpenID Connect clients that may sign in through `/authorize` (default `veiinn-web`, redirect URI
   * http://localhost:3000/callback).
   */
  clients?: OidcClient[];
  /** The clock in milliseconds, for the authorization codes' 60 s (tests). */
  now?: () => number;
}

export interface RunningIssuer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A participant id as the hub makes them (a UUID); anything else cannot name a participant. */
const PARTICIPANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The applicant or guardian `user` for one participant of the caller's choosing, e.g. someone just registered:
 * `sub` names the role and the participant (`applicant-<id>`), `participantIds` holds only that participant.
 */
export function participantUser(user: DemoUser, participantId: string): DemoUser {
  const role = user.roles.includes('guardian') ? 'guardian' : 'applicant';
  return {
    id: `${role}-${participantId.toLowerCase()}`,
    description: `${role === 'guardian' ? 'Foresatt / guardian of' : 'Søker / applicant:'} participant ${participantId}`,
    roles: [role],
    participantIds: [participantId.toLowerCase()],
  };
}

/** Signs a token for a demo user (the issuer's `/token`, and tests that need one without HTTP). */
export function signDemoToken(
  user: DemoUser,
  { key, issuerUrl, audience = 'veiinn-gateway', ttlSeconds = 3600 }: DevIssuerOptions,
): Promise<string> {
  const { id, description: _description, ...claims } = user;
  // One reading of the clock: jose's relative times read it once each, and a second could pass between them.
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(issuerUrl)
    .setAudience(audience)
    .setSubject(id)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key.privateKey);
}

/**
 * A development stand-in for an identity provider: it hands anyone a token for any demo user, without a password,
 * and an applicant's or guardian's token for any participant (`{"user": "applicant", "participantId": "<id>"}`), so
 * that someone just registered can sign in as themselves. It is what lets a developer try the graph as each role;
 * main.ts refuses to run it in production, and in production mode /token refuses a participant of one's choice.
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
  // OpenID Connect: discovery, the authorization code flow with PKCE and its sign-in page (oidc.ts).
  const oidc = mountOidc(app, {
    key: options.key,
    issuerUrl: options.issuerUrl,
    audience: options.audience ?? 'veiinn-gateway',
    ttlSeconds,
    users,
    clients: options.clients ?? [
      {
        clientId: DEFAULT_CLIENT_ID,
        redirectUris: DEFAULT_REDIRECT_URIS,
        postLogoutRedirectUris: DEFAULT_POST_LOGOUT_REDIRECT_URIS,
      },
    ],
    ...(options.now && { now: options.now }),
    signAccessToken: (user) => signDemoToken(user, { ...options, ttlSeconds }),
    log: (message, fields) => logger.info(message, fields),
  });
  app.get('/jwks.json', (_req, res) => {
    res.json(jwksOf(options.key));
  });
  app.get('/users', (_req, res) => {
    res.json({ users: users.map(({ id, description, roles }) => ({ id, description, roles })) });
  });
  const production = (options.mode ?? process.env.NODE_ENV) === 'production';
  // The code exchange of OpenID Connect is form-encoded; the demo-user form (tests, the demo journey) is JSON.
  app.post('/token', express.urlencoded({ extended: false, limit: 10_000 }), (req, res, next) => {
    if (req.is('application/x-www-form-urlencoded')) oidc.exchangeCode(req, res).catch(next);
    else next();
  });
  app.post('/token', express.json({ limit: 10_000 }), async (req, res) => {
    const body = req.body as { user?: unknown; participantId?: unknown; audience?: unknown } | undefined;
    const id: unknown = body?.user;
    const demoUser = users.find((u) => u.id === id);
    if (!demoUser) {
      res.status(400).json({
        error: 'invalid_request',
        error_description: `Ukjent bruker. / Unknown user ${JSON.stringify(id ?? null)}; send {"user": "<id>"} with one of: ${users.map((u) => u.id).join(', ')}.`,
      });
      return;
    }
    let user = demoUser;
    const participantId = body?.participantId;
    if (participantId !== undefined) {
      // Anyone may ask, so this is for development only: in production no one chooses whose data a token opens.
      if (production) {
        res.status(403).json({
          error: 'access_denied',
          error_description:
            'Token for en valgfri deltaker gis bare under utvikling. / A token for a participant of your choice is issued only in development (NODE_ENV is production).',
        });
        return;
      }
      if (!demoUser.roles.some((role) => role === 'applicant' || role === 'guardian')) {
        res.status(400).json({
          error: 'invalid_request',
          error_description: `Bare søker og foresatt har en deltaker. / Only "applicant" and "guardian" take a participantId, not ${JSON.stringify(demoUser.id)}.`,
        });
        return;
      }
      if (typeof participantId !== 'string' || !PARTICIPANT_ID.test(participantId)) {
        res.status(400).json({
          error: 'invalid_request',
          error_description: `Ugyldig deltaker-id. / participantId must be a participant's id (a UUID, as registerParticipant returns it), not ${JSON.stringify(participantId)}.`,
        });
        return;
      }
      user = participantUser(demoUser, participantId);
    }
    const audience: unknown = body?.audience;
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
      answerClientErrorsAsJson(server);
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
