import {
  ANONYMOUS_CALLER,
  AuthenticationError,
  callerFromClaims,
  describeTokenError,
  unauthenticatedBody,
  type Caller,
  type Logger,
} from '@veiinn/kit';
import type { RequestHandler } from 'express';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';

/** How the gateway checks the bearer tokens of callers: whose keys, which issuer, for which audience. */
export interface SignInOptions {
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
/** A shared secret would let anyone who knows it mint tokens, and "none" is no signature at all. */
const NEVER_ACCEPTED = /^(none|HS\d+)$/i;
/**
 * The role of our own services (the gateway, the hub), never of a person: subgraphs let it read everything and the
 * audit log skips it, so a token from the identity provider that carries it is refused.
 */
const RESERVED_ROLE = 'service';

/** Resolves the caller of an Authorization header: anonymous without one, the token's subject with a valid one. */
export function createBearerVerifier(options: SignInOptions | undefined) {
  const algorithms = options?.algorithms ?? DEFAULT_ALGORITHMS;
  const refused = algorithms.filter((alg) => NEVER_ACCEPTED.test(alg));
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
    try {
      const { payload } = await jwtVerify(match[1], keys, {
        issuer: expected.issuer,
        audience: expected.audience,
        algorithms,
        requiredClaims: ['exp', 'sub'],
      });
      const caller = callerFromClaims(payload);
      if (caller.roles.includes(RESERVED_ROLE)) {
        throw new AuthenticationError(
          'Tokenet har rollen «service», som bare våre egne tjenester har. / The token carries the role "service", which is reserved for our own services and never given at sign-in.',
        );
      }
      return caller;
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(describeTokenError(error, expected));
    }
  };
}

/**
 * Express middleware in front of Apollo: puts the verified caller in `res.locals.caller`, or answers HTTP 401 with
 * a GraphQL error (UNAUTHENTICATED) before the query is planned, so no subgraph is called for a refused token.
 */
export function signInMiddleware(options: SignInOptions | undefined, logger: Logger): RequestHandler {
  const verify = createBearerVerifier(options);
  return async (req, res, next) => {
    try {
      res.locals.caller = await verify(req.header('authorization'));
      next();
    } catch (error) {
      const message = error instanceof AuthenticationError ? error.message : String(error);
      logger.info('Refused a token', { message });
      res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
      res.status(401).json(unauthenticatedBody(message));
    }
  };
}
