import {
  ANONYMOUS_CALLER,
  AuthenticationError,
  ErrorCode,
  NEVER_ACCEPTED_ALGORITHMS,
  unauthenticatedBody,
  verifyIdentityToken,
  type Caller,
  type IdentityTokenRules,
  type Logger,
} from '@veiinn/kit';
import type { RequestHandler } from 'express';
import { createLocalJWKSet, createRemoteJWKSet, type JWK, type JWTVerifyGetKey } from 'jose';
import { clientAddress, createRateLimiter, DEFAULT_FAILED_SIGN_INS_PER_MINUTE, retryAfterSeconds } from './rate-limit';

/** How bearer tokens of callers are checked: whose keys, which issuer, for which audience, how long they may live. */
export interface SignInOptions extends IdentityTokenRules {
  /** The identity provider's JWKS URL (the dev issuer's is http://localhost:4010/jwks.json). */
  jwksUrl?: string;
  /** Or the keys themselves (tests). */
  jwks?: { keys: JWK[] };
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud` (default `veiinn-gateway`). */
  audience?: string;
  /** Accepted signature algorithms (default ES256, RS256). Symmetric ones and `none` are never accepted. */
  algorithms?: string[];
}

export const DEFAULT_AUDIENCE = 'veiinn-gateway';
export const DEFAULT_ALGORITHMS = ['ES256', 'RS256'];

/**
 * Resolves the caller of an Authorization header: anonymous without one, the token's subject with a valid one
 * (`verifyIdentityToken`: signature, issuer, audience, time, reserved subjects and the reserved role `service`).
 */
export function createBearerVerifier(options: SignInOptions | undefined) {
  const algorithms = options?.algorithms ?? DEFAULT_ALGORITHMS;
  const refused = algorithms.filter((alg) => NEVER_ACCEPTED_ALGORITHMS.test(alg));
  if (refused.length) throw new Error(`Sign-in: algorithms ${refused.join(', ')} are never accepted.`);
  let keys: JWTVerifyGetKey | undefined;
  if (options?.jwksUrl) keys = createRemoteJWKSet(new URL(options.jwksUrl));
  else if (options?.jwks) keys = createLocalJWKSet(options.jwks);
  const expected = { issuer: options?.issuer ?? '', audience: options?.audience ?? DEFAULT_AUDIENCE, algorithms };

  return async (authorization: string | undefined): Promise<Caller> => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS_CALLER;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) {
      throw new AuthenticationError(
        'Authorization-headeren må være «Bearer <token>». / The Authorization header must be "Bearer <token>".',
      );
    }
    if (!keys || !options) {
      throw new AuthenticationError(
        'Innlogging er ikke satt opp på denne gatewayen; send forespørselen uten token. / Sign-in is not configured on this gateway (no GATEWAY_JWKS_URL); send the request without a token.',
      );
    }
    return verifyIdentityToken(match[1]!, keys, expected, options);
  };
}

export interface SignInLimits {
  /** Refused tokens per minute per client address; past it, every request with a token is refused with 429. */
  failedPerMinute: number;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
}

/**
 * Express middleware in front of Apollo: puts the verified caller in `res.locals.caller`, or answers HTTP 401 with
 * a GraphQL error (UNAUTHENTICATED) before the query is planned, so no subgraph is called for a refused token.
 * Each refusal costs the client's address one token of a bucket of `failedPerMinute`: an address that keeps
 * guessing gets 429 RATE_LIMITED for every request with a token, before its signature is checked (and before an
 * unknown `kid` makes the gateway fetch the identity provider's keys again). Callers without a token are not
 * affected: their own per-address limit counts them.
 */
export function signInMiddleware(
  options: SignInOptions | undefined,
  logger: Logger,
  limits: SignInLimits = { failedPerMinute: DEFAULT_FAILED_SIGN_INS_PER_MINUTE },
): RequestHandler {
  const verify = createBearerVerifier(options);
  const failures = createRateLimiter({ now: limits.now });
  return async (req, res, next) => {
    const authorization = req.header('authorization');
    const key = `failed-sign-in:${clientAddress(req)}`;
    const carriesToken = authorization !== undefined && authorization.trim() !== '';
    const waitMs = carriesToken ? failures.wait(key, limits.failedPerMinute) : 0;
    if (waitMs > 0) {
      const seconds = retryAfterSeconds(waitMs);
      logger.info('Refused sign-in: too many failed sign-ins from this address', { key });
      res.setHeader('retry-after', String(seconds));
      res.status(429).json({
        errors: [
          {
            message:
              `For mange mislykkede innlogginger fra denne adressen; prøv igjen om ${seconds} s. / Too many ` +
              `refused tokens from this address (at most ${limits.failedPerMinute} a minute); retry after ` +
              `${seconds} s with a valid token.`,
            extensions: { code: ErrorCode.RATE_LIMITED, limit: limits.failedPerMinute, retryAfterSeconds: seconds },
          },
        ],
      });
      return;
    }
    try {
      res.locals.caller = await verify(authorization);
      next();
    } catch (error) {
      failures.take(key, limits.failedPerMinute);
      const message = error instanceof AuthenticationError ? error.message : String(error);
      logger.info('Refused a token', { message });
      res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      res.status(401).json(unauthenticatedBody(message));
    }
  };
}
