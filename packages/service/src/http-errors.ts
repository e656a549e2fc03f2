import type { ErrorRequestHandler, Express, RequestHandler } from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, ErrorCode } from '@veiinn/contracts';
import type { Logger } from './logger';

/** What Express's body parsers and router put on an error they raise (see the `http-errors` package). */
interface HttpError {
  status?: number;
  statusCode?: number;
  /** body-parser's kind of refusal, e.g. `entity.too.large`. */
  type?: string;
  /** The body limit, on `entity.too.large`. */
  limit?: number;
}

/** A client's mistake the parsers name, by body-parser's `type`: status, code and a message (nb / en). */
const BODY_REFUSALS: Record<string, (error: HttpError) => [number, string, string, Record<string, unknown>?]> = {
  'entity.too.large': ({ limit }) => [
    413,
    ErrorCode.PAYLOAD_TOO_LARGE,
    `Forespørselen er for stor (høyst ${limit} byte). / The request body is too large (at most ${limit} bytes): ` +
      'send a smaller operation or fewer variables, or split the request.',
    { max: limit },
  ],
  'entity.parse.failed': () => [
    400,
    ErrorCode.BAD_REQUEST,
    'Forespørselen er ikke gyldig JSON. / The request body is not valid JSON.',
  ],
  'charset.unsupported': () => [
    415,
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'Tegnsettet støttes ikke; send UTF-8. / Unsupported charset: send the body as UTF-8.',
  ],
  'encoding.unsupported': () => [
    415,
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    'Innholdskodingen støttes ikke. / Unsupported content-encoding: send the body as it is, or gzip, deflate or br.',
  ],
  'request.aborted': () => [400, ErrorCode.BAD_REQUEST, 'Forespørselen ble avbrutt. / The request was aborted.'],
  'request.size.invalid': () => [
    400,
    ErrorCode.BAD_REQUEST,
    'Lengden på forespørselen stemmer ikke med content-length. / The body does not match its content-length.',
  ],
};

/** The code of any other client error, by status. */
const CODE_BY_STATUS: Record<number, string> = {
  400: ErrorCode.BAD_REQUEST,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Express's last error handler for every Veiinn process (gateway, subgraphs, issuer). Express's own answers with an
 * HTML page that, outside production, holds the stack trace and the server's file paths; this one answers JSON in
 * every mode: a client's mistake (a body that cannot be read, a bad URL) with its 4xx status and code, logged at
 * info; anything else with 500 INTERNAL_SERVER_ERROR and a correlation id, logged at error level with its details.
 * Nothing of the error itself reaches the client: messages of parsers can echo what the client sent.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // A response already under way cannot become an error; Express's handler then only closes the connection.
    if (res.headersSent) return next(error);
    const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = httpError.status ?? httpError.statusCode;
    const refusal = httpError.type !== undefined ? BODY_REFUSALS[httpError.type] : undefined;
    if (refusal || (status !== undefined && status >= 400 && status < 500)) {
      const [answer, code, message, extensions] = refusal?.(httpError) ?? [
        status!,
        CODE_BY_STATUS[status!] ?? ErrorCode.BAD_REQUEST,
        'Forespørselen kan ikke leses. / The request cannot be read.',
      ];
      logger.info('Refused a request that cannot be read', { method: req.method, status: answer, code });
      res.status(answer).json(errorBody(code, message, extensions));
      return;
    }
    const correlationId = randomUUID();
    logger.error('Unhandled error in an HTTP route', {
      correlationId,
      method: req.method,
      path: req.path,
      error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
    });
    res.status(500).json(
      errorBody(
        ErrorCode.INTERNAL_SERVER_ERROR,
        `Intern feil. Referanse: ${correlationId} / Internal error. Reference: ${correlationId}`,
        {
          correlationId,
        },
      ),
    );
  };
}

/** The answer for a route that does not exist, in JSON like every other error (Express's own is an HTML page). */
export const jsonNotFound: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody(ErrorCode.NOT_FOUND, 'Adressen finnes ikke. / No such route on this server.'));
};

/** Ends an Express app: a JSON 404 for every route not served above, and the JSON error handler. Call it last. */
export function useJsonErrors(app: Express, logger: Logger): void {
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(logger));
}

/**
 * Node's HTTP parser refuses some requests before any route sees them: headers over the size limit (431), a request
 * it cannot parse (400). Its own answer has no body at all. Answered here as every other refusal is: JSON, a code, and
 * a message in bokmål and English; then the connection is closed (the parser cannot find the next request on it).
 */
export function answerClientErrorsAsJson(server: Server): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const [status, reason, code, message] = tooLarge
      ? [
          431,
          'Request Header Fields Too Large',
          ErrorCode.BAD_REQUEST,
          'Forespørselen har for store hoder (for eksempel et for langt token eller for mange informasjonskapsler). / ' +
            'The request headers are too large (for example a token that is too long, or too many cookies).',
        ]
      : [
          400,
          'Bad Request',
          ErrorCode.BAD_REQUEST,
          'Forespørselen er ikke gyldig HTTP. / The request is not valid HTTP.',
        ];
    const body = JSON.stringify(errorBody(code, message));
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
}
