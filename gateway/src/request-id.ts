import { REQUEST_ID_HEADER, requestIdentityOf } from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import type { RequestHandler } from 'express';

/**
 * The request's id, for every route: the client's `x-request-id` when it is well formed, else a fresh one (the
 * client's value then only in `res.locals.clientRequestId`, sanitised, and in one log line that links the two).
 * A client's id goes into logs, into the signed statement of the caller to each subgraph and into the audit log:
 * unchecked, a long one made the audit write fail, and a very long one made the subgraphs' headers too large.
 * The id used is echoed in the response's `x-request-id`, so a client can quote it.
 */
export function requestIdMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const { requestId, clientRequestId } = requestIdentityOf(req.header(REQUEST_ID_HEADER));
    res.locals.requestId = requestId;
    if (clientRequestId !== undefined) {
      res.locals.clientRequestId = clientRequestId;
      logger.info('Replaced a malformed x-request-id', { requestId, clientRequestId });
    }
    res.setHeader(REQUEST_ID_HEADER, requestId);
    next();
  };
}
