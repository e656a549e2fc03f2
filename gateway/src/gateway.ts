import {
  ApolloGateway,
  type Experimental_DidResolveQueryPlanCallback,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ANONYMOUS_CALLER,
  CALLER_HEADER,
  createErrorFormatter,
  generateSigningKey,
  jwksOf,
  signCallerToken,
  callerFor,
  type Caller,
  type RedisSettings,
  type SigningKey,
} from '@veiinn/contracts';
import {
  BoundedCache,
  createLogger,
  documentLimitsMiddleware,
  GATEWAY_OPERATION_LIMITS,
  injectTraceContext,
  listenGraphQL,
  KnownOperationTypesRule,
  nulCharacterPlugin,
  operationResolutionPlugin,
  operationLimitsPlugin,
  parseOptionsFor,
  serverSpanMiddleware,
  type CacheStats,
  DOCUMENT_CACHE_BYTES,
  type Logger,
  type OperationLimits,
  type RunningServer,
  useJsonErrors,
} from '@veiinn/service';
import cors from 'cors';
import { createAuditTrail, type AuditOptions } from './audit';
import express from 'express';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { authorizationPlugin, GATEWAY_POLICIES, type AccessPolicy, type AuthorizationMode } from './authorization';
import { parseKitScalarsAt, SubgraphDataSource } from './client-errors';
import { graphqlOverHttpPlugin, notAcceptableMiddleware } from './graphql-over-http';
import { letterRoute } from './letter-route';
import {
  gatewayMetrics,
  gatewayMetricsHandler,
  gatewayMetricsPlugin,
  operationNamesOf,
  setCircuitState,
} from './metrics';
import { GRAPHIQL_ASSET_PATH, graphiqlRoutes, type GraphiqlOptions } from './graphiql';
import {
  DEFAULT_FAILED_SIGN_INS_PER_MINUTE,
  DEFAULT_RATE_LIMITS,
  rateLimitMiddleware,
  type RateLimitOptions,
} from './rate-limit';
import { requestIdMiddleware } from './request-id';
import { openGatewaySharedState, rateLimiterFor } from './shared-rate-limit';
import { createResponseCache, DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from './response-cache';
import { signInMiddleware, type SignInOptions } from './sign-in';
import { createSubgraphFetchers } from './subgraph-fetch';
import { Circuit, DEFAULT_CIRCUIT, type CircuitOptions, type CircuitState } from './circuit';
import { supergraphFromFile } from './supergraph-source';
import { trustedDocumentsMiddleware, type TrustedDocumentsOptions } from './trusted-documents';

/** One request the gateway sent to a subgraph: which subgraph, for which client request. */
export interface SubgraphFetch {
  subgraph: string;
  requestId: string;
}

export interface GatewayOptions {
  /** Path of the composed supergraph (schema/supergraph.graphql); reloaded when the file changes. */
  supergraphPath: string;
  /** Overrides the subgraph URLs of the supergraph by name, e.g. `{ intake: 'http://127.0.0.1:5123/graphql' }`. */
  subgraphUrls?: Record<string, string>;
  /** How often the supergraph file is checked for changes. */
  pollIntervalMs?: number;
  /** Browser origins allowed to call the gateway; `['*']` allows any (development). */
  corsOrigins?: string[];
  /** Production mode: no introspection, and GraphiQL off unless `graphiql.enabled` says otherwise. */
  production?: boolean;
  /**
   * The GraphiQL page at `GET /graphql` for a browser, served from the gateway with no outside host (./graphiql.ts).
   * Default: on outside production, off in production. Apollo's own landing page (Sandbox, from Apollo's CDN) is
   * always off.
   */
  graphiql?: Partial<GraphiqlOptions>;
  /** Called for every fetch to a subgraph; tests use it to check the query plan's route. */
  onSubgraphFetch?: (fetch: SubgraphFetch) => void;
  logger?: Logger;
  /** How bearer tokens are checked. Without it every caller is anonymous, and a request with a token is refused. */
  signIn?: SignInOptions;
  /**
   * The key the gateway signs its statement of the caller with (header `x-veiinn-caller`, one token per subgraph
   * request); its public half is served at `/internal-jwks.json` for the subgraphs. A fresh in-memory key if absent.
   */
  internalKey?: SigningKey;
  /**
   * Depth, alias, root field and cost limits per operation, and tokens, fragments and directives per document
   * (default `GATEWAY_OPERATION_LIMITS`).
   */
  limits?: Partial<OperationLimits>;
  /** Largest request body accepted, in bytes (default 1 MB); a larger one is refused with HTTP 413. */
  bodyLimit?: number;
  /** Accept an array of operations in one request (default false: refused with HTTP 400). */
  allowBatching?: boolean;
  /** Requests per minute per identity and per anonymous address (default `DEFAULT_RATE_LIMITS`). */
  rateLimit?: RateLimitOptions;
  /**
   * How many proxies in front of the gateway to believe about the client's address (`X-Forwarded-For`), for the
   * per-address rate limit; 0 (default) uses the connection's address.
   */
  trustProxy?: number;
  /** Registered documents and who must use them (default: none registered, anyone may send any operation). */
  trustedDocuments?: TrustedDocumentsOptions;
  /** The named policies of `@policy` (default `GATEWAY_POLICIES`); a name not here refuses everyone. */
  policies?: Readonly<Record<string, AccessPolicy>>;
  /**
   * `mode: 'partial'` (default, env GATEWAY_AUTHORIZATION_MODE): refused fields are null with an error each and the
   * rest runs; `'reject'`: any refused field refuses the whole operation (401/403). See ./authorization.ts.
   */
  authorization?: { mode?: AuthorizationMode };
  /** Where the audit log of reads of personal data is written (default: the hub's `/audit`); see ./audit.ts. */
  audit?: AuditOptions;
  /**
   * Bytes of parsed and validated client documents kept, as JSON (default `DOCUMENT_CACHE_BYTES`, env
   * GATEWAY_DOCUMENT_CACHE_MIB): a bound on the heap that unique query texts can fill.
   */
  documentCacheBytes?: number;
  /** Bytes of query plans kept, as JSON (default `DOCUMENT_CACHE_BYTES`, env GATEWAY_QUERY_PLAN_CACHE_MIB). */
  queryPlanCacheBytes?: number;
  /**
   * Whole answers to anonymous queries, emptied on every change the hub tells of; see ./response-cache.ts. Off
   * unless given (tests write to the subgraphs' databases directly, which no change notice tells of); `npm start`
   * turns it on (env GATEWAY_RESPONSE_CACHE, GATEWAY_RESPONSE_CACHE_TTL_MS, GATEWAY_RESPONSE_CACHE_MIB), with the
   * other settings from `DEFAULT_RESPONSE_CACHE` (30 s, 16 MiB).
   */
  responseCache?: Partial<ResponseCacheOptions>;
  /**
   * How long the gateway waits for a subgraph's whole answer, in ms (default `DEFAULT_SUBGRAPH_TIMEOUT_MS`), and per
   * subgraph by name (env GATEWAY_SUBGRAPH_TIMEOUT_MS, SUBGRAPH_<NAME>_TIMEOUT_MS). A subgraph that has not answered
   * by then costs only its own fields (see ./client-errors.ts).
   */
  subgraphTimeouts?: { defaultMs?: number; bySubgraph?: Record<string, number> };
  /** When a subgraph's circuit opens and for how long (default `DEFAULT_CIRCUIT`); see ./circuit.ts. */
  circuit?: Partial<CircuitOptions>;
  /** Told whenever a subgraph's circuit changes state (the logs hear of it anyway). */
  onCircuitChange?: (subgraph: string, state: CircuitState) => void;
  /** Redis for the rate limits, shared by every gateway behind one address (env REDIS_URL); see docs/operations.md. */
  redis?: RedisSettings;
}

/**
 * Ten seconds: long enough for the slowest honest answer seen here (a hundred aliased writes on a loaded machine),
 * short enough that a provider that hangs does not hold a person's page for long. Apollo Router's default is 30 s.
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

/**
 * Apollo Gateway sends usage metrics to Apollo's servers and probes the cloud providers' metadata addresses
 * (169.254.169.254) unless `APOLLO_TELEMETRY_DISABLED` is set. A graph of vulnerable people's data reports nothing to
 * anyone outside the municipality, and its hosts have no business asking a cloud for metadata: off unless an operator
 * sets the variable to something else on purpose.
 */
export function disableApolloTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED ??= 'true';
}

export const DEFAULT_BODY_LIMIT = 1_000_000;

/** @apollo/query-planner's type, which the gateway does not re-export. */
type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'];

interface GatewayContext {
  /** Well formed: the client's `x-request-id` or one of the gateway's own (see ./request-id.ts). */
  requestId: string;
  /** A malformed `x-request-id` the client sent instead, sanitised: for the logs only. */
  clientRequestId?: string;
  caller: Caller;
}

/**
 * The gateway's HTTP server: GraphQL at /graphql over the composed supergraph, and /health.
 * Creating it binds nothing; `listen` does.
 */
export function createGatewayServer(options: GatewayOptions) {
  const logger = options.logger ?? createLogger('gateway');
  const formatError = createErrorFormatter(logger);
  const supergraph = supergraphFromFile(options.supergraphPath, logger, options.pollIntervalMs);
  // Apollo's defaults are 30 MiB of JSON each, about 120 MB of heap each once unique query texts have filled them
  // (see DOCUMENT_CACHE_BYTES). The query plan cache is cleared by the gateway when the supergraph changes.
  const documents = new BoundedCache<DocumentNode>(options.documentCacheBytes ?? DOCUMENT_CACHE_BYTES);
  const queryPlans = new BoundedCache<QueryPlan>(options.queryPlanCacheBytes ?? DOCUMENT_CACHE_BYTES);
  let responses: ReturnType<typeof createResponseCache> | undefined;
  return {
    supergraph: supergraph.state,
    /** How full the document and query plan caches are. */
    caches(): { documents: CacheStats; queryPlans: CacheStats } {
      return { documents: documents.stats(), queryPlans: queryPlans.stats() };
    },
    /** The response cache's contents and counts (hits, shared, misses, clears), once listening. */
    responseCache: () => responses?.stats(),
    async listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      const internalKey = options.internalKey ?? (await generateSigningKey('EdDSA'));
      // One circuit per subgraph name, kept across supergraph reloads (Apollo builds new data sources for each).
      const circuits = new Map<string, Circuit>();
      const circuitFor = (name: string) => {
        let circuit = circuits.get(name);
        if (!circuit) {
          circuit = new Circuit({ ...DEFAULT_CIRCUIT, ...options.circuit }, (state) => {
            const meta = { subgraph: name, state };
            if (state === 'open') logger.warn('A subgraph circuit opened: it is not called for now', meta);
            else logger.info('A subgraph circuit changed state', meta);
            setCircuitState(name, state);
            options.onCircuitChange?.(name, state);
          });
          circuits.set(name, circuit);
        }
        return circuit;
      };
      const timeoutFor = (name: string) =>
        options.subgraphTimeouts?.bySubgraph?.[name] ??
        options.subgraphTimeouts?.defaultMs ??
        DEFAULT_SUBGRAPH_TIMEOUT_MS;
      const audit = createAuditTrail({
        ...options.audit,
        internalKey,
        logger,
        // A hub known to be down fails the write at once instead of after the write's own timeout.
        hubDown: () => circuitFor('intake').state === 'open',
      });
      const responseCache = createResponseCache(
        { ...DEFAULT_RESPONSE_CACHE, enabled: options.responseCache !== undefined, ...options.responseCache },
        { internalKey, logger, supergraphHash: () => supergraph.state.hash, auditPending: audit.pendingFor },
      );
      responses = responseCache;
      const metrics = gatewayMetrics();
      metrics.registerOperationNames(operationNamesOf(options.trustedDocuments?.documents ?? {}));
      const unwatchCache = metrics.watchResponseCache(() => responseCache.stats());
      // The hub's base URL, for the letter route; learnt from its data source like the audit log's.
      let hubUrl: string | undefined;
      disableApolloTelemetry();
      const fetchers = createSubgraphFetchers();
      const gateway = new ApolloGateway({
        supergraphSdl: supergraph.hook,
        queryPlannerConfig: { cache: queryPlans },
        // Apollo's own spans (with tracing on, see the kit's tracing.ts) without the document or the errors: a
        // document's literals and an error's message can hold personal data. Apollo's defaults, stated.
        telemetry: { includeDocument: false, recordExceptions: false },
        logger: {
          debug: () => undefined,
          info: (m) => logger.info(String(m)),
          warn: (m) => logger.warn(String(m)),
          error: (m) => logger.error(String(m)),
        },
        buildService: ({ name, url }) => {
          audit.subgraph(name, options.subgraphUrls?.[name] ?? url);
          metrics.subgraph(name);
          if (name === 'intake') hubUrl = (options.subgraphUrls?.[name] ?? url)?.replace(/\/graphql\/?$/, '');
          if (name === 'intake') responseCache.watchHub(options.subgraphUrls?.[name] ?? url);
          return new SubgraphDataSource<GatewayContext>(
            name,
            logger,
            {
              url: options.subgraphUrls?.[name] ?? url,
              fetcher: fetchers.forSubgraph(timeoutFor(name)),
              didReceiveResponse: audit.didReceiveResponse(name),
              willSendRequest: async ({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) => {
                const requestId =
                  'requestId' in context && typeof context.requestId === 'string' ? context.requestId : randomUUID();
                const caller = 'caller' in context && context.caller ? context.caller : ANONYMOUS_CALLER;
                request.http?.headers.set('x-request-id', requestId);
                // The gateway.fetch span is active here: the subgraph's server span continues it (no-op untraced).
                injectTraceContext(request.http?.headers);
                // Audience = this subgraph: a token one subgraph receives cannot be replayed against another.
                request.http?.headers.set(
                  CALLER_HEADER,
                  await signCallerToken(internalKey, { audience: name, caller: callerFor(name, caller), requestId }),
                );
                options.onSubgraphFetch?.({ subgraph: name, requestId });
              },
            },
            { circuit: circuitFor(name), timeoutMs: timeoutFor(name) },
          );
        },
      });
      // Which supergraph version each API schema was built from, so a request is checked against the rules of the
      // schema it was validated on, even while the file is being swapped. Registered before Apollo starts: the
      // gateway reports the first schema from inside `start()`, and every later one before Apollo serves it.
      const sdlBySchema = new WeakMap<GraphQLSchema, string>();
      let currentSchema: GraphQLSchema | undefined;
      gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
        parseKitScalarsAt(apiSchema);
        sdlBySchema.set(apiSchema, coreSupergraphSdl);
        currentSchema = apiSchema;
      });
      const rulesFor = (schema: GraphQLSchema) => {
        const sdl = sdlBySchema.get(schema);
        return sdl === undefined ? undefined : supergraph.rulesFor(sdl);
      };
      const limits = { ...GATEWAY_OPERATION_LIMITS, ...options.limits };
      const app = express();
      if (options.trustProxy) app.set('trust proxy', options.trustProxy);
      app.use(requestIdMiddleware(logger));
      // With tracing on (the kit's tracing.ts): a server span per request, continuing a client's traceparent.
      const span = serverSpanMiddleware('/graphql');
      if (span) app.use('/graphql', span);
      const httpServer = createServer(app);
      const apollo = new ApolloServer<GatewayContext>({
        // Signals are handled once, by runUntilSignal in main.ts; Apollo's own handler would race it and hang the stop.
        stopOnTerminationSignals: false,
        gateway,
        // A subgraph that answers with an HTTP error (e.g. 401: it does not trust this gateway's key) is the
        // operator's problem, not the client's: mask it like any internal failure, so neither its code nor its
        // URL (Apollo Gateway attaches the response as `extensions.response`) reaches the client.
        formatError: (formatted, error) => {
          if (!formatted.extensions?.response) return formatError(formatted, error);
          const { code: _code, response: _response, ...extensions } = formatted.extensions;
          return formatError({ ...formatted, extensions }, error);
        },
        includeStacktraceInErrorResponses: false,
        introspection: !options.production,
        // Registered documents are looked up by trustedDocumentsMiddleware; Apollo's automatic persisted queries
        // would let any client register a document of its own.
        persistedQueries: false,
        allowBatchedHttpRequests: options.allowBatching ?? false,
        // Apollo's default, stated: a GET or a simple POST (text/plain, form) needs a header a browser sends only
        // after a CORS preflight, so another site cannot make a user's browser run an operation.
        csrfPrevention: true,
        parseOptions: parseOptionsFor(limits),
        documentStore: documents,
        validationRules: [KnownOperationTypesRule],
        plugins: [
          ApolloServerPluginDrainHttpServer({ httpServer }),
          gatewayMetricsPlugin(),
          // First: the plugins after it walk the operation, which must exist.
          operationResolutionPlugin(),
          // A NUL in a text is refused here with 400, before any subgraph is called (a subgraph refuses it too).
          nulCharacterPlugin(),
          operationLimitsPlugin(limits),
          // The subgraphs' @authenticated, @requiresScopes and @policy, checked before any subgraph is called.
          authorizationPlugin<GatewayContext>(rulesFor, {
            mode: options.authorization?.mode,
            policies: options.policies ?? GATEWAY_POLICIES,
            logger,
          }),
          // After the checks above, before the audit log's (it must see the reads pending). A kept POST is answered
          // before Apollo by responseCache.middleware() below: the same document passed these checks when kept.
          responseCache.plugin(),
          audit.plugin(),
          // Last: the status of a request error follows GraphQL over HTTP for the media type the client gets.
          graphqlOverHttpPlugin(),
          // Apollo's landing page loads Apollo Sandbox from Apollo's CDN with telemetry on; ./graphiql.ts serves ours.
          ApolloServerPluginLandingPageDisabled(),
        ],
      });
      await apollo.start();

      // Liveness: the process answers. Readiness (and /health, as before): it has a schema to serve. A subgraph that
      // is down does not make the gateway unready (it still answers everything else); /health shows each one.
      app.get('/health/live', (_req, res) => {
        res.json({ status: 'ok' });
      });
      app.get(['/health', '/health/ready'], (_req, res) => {
        const ready = currentSchema !== undefined;
        res.status(ready ? 200 : 503).json({
          status: ready ? 'ok' : 'unavailable',
          supergraph: { hash: supergraph.state.hash, loadedAt: supergraph.state.loadedAt.toISOString() },
          // Each subgraph as this gateway process has seen it: its circuit, last failure and last answer.
          subgraphs: Object.fromEntries([...circuits].map(([name, circuit]) => [name, circuit.snapshot()])),
          // With GATEWAY_WORKERS, which worker answered (its process id).
          ...(cluster.isWorker && { worker: process.pid }),
        });
      });
      // Counts only (./metrics.ts), nothing about any caller: open like /health.
      app.get('/metrics', gatewayMetricsHandler);
      // The subgraphs fetch the key that the gateway's internal tokens are signed with from here.
      app.get('/internal-jwks.json', (_req, res) => {
        res.json(jwksOf(internalKey));
      });
      const graphiql = { enabled: !options.production, ...options.graphiql };
      if (graphiql.enabled) {
        const routes = graphiqlRoutes(graphiql);
        app.use(GRAPHIQL_ASSET_PATH, routes.assets);
        // Before the GraphQL middleware: a browser's GET gets the page, every other request goes on to Apollo.
        app.get('/graphql', routes.page);
      }
      const origins = options.corsOrigins ?? ['*'];
      const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
      const corsForApi = cors({ origin: origins.includes('*') ? true : origins });
      // Who asks comes from the headers alone, so a caller over its rate is refused before its body is read. One
      // instance each, shared by /graphql and the letter route: one budget per caller across both.
      // With Redis, every gateway behind one address counts against the same limits (./shared-rate-limit.ts).
      const shared = await openGatewaySharedState(options.redis, logger);
      const signIn = signInMiddleware(options.signIn, logger, {
        failedPerMinute: options.rateLimit?.failedSignInsPerMinute ?? DEFAULT_FAILED_SIGN_INS_PER_MINUTE,
        now: options.rateLimit?.now,
        limiter: rateLimiterFor(shared, { now: options.rateLimit?.now }),
      });
      const rateLimits = options.rateLimit ?? DEFAULT_RATE_LIMITS;
      const rateLimit = rateLimitMiddleware(rateLimits, logger, rateLimiterFor(shared, rateLimits));
      const policies = options.policies ?? GATEWAY_POLICIES;
      app.get(
        '/decisions/:id/letter',
        corsForApi,
        signIn,
        rateLimit,
        letterRoute({
          hubUrl: () => hubUrl,
          current: () => {
            const rules = currentSchema && rulesFor(currentSchema);
            return currentSchema && rules ? { schema: currentSchema, rules } : undefined;
          },
          policies,
          internalKey,
          logger,
        }),
      );
      app.use(
        '/graphql',
        corsForApi,
        // Before anything runs: Apollo's own 406 comes after the operation has been executed.
        notAcceptableMiddleware(),
        signIn,
        rateLimit,
        // A body that cannot be read goes to the JSON error handler below (413, 415, 400).
        express.json({ limit: bodyLimit }),
        trustedDocumentsMiddleware(options.trustedDocuments ?? { mode: 'off', documents: {} }, logger),
        // The document Apollo will run (a registered one by now), refused if too large before it is parsed and
        // validated: graphql-js's validation costs up to hundreds of milliseconds on a hostile document.
        documentLimitsMiddleware(limits),
        responseCache.middleware(),
        expressMiddleware(apollo, {
          context: async ({ res }) => ({
            requestId: res.locals.requestId as string,
            ...(typeof res.locals.clientRequestId === 'string' && { clientRequestId: res.locals.clientRequestId }),
            caller: (res.locals.caller as Caller | undefined) ?? ANONYMOUS_CALLER,
          }),
        }),
      );
      // Last: unknown routes and every error of the routes above answer JSON, never Express's HTML page.
      useJsonErrors(app, logger);

      const running = await listenGraphQL(httpServer, apollo, port, host).catch(async (error: unknown) => {
        await shared?.close();
        throw error;
      });
      logger.info('Gateway listening', { url: running.url, supergraph: options.supergraphPath });
      return {
        ...running,
        async stop() {
          responseCache.stop();
          unwatchCache();
          await running.stop();
          fetchers.destroy();
          await shared?.close();
        },
      };
    },
  };
}
