import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DateScalar, DateTimeScalar, type Caller } from '@veiinn/contracts';
import { type Logger } from '@veiinn/service';
import { isScalarType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { Circuit } from './circuit';
import { collapseKey, InFlight } from './collapse';
import { SubgraphTimeoutError } from './subgraph-fetch';
import { SubgraphUnavailableError, unavailableAnswer, type UnavailableReason } from './unavailable';
import { timeSubgraphFetch } from './metrics';

/**
 * A client's mistakes that Apollo Gateway reports as internal errors, answered here as what they are, before
 * anything is planned or sent to a subgraph: a variable that the custom scalars refuse (an operation that cannot be
 * resolved and a subscription are refused by the kit's operation-rules.ts, in the subgraphs too). And a subgraph that does not answer, named, instead of a masked internal error.
 */

/**
 * The gateway's API schema types the project's custom scalars (packages/contracts/src/scalars.ts) as bare scalars, which
 * accept any value: `"2026-02-30"` passed the gateway, the subgraph refused it with HTTP 400, and the gateway masked
 * that as an internal error. Giving the API schema the kit's parsing makes Apollo (literals, at validation) and the
 * gateway (variables, before planning) refuse such a value with BAD_USER_INPUT naming the variable and the field,
 * with HTTP 400 and nothing sent anywhere. This, rather than passing a subgraph's 4xx codes through: coercing the
 * client's input is the job of the server the client talks to, before execution starts; a subgraph's 400 comes
 * after the plan has started (another subgraph's mutation may already have run), and it answers the gateway's
 * planned operation, not the client's, so its message can name variables the client never sent; and a subgraph's
 * HTTP error says something about the gateway's request, which is the operator's problem and stays masked. Only
 * parsing is taken: values are still sent to the subgraphs as the client wrote them, and results are not touched.
 */
const KIT_SCALARS = [DateScalar, DateTimeScalar];

export function parseKitScalarsAt(apiSchema: GraphQLSchema): void {
  for (const kit of KIT_SCALARS) {
    const type = apiSchema.getType(kit.name);
    if (isScalarType(type) && !isSpecifiedScalarType(type)) {
      Object.assign(type, {
        parseValue: kit.parseValue,
        // A plain Error, so that graphql-js reports the literal's type and place ("Expected value of type "Date",
        // found ..."); it passes a GraphQLError on as it is, without either.
        parseLiteral: (...args: Parameters<typeof kit.parseLiteral>) => {
          try {
            return kit.parseLiteral(...args);
          } catch (error) {
            throw new Error(error instanceof Error ? error.message : String(error));
          }
        },
      });
    }
  }
}

/** Fetch statuses of a proxy in front of a subgraph that is not there. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/** Apollo's response type, which the gateway does not re-export. */
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as below
type PerRequest<TContext extends Record<string, any>> = NonNullable<
  RemoteGraphQLDataSource<TContext>['didReceiveResponse']
>;

type Config<TContext extends Record<string, any>> = ConstructorParameters<typeof RemoteGraphQLDataSource<TContext>>[0]; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How the data source of one subgraph guards the rest of the graph against it. */
export interface SubgraphGuard {
  circuit: Circuit;
  /** The subgraph's timeout, for the message a client reads. */
  timeoutMs: number;
}

/**
 * The data source for one subgraph. A subgraph that cannot be reached (connection refused, reset, no answer within
 * its timeout, or a proxy's 502/503/504) is SUBGRAPH_UNAVAILABLE naming the subgraph, not its URL, and is logged as a
 * warning with the URL and the cause: it is an outage to watch, not a bug in the gateway. Any other failure stays as
 * it was.
 *
 * Such a subgraph costs only the fields it owns: instead of failing the fetch (which Apollo Gateway reports as one
 * error without a path), the data source answers for it with no data and one error per missing field, with the path
 * Apollo maps into the client's response (see ./unavailable.ts); the rest of the plan goes on. The subgraph's
 * circuit (./circuit.ts) counts its failures and, open, answers that way at once without calling it. A query whose
 * connection failed (not one that timed out: that would double the wait) is tried once more, while the circuit
 * allows it; a mutation never is.
 *
 * Identical query requests in flight at once share one fetch (./collapse.ts: same planned query, variables and
 * caller as this subgraph sees it): under load many clients ask the same public page at the same moment. Each
 * request still gets an answer of its own (a copy, when it shared), and the configured `didReceiveResponse` (the audit log's, which takes the
 * reported reads out) runs once per request on it, so every request's reads are logged under its own caller. Shared
 * fetches are not reported to `onSubgraphFetch` and carry the first request's id to the subgraph's logs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint of RemoteGraphQLDataSource itself
export class SubgraphDataSource<TContext extends Record<string, any>> extends RemoteGraphQLDataSource<TContext> {
  private readonly inFlight = new InFlight<
    GatewayGraphQLResponse,
    { json: string; http: GatewayGraphQLResponse['http'] }
  >({
    freeze: ({ http, ...body }) => ({ json: JSON.stringify(body), http }),
    thaw: ({ json, http }) => ({ ...(JSON.parse(json) as GatewayGraphQLResponse), http }),
  });
  private readonly perRequest: PerRequest<TContext> | undefined;

  constructor(
    private readonly subgraph: string,
    private readonly logger: Logger,
    config: Config<TContext>,
    private readonly guard: SubgraphGuard = { circuit: new Circuit(), timeoutMs: 0 },
  ) {
    // The response hook runs in process() below, once per request, not once per shared fetch.
    const { didReceiveResponse, ...rest } = (config ?? {}) as NonNullable<Config<TContext>> & {
      didReceiveResponse?: PerRequest<TContext>;
    };
    super(rest);
    this.perRequest = didReceiveResponse;
  }

  override async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    const incoming = 'incomingRequestContext' in options ? options : undefined;
    const operation = incoming?.incomingRequestContext.operation?.operation;
    const { circuit } = this.guard;
    if (!circuit.allow()) return this.unavailable(options, 'circuit-open');
    const key = incoming
      ? collapseKey(this.subgraph, operation, options.request, (options.context as { caller?: Caller }).caller)
      : undefined;
    // Once per fetch, shared or not: the circuit counts the subgraph's answers, not the requests waiting for them.
    const fetchOnce = async () => {
      try {
        // Timed per fetch actually sent: a request that shares another's fetch is not a fetch of its own.
        const response = await timeSubgraphFetch(this.subgraph, () =>
          this.fetchWithRetry(options, operation === 'query'),
        );
        circuit.succeeded();
        return response;
      } catch (error) {
        if (error instanceof SubgraphUnavailableError) circuit.failed(error.reason);
        throw error;
      }
    };
    let response: GatewayGraphQLResponse;
    try {
      if (key === undefined) {
        response = await fetchOnce();
      } else {
        response = await this.inFlight.run(key, fetchOnce).result;
      }
    } catch (error) {
      if (error instanceof SubgraphUnavailableError) return this.unavailable(options, error.reason);
      throw error;
    }
    if (!this.perRequest) return response;
    return this.perRequest({
      response,
      request: options.request,
      context: options.context as TContext,
      ...(incoming && { pathInIncomingRequest: incoming.pathInIncomingRequest }),
    });
  }

  /** One more try for a query whose connection failed, if the circuit still lets calls through. */
  private async fetchWithRetry(
    options: GraphQLDataSourceProcessOptions<TContext>,
    mayRetry: boolean,
  ): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!mayRetry || !(error instanceof SubgraphUnavailableError) || error.reason !== 'unreachable') throw error;
      if (this.guard.circuit.state !== 'closed') throw error;
      this.logger.info('Trying a query again after a failed connection', { subgraph: this.subgraph });
      return await super.process(options);
    }
  }

  /** The answer for a subgraph that is not there: no data, an error on each field it would have given. */
  private unavailable(
    options: GraphQLDataSourceProcessOptions<TContext>,
    reason: UnavailableReason,
  ): GatewayGraphQLResponse {
    return unavailableAnswer(
      { subgraph: this.subgraph, reason, timeoutMs: this.guard.timeoutMs },
      options.request,
      'document' in options ? options.document : undefined,
    );
  }

  override didEncounterError(
    error: Error,
    fetchRequest: Parameters<RemoteGraphQLDataSource<TContext>['didEncounterError']>[1],
    fetchResponse?: Parameters<RemoteGraphQLDataSource<TContext>['didEncounterError']>[2],
  ): void {
    if (fetchResponse !== undefined && !UNAVAILABLE_STATUSES.has(fetchResponse.status)) throw error;
    const reason: UnavailableReason =
      error instanceof SubgraphTimeoutError ? 'timeout' : fetchResponse ? 'proxy-error' : 'unreachable';
    this.logger.warn('A subgraph is unavailable', {
      subgraph: this.subgraph,
      url: fetchRequest.url,
      reason,
      status: fetchResponse?.status,
      error: String((error as { cause?: unknown }).cause ?? error.message),
    });
    throw new SubgraphUnavailableError(this.subgraph, reason);
  }
}
