import {
  AuthenticationError,
  ConfigError,
  createIdentityVerifier,
  getEnvOptionalStr,
  forbiddenBody,
  unauthenticatedBody,
  type Caller,
  type IdentityProviderOptions,
  type Logger,
} from '@veiinn/kit';
import type { NextFunction, Request, Response } from 'express';

/** `aud` of the identity provider's tokens for the NAV import (not the gateway's: a token for the graph is refused). */
export const INGEST_AUDIENCE = 'veiinn-nav-ingest';
/** The scope a partner system needs to import (NAV's own system, client credentials). */
export const INGEST_SCOPE = 'nav:ingest';

/** How the import checks its callers: the identity provider (its audience is always INGEST_AUDIENCE), and NAV's orgno. */
export type IngestAuthOptions = Omit<IdentityProviderOptions, 'audience'> & {
  /**
   * NAV's organisation number (`NAV_INGEST_ORGNO`, nine digits). When set, a partner system's token must carry this
   * `orgno`: the `nav:ingest` scope alone, granted to another organisation's system, does not let it import.
   * NAV staff are not affected.
   */
  orgno?: string;
};

/**
 * NAV_INGEST_JWKS_URL and NAV_INGEST_JWT_ISSUER: the identity provider that vouches for the import's callers;
 * NAV_INGEST_ORGNO (optional, nine digits): NAV's organisation number, which a partner system's token must carry.
 */
export function readIngestAuth(vars: Record<string, string | undefined>): IngestAuthOptions | undefined {
  const jwksUrl = getEnvOptionalStr('NAV_INGEST_JWKS_URL', vars);
  const issuer = getEnvOptionalStr('NAV_INGEST_JWT_ISSUER', vars);
  const orgno = getEnvOptionalStr('NAV_INGEST_ORGNO', vars);
  if (orgno !== undefined && !/^\d{9}$/.test(orgno)) {
    throw new ConfigError(`NAV_INGEST_ORGNO must be an organisation number of nine digits, got "${orgno}".`);
  }
  if (!jwksUrl && !issuer) {
    if (orgno !== undefined) {
      throw new ConfigError(
        'NAV_INGEST_ORGNO needs NAV_INGEST_JWKS_URL and NAV_INGEST_JWT_ISSUER: without them the import checks no token.',
      );
    }
    return undefined;
  }
  if (!jwksUrl || !issuer || !/^https?:\/\//.test(jwksUrl)) {
    throw new ConfigError('NAV_INGEST_JWKS_URL (an http(s) URL) and NAV_INGEST_JWT_ISSUER must be set together.');
  }
  return { jwksUrl, issuer, ...(orgno !== undefined && { orgno }) };
}

/**
 * Who may import: NAV's staff, or a partner system granted the `nav:ingest` scope (and, when `orgno` is given,
 * NAV's own: its token's `orgno` is NAV's).
 */
export function mayIngest(caller: Caller, orgno?: string): boolean {
  if (caller.roles.includes('nav-staff')) return true;
  return (
    caller.roles.includes('partner-system') &&
    (caller.scope ?? '').split(/\s+/).includes(INGEST_SCOPE) &&
    (orgno === undefined || caller.orgno === orgno)
  );
}

/**
 * Guards `POST /ingest/deltakere`: a bearer JWT of the identity provider for `veiinn-nav-ingest`, with a role that
 * may import. 401 UNAUTHENTICATED without a valid token, 403 FORBIDDEN for another role (or, with `options.orgno`,
 * a partner system of another organisation). Without `options` the route is open (tests, development without
 * trust), and a warning says so at start.
 */
export function ingestGuard(options: IngestAuthOptions | undefined, logger: Logger) {
  if (!options) {
    logger.warn(
      'The NAV import (POST /ingest/deltakere) is open to anyone: set NAV_INGEST_JWKS_URL and NAV_INGEST_JWT_ISSUER',
    );
    return (_req: Request, _res: Response, next: NextFunction) => next();
  }
  const { orgno, ...identityProvider } = options;
  const verify = createIdentityVerifier({ ...identityProvider, audience: INGEST_AUDIENCE });
  return async (req: Request, res: Response, next: NextFunction) => {
    let caller: Caller;
    try {
      caller = await verify(req.header('authorization'));
    } catch (error) {
      const message = error instanceof AuthenticationError ? error.message : String(error);
      logger.warn('Refused an import without a valid token', { message });
      res.status(401).json(unauthenticatedBody(message));
      return;
    }
    if (!mayIngest(caller, orgno)) {
      logger.warn('Refused an import by a caller without the right', {
        sub: caller.sub,
        roles: caller.roles,
        orgno: caller.orgno,
      });
      res
        .status(403)
        .json(
          forbiddenBody(
            `Du har ikke tilgang til NAV-importen. / Only NAV staff, or ${orgno ? `NAV's own partner system (organisation number ${orgno})` : 'a partner system'} with the scope "${INGEST_SCOPE}", may import.`,
          ),
        );
      return;
    }
    next();
  };
}
