import {
  AUDIT_WRITER,
  AuthenticationError,
  CALLER_HEADER,
  createCallerVerifier,
  forbiddenBody,
  unauthenticatedBody,
  type Logger,
  type SubgraphTrustOptions,
} from '@veiinn/kit';
import type { RequestHandler } from 'express';

/** The hub's subgraph name: the audience of the gateway's tokens it accepts (kept here to avoid a cycle). */
const INTAKE_AUDIENCE = 'intake';

/**
 * Guards a route of the hub beside /graphql that only the gateway itself calls (`POST /audit`, `GET /changes`): with
 * service trust, only the gateway's own token (caller `veiinn-gateway`, role `service`, audience `intake`) passes;
 * 401 without a valid token, 403 for any other caller, a person's token forwarded by the gateway included. Without
 * trust (tests, development) it lets everyone through.
 */
export function gatewayOnly(
  trust: SubgraphTrustOptions | undefined,
  logger: Logger,
  route: { forbidden: string; refused: string },
): RequestHandler {
  const verifyCaller = trust && createCallerVerifier(INTAKE_AUDIENCE, trust);
  return async (req, res, next) => {
    if (!verifyCaller) return next();
    try {
      const caller = await verifyCaller(req.header(CALLER_HEADER));
      if (caller.sub !== AUDIT_WRITER.sub || !caller.roles.includes('service')) {
        logger.warn(`${route.refused} from another caller than the gateway`, { sub: caller.sub });
        res.status(403).json(forbiddenBody(route.forbidden));
        return;
      }
    } catch (error) {
      const message = error instanceof AuthenticationError ? error.message : String(error);
      logger.warn(`${route.refused} without a valid gateway token`, { message });
      res.status(401).json(unauthenticatedBody(message));
      return;
    }
    next();
  };
}
