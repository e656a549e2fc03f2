import type { ApolloServerPlugin } from '@apollo/server';
import { bilingualMessage, ErrorCode } from '@veiinn/contracts';
import type { RequestHandler } from 'express';

/** The two media types of a GraphQL response (GraphQL over HTTP, graphql.github.io/graphql-over-http). */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';

/**
 * The media type the client gets from the `Accept` header, decided as Apollo Server's `negotiator` does (highest
 * quality, then the most specific range, then `application/json` first on a tie); undefined when it accepts
 * neither. No `Accept` at all is `application/json` (the spec's SHOULD for legacy clients).
 */
export function responseMediaType(
  accept: string | undefined | null,
): typeof GRAPHQL_RESPONSE_JSON | typeof APPLICATION_JSON | undefined {
  if (!accept) return APPLICATION_JSON;
  const ranges = accept.split(',').map((part, order) => {
    const [range = '', ...parameters] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = parameters.find((p) => p.startsWith('q='));
    return { range, q: q ? Number(q.slice(2)) : 1, order };
  });
  // Quality and specificity of the most specific range that matches a type: 2 exact, 1 `application/*`, 0 `*/*`.
  const score = (type: string) => {
    let best: { q: number; specificity: number; order: number } | undefined;
    for (const { range, q, order } of ranges) {
      const specificity = range === type ? 2 : range === 'application/*' ? 1 : range === '*/*' ? 0 : -1;
      if (specificity < 0) continue;
      if (!best || specificity > best.specificity) best = { q, specificity, order };
    }
    return best && best.q > 0 ? best : undefined;
  };
  const graphql = score(GRAPHQL_RESPONSE_JSON);
  const json = score(APPLICATION_JSON);
  if (!graphql) return json && APPLICATION_JSON;
  if (!json) return GRAPHQL_RESPONSE_JSON;
  const prefersGraphql =
    graphql.q !== json.q
      ? graphql.q > json.q
      : graphql.specificity !== json.specificity
        ? graphql.specificity > json.specificity
        : graphql.order < json.order;
  return prefersGraphql ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
}

/** Whether the client gets `application/graphql-response+json` (see `responseMediaType`). */
export const acceptsGraphqlResponseJson = (accept: string | undefined | null): boolean =>
  responseMediaType(accept) === GRAPHQL_RESPONSE_JSON;

/**
 * 406 for an `Accept` that allows neither JSON type, before anything runs. Apollo Server answers that 406 too, but
 * only after it has executed the operation: a mutation sent with `Accept: text/html` was written, and its client
 * told it had failed.
 */
export function notAcceptableMiddleware(): RequestHandler {
  return (req, res, next) => {
    if (responseMediaType(req.headers.accept) !== undefined) return next();
    res.status(406).json({
      errors: [
        {
          message: bilingualMessage({
            nb: `Svaret kan bare sendes som ${GRAPHQL_RESPONSE_JSON} eller ${APPLICATION_JSON}; send en Accept-header som tillater en av dem.`,
            en: `The answer can only be ${GRAPHQL_RESPONSE_JSON} or ${APPLICATION_JSON}; send an Accept header that allows one of them.`,
          }),
          extensions: { code: ErrorCode.BAD_REQUEST },
        },
      ],
    });
  };
}

/**
 * The codes of GraphQL request errors of a well-formed GraphQL-over-HTTP request: a document that does not parse or
 * validate, variables that do not coerce, an operation name that names none. A request that is not well formed (no
 * `query`, unreadable JSON, a wrong method) keeps its 4xx. So does QUERY_TOO_COMPLEX: the gateway's limits refuse
 * to spend work on a document, like 413 for a body, and most of them answer before Apollo parses anything (kit's
 * `documentLimitsMiddleware`), so all of them keep one status, 400, whatever the media type.
 */
const REQUEST_ERROR_CODES: ReadonlySet<unknown> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * GraphQL over HTTP for `application/json`: the server SHOULD answer a well-formed request with 200 whatever GraphQL
 * request error it raises (the client cannot tell a 4xx of a proxy from one of GraphQL, so the status says only
 * that the request was read). Apollo Server answers 400, which the spec requires for
 * `application/graphql-response+json` alone; this plugin answers 200 instead when the client gets `application/json`.
 * Statuses that mean something to HTTP itself (401, 403, 413, 429, 503) are kept for both media types.
 */
export function graphqlOverHttpPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          if (acceptsGraphqlResponseJson(request.http?.headers.get('accept'))) return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((error) => REQUEST_ERROR_CODES.has(error.extensions?.code))) response.http.status = 200;
        },
      };
    },
  };
}
