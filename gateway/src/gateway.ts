import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { createErrorFormatter, createLogger, listenGraphQL, type Logger, type RunningServer } from '@veiinn/kit';
import cors from 'cors';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { supergraphFromFile } from './supergraph-source';

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
  /** Production mode: no introspection and no landing page. */
  production?: boolean;
  /** Called for every fetch to a subgraph; tests use it to check the query plan's route. */
  onSubgraphFetch?: (fetch: SubgraphFetch) => void;
  logger?: Logger;
}

interface GatewayContext {
  requestId: string;
}

/**
 * The gateway's HTTP server: GraphQL at /graphql over the composed supergraph, and /health.
 * Creating it binds nothing; `listen` does.
 */
export function createGatewayServer(options: GatewayOptions) {
  const logger = options.logger ?? createLogger('gateway');
  const supergraph = supergraphFromFile(options.supergraphPath, logger, options.pollIntervalMs);
  return {
    supergraph: supergraph.state,
    async listen(port: number, host = '127.0.0.1'): Promise<RunningServer> {
      const gateway = new ApolloGateway({
        supergraphSdl: supergraph.hook,
        logger: {
          debug: () => undefined,
          info: (m) => logger.info(String(m)),
          warn: (m) => logger.warn(String(m)),
          error: (m) => logger.error(String(m)),
        },
        buildService: ({ name, url }) =>
          new RemoteGraphQLDataSource<GatewayContext>({
            url: options.subgraphUrls?.[name] ?? url,
            willSendRequest: ({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) => {
              const requestId =
                'requestId' in context && typeof context.requestId === 'string' ? context.requestId : randomUUID();
              request.http?.headers.set('x-request-id', requestId);
              options.onSubgraphFetch?.({ subgraph: name, requestId });
            },
          }),
      });
      const app = express();
      const httpServer = createServer(app);
      const apollo = new ApolloServer<GatewayContext>({
        // Signals are handled once, by runUntilSignal in main.ts; Apollo's own handler would race it and hang the stop.
        stopOnTerminationSignals: false,
        gateway,
        formatError: createErrorFormatter(logger),
        includeStacktraceInErrorResponses: false,
        introspection: !options.production,
        plugins: [
          ApolloServerPluginDrainHttpServer({ httpServer }),
          ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
        ],
      });
      await apollo.start();

      app.get('/health', (_req, res) => {
        res.json({
          status: 'ok',
          supergraph: { hash: supergraph.state.hash, loadedAt: supergraph.state.loadedAt.toISOString() },
        });
      });
      const origins = options.corsOrigins ?? ['*'];
      app.use(
        '/graphql',
        cors({ origin: origins.includes('*') ? true : origins }),
        express.json({ limit: 1_000_000 }),
        expressMiddleware(apollo, {
          context: async ({ req }) => ({ requestId: req.header('x-request-id') ?? randomUUID() }),
        }),
      );

      const running = await listenGraphQL(httpServer, apollo, port, host);
      logger.info('Gateway listening', { url: running.url, supergraph: options.supergraphPath });
      return running;
    },
  };
}
