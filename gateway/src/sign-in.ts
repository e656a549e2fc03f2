import {
  ANONYMOUS_CALLER,
  AuthenticationError,
  ErrorCode,
  NEVER_ACCEPTED_ALGORITHMS,
  unauthenticatedBody,
  verifyIdentityToken,
  type Caller,
  type IdentityTokenRules,
} from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import type { RequestHandler } from 'express';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, type JWK, type JWTVerifyGetKey } from 'jose';
import { countGatewayError, countRateLimited } from './metrics';
import {
  clientAddress,
  createRateLimiter,
  DEFAULT_FAILED_SIGN_INS_PER_MINUTE,
  retryAfterSeconds,
  type RateLimiter,
} from './rate-limit';

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

/** How many verified tokens the gateway remembers (about 1 kB each). */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Resolves the caller of an Authorization header: anonymous without one, the token's subject with a valid one
 * (`verifyIdentityToken`: signature, issuer, audience, time, reserved subjects and the reserved role `service`).
 *
 * A client sends the same token with every request until it expires, and checking its signature was the larger part
 * of sign-in's CPU per request. So a token that passed is remembered, by its exact text, until it expires: everything
 * the check found depends on the text alone except time, and time is checked again on every use (`exp`, without the
 * clock tolerance). A token that failed is never remembered: the failed sign-in
 * limit counts each attempt.
 */
export function createBearerVerifier(options: SignInOptions | undefined, now: () => number = Date.now) {
  const algorithms = options?.algorithms ?? DEFAULT_ALGORITHMS;
  const refused = algorithms.filter((alg) => NEVER_ACCEPTED_ALGORITHMS.test(alg));
  if (refused.length) throw new Error(`Sign-in: algorithms ${refused.join(', ')} are never accepted.`);
  let keys: JWTVerifyGetKey | undefined;
  if (options?.jwksUrl) keys = createRemoteJWKSet(new URL(options.jwksUrl));
  else if (options?.jwks) keys = createLocalJWKSet(options.jwks);
  const expected = { issuer: options?.issuer ?? '', audience: options?.audience ?? DEFAULT_AUDIENCE, algorithms };
  const verified = new Map<string, { caller: Caller; validUntil: number }>();

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
    const token = match[1]!;
    const known = verified.get(token);
    if (known) {
      if (known.validUntil > now()) return known.caller;
      verified.delete(token);
      throw new AuthenticationError(
        'Tokenet er utløpt; logg inn på nytt. / The token has expired ("exp" is past); get a new one from the ' +
          'identity provider.',
      );
    }
    const caller = await verifyIdentityToken(token, keys, expected, options);
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    // Its lifetime (exp - iat) is within the longest accepted, so it is never too old before it expires.
    verified.set(token, { caller, validUntil: decodeJwt(token).exp! * 1000 });
    return caller;
  };
}

export interface SignInLimits {
  /** Refused tokens per minute per client address; past it, every request with a token is refused with 429. */
  failedPerMinute: number;
  /** The clock, in milliseconds (tests). */
  now?: () => number;
  /** Where refusals are counted (default: this process's memory; with Redis, shared by every gateway). */
  limiter?: RateLimiter;
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
  const verify = createBearerVerifier(options, limits.now);
  const failures = limits.limiter ?? createRateLimiter({ now: limits.now });
  return async (req, res, next) => {
    const authorization = req.header('authorization');
    const key = `failed-sign-in:${clientAddress(req)}`;
    const carriesToken = authorization !== undefined && authorization.trim() !== '';
    const waitMs = carriesToken ? await failures.wait(key, limits.failedPerMinute) : 0;
    if (waitMs > 0) {
      const seconds = retryAfterSeconds(waitMs);
      logger.info('Refused sign-in: too many failed sign-ins from this address', { key });
      countRateLimited('failed_sign_in');
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
      // Counted before the answer, so the next request from this address (at any gateway) sees it.
      await failures.take(key, limits.failedPerMinute);
      const message = error instanceof AuthenticationError ? error.message : String(error);
      logger.info('Refused a token', { message });
      countGatewayError(ErrorCode.UNAUTHENTICATED);
      res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      res.status(401).json(unauthenticatedBody(message));
    }
  };
}
