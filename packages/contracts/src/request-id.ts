import { randomUUID } from 'node:crypto';

/** The header that carries a request's id, from the client to the gateway and from the gateway to a subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What a request id may look like: short, and only characters that are safe in a log line, a header, a token claim
 * and the audit log's `requestId` column (100 characters). A UUID fits.
 */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,64}$/;

/** Longest part of a refused id that is kept, for the logs only. */
const CLIENT_ID_MAX = 64;

export const isWellFormedRequestId = (value: unknown): boolean => typeof value === 'string' && WELL_FORMED.test(value);

export interface RequestIdentity {
  /** The id this process uses for the request: the one it received if well formed, else a fresh UUID. */
  requestId: string;
  /**
   * A received id that was not used, with every character outside printable ASCII replaced by `?` and cut to 64:
   * enough to find the client's own logs, never enough to fill a log line or break one.
   */
  clientRequestId?: string;
}

/**
 * The id of a request from the `x-request-id` it came with: taken as it is only when well formed, since it ends up
 * in logs, in the gateway's tokens to the subgraphs and in the audit log; otherwise a fresh one, and the client's
 * value only as `clientRequestId`.
 */
export function requestIdentityOf(received: string | undefined): RequestIdentity {
  if (received === undefined || received === '') return { requestId: randomUUID() };
  if (isWellFormedRequestId(received)) return { requestId: received };
  return {
    requestId: randomUUID(),
    clientRequestId: received.slice(0, CLIENT_ID_MAX).replace(/[^\x20-\x7e]/g, '?'),
  };
}
