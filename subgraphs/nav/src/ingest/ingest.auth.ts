import {
  AuthenticationError,
  createIdentityVerifier,
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
