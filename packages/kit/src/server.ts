import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer } from 'node:http';
import { auditExtensionPlugin } from './audit';
import {
  BoundedCache,
  DOCUMENT_CACHE_BYTES,
  useJsonErrors,
  documentLimitsMiddleware,
  operationLimitsPlugin,
  parseOptionsFor,
  SUBGRAPH_OPERATION_LIMITS,
  type OperationLimits,
  createLogger,
  type Logger,
  countGraphQLRequests,
  metricsHandler,
  subgraphMetrics,
  subgraphMetricsPlugin,
  listenGraphQL,
  type RunningServer,
  KnownOperationTypesRule,
  nulCharacterPlugin,
  operationResolutionPlugin,
  serverSpanMiddleware,
} from '@veiinn/service';
import { createContextFactory, type LoaderFactory, type RequestContext } from './context';
import {
  createErrorFormatter,
  ErrorCode,
  REQUEST_ID_HEADER,
  requestIdentityOf,
  AuthenticationError,
  CALLER_HEADER,
  createCallerVerifier,
  forbiddenBody,
  unauthenticatedBody,
  type Caller,
  type SubgraphTrustOptions,
} from '@veiinn/contracts';
import { feedHandler } from './feed/route';
import { placementRouter } from './placement/route';
import type { PlacementHandler } from './placement/protocol';

export interface SubgraphServerOptions<Loaders, App> {
  /** Subgraph name as it appears in the supergraph, e.g. `intake`. */
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  createLoaders: LoaderFactory<Loaders>;
  /** Per-process settings and services, handed to every resolver as `context.app`. */
  app: App;
  logger?: Logger;
  /** Largest request body accepted, in bytes (default 1 MB). */
  bodyLimit?: number;
  plugins?: ApolloServerPlugin<RequestContext<Loaders, App>>[];
  /**
   * Depth, alias and document limits (default `SUBGRAPH_OPERATION_LIMITS`: generous, as the gateway's planned
   * queries and its `_entities` fetches must pass); the gateway enforces the client-facing limits.
   */
  limits?: Partial<OperationLimits>;
  /** Serve the outbox as a change feed at `GET /feed` (providers do; see ./feed/protocol.ts). */
  feed?: boolean;
  /** Serve the placement protocol at `/placements` with this handler, guarded like /feed (./placement/protocol.ts). */
  placements?: PlacementHandler;
  /** Adds plain HTTP routes beside /graphql, e.g. an import endpoint. */
  routes?: (app: Express) => void;
  /**
   * Service trust: when set, /graphql answers only requests that carry the gateway's signed token for this
   * subgraph (header `x-veiinn-caller`), and the caller it names goes into the request context. Without it the
   * subgraph trusts whoever reaches it (development and tests), and `context.caller` is null.
   * /feed answers only a trusted service's token with the role `service` (the hub's feed follower; never the
   * gateway's). /health and `routes` stay open either way: a route with personal data guards itself.
   */
  trust?: SubgraphTrustOptions;
  /**
   * Completes a verified caller from the subgraph's own data once per request, before any resolver runs: the hub
   * adds the participant whose identity number is a citizen's `pid`. Not called without a caller (no trust).
   */
  resolveCaller?: (caller: Caller, em: EntityManager) => Promise<Caller>;
  /** Bytes of parsed and validated documents kept, as JSON (default `DOCUMENT_CACHE_BYTES`; see there why). */
  documentCacheBytes?: number;
}

export interface SubgraphServer {
  /** Binds the port (0 picks a free one) and resolves when the server accepts requests. */
  listen(port: number, host?: string): Promise<RunningServer>;
}

/**
 * A subgraph's HTTP server: GraphQL at /graphql, liveness at /health/live, readiness at /health/ready and /health
 * (which also ping the database).
 * Creating it binds nothing; `listen` does, so tests can start it on a free port.
 */
export function createSubgraphServer<Loaders, App>(options: SubgraphServerOptions<Loaders, App>): SubgraphServer {
  const logger = options.logger ?? createLogger(options.name);
  const makeContext = createContextFactory(options.orm, options.createLoaders, options.app);
  const verifyCaller = options.trust && createCallerVerifier(options.name, options.trust);
  const verifyFeedReader = options.trust && serviceOnlyRoute(options.name, options.trust, logger);
  return {
    async listen(port, host = '127.0.0.1') {
      const limits = { ...SUBGRAPH_OPERATION_LIMITS, ...options.limits };
      const app = express();
      app.use(requestIdMiddleware);
      const httpServer = createServer(app);
      const apollo = new ApolloServer<RequestContext<Loaders, App>>({
        schema: options.schema,
        formatError: createErrorFormatter(logger),
        includeStacktraceInErrorResponses: false,
        // Signals are handled once, by runUntilSignal in main.ts; Apollo's own handler would race it and hang the stop.
        stopOnTerminationSignals: false,
        parseOptions: parseOptionsFor(limits),
        validationRules: [KnownOperationTypesRule],
        // The gateway sends whole documents; Apollo's automatic persisted queries would only let a caller fill this
        // process's cache (and a malformed `persistedQuery` extension was answered as an internal error).
        persistedQueries: false,
        // Apollo's default store holds about 120 MB of heap once unique documents have filled it.
        documentStore: new BoundedCache(options.documentCacheBytes ?? DOCUMENT_CACHE_BYTES),
        plugins: [
          ApolloServerPluginDrainHttpServer({ httpServer }),
          // Inline traces are for Apollo's hosted studio, which Veiinn does not use; they cost work on every request.
          ApolloServerPluginInlineTraceDisabled(),
          // Nor cache hints: no schema declares one, no gateway reads one, and the plugin wrapped every field's
          // resolver to look at each field's type (a fifth of the hub's CPU on the worklist).
          ApolloServerPluginCacheControlDisabled(),
          // Before the plugins that walk the operation, which must exist.
          operationResolutionPlugin(),
          nulCharacterPlugin(),
          operationLimitsPlugin(limits),
          auditExtensionPlugin(),
          subgraphMetricsPlugin(),
          ...(options.plugins ?? []),
        ],
      });
      await apollo.start();

      // Liveness: the process answers (a supervisor restarts it if not). Readiness, and /health as before: its
      // database answers too; a subgraph whose database is gone takes no traffic, and a restart would not help.
      app.get('/health/live', (_req, res) => {
        res.json({ status: 'ok', subgraph: options.name });
      });
      app.get(['/health', '/health/ready'], async (_req, res) => {
        try {
          await options.orm.em.getConnection().execute('select 1');
          res.json({ status: 'ok', subgraph: options.name });
        } catch (error) {
          logger.error('Health check failed', { error: String(error) });
          res.status(503).json({ status: 'unavailable', subgraph: options.name });
        }
      });
      // Counts only (see ./metrics.ts), for operators and the benchmark; nothing about any caller, so open like /health.
      app.get('/metrics', metricsHandler);
      if (options.feed) app.get('/feed', ...(verifyFeedReader ? [verifyFeedReader] : []), feedHandler(options.orm));
      if (options.placements) {
        app.use('/placements', placementRouter(options.orm, options.placements, logger, verifyFeedReader || undefined));
      }
      options.routes?.(app);
      // With tracing on: a span per request, continuing the gateway's traceparent (see ./tracing.ts).
      const span = serverSpanMiddleware('/graphql');
      if (span) app.use('/graphql', span);
      app.use(
        '/graphql',
        countGraphQLRequests,
        express.json({ limit: options.bodyLimit ?? 1_000_000 }),
        // Refused before Apollo sees the request: an unverified caller reaches no resolver and no database.
        async (req, res, next) => {
          if (!verifyCaller) return next();
          try {
            res.locals.caller = await verifyCaller(req.header(CALLER_HEADER));
            next();
          } catch (error) {
            const message = error instanceof AuthenticationError ? error.message : String(error);
            logger.warn('Refused a request without a valid gateway token', { message });
            subgraphMetrics().countError(ErrorCode.UNAUTHENTICATED);
            res.status(401).json(unauthenticatedBody(message));
          }
        },
        // After the trust check: only a verified caller's document is read at all.
        documentLimitsMiddleware(limits),
        expressMiddleware(apollo, {
          context: async ({ res }) => {
            const context = makeContext(
              res.locals.requestId as string,
              (res.locals.caller as Caller | undefined) ?? null,
            );
            if (options.resolveCaller && context.caller) {
              context.caller = await options.resolveCaller(context.caller, context.em);
            }
            return context;
          },
        }),
      );
      // Last: every route above, /graphql's body parser before the trust check included, answers errors in JSON.
      useJsonErrors(app, logger);

      const running = await listenGraphQL(httpServer, apollo, port, host);
      logger.info('Subgraph listening', { url: running.url });
      return running;
    },
  };
}

/**
 * The request's id from the `x-request-id` the gateway sent, checked like the gateway checks a client's (anyone who
 * reaches a subgraph directly can send any header), and echoed in the response.
 */
function requestIdMiddleware(req: Request, res: Response, next: NextFunction) {
  const { requestId } = requestIdentityOf(req.header(REQUEST_ID_HEADER));
  res.locals.requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  next();
}

/**
 * Express middleware that lets through only a trusted service's token (`trust.services`, not the gateway) for
 * `audience` with the role `service`; refused: 401 with `unauthenticatedBody`, or 403 FORBIDDEN for another role.
 */
export function serviceOnlyRoute(audience: string, trust: SubgraphTrustOptions, logger: Logger) {
  const verify = createCallerVerifier(audience, trust, { servicesOnly: true });
  return async (req: Request, res: Response, next: NextFunction) => {
    let caller: Caller;
    try {
      caller = await verify(req.header(CALLER_HEADER));
    } catch (error) {
      const message = error instanceof AuthenticationError ? error.message : String(error);
      logger.warn('Refused a service route without a valid service token', { path: req.path, message });
      res.status(401).json(unauthenticatedBody(message));
      return;
    }
    if (!caller.roles.includes('service')) {
      res
        .status(403)
        .json(forbiddenBody("Bare Veiinns egne tjenester har tilgang. / Only Veiinn's own services may read this."));
      return;
    }
    res.locals.caller = caller;
    next();
  };
}
