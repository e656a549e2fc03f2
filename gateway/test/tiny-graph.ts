import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { MikroORM } from '@mikro-orm/core';
import {
  AUDIT_EXTENSION,
  createSubgraphServer,
  DateScalar,
  type RunningServer,
  type SubgraphServerOptions,
} from '@veiinn/kit';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer, type GatewayOptions, type SubgraphFetch } from '../src/gateway';

/**
 * A one-subgraph graph on the kit's own server, for tests of the gateway's HTTP behaviour: `tiny` has the kit's
 * Date scalar in a mutation input, and reports a read of personal data (`read`) as a real subgraph would.
 */
export const tinyTypeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])

  "A calendar date, YYYY-MM-DD."
  scalar Date

  type Query {
    hello: String!
    "Reports a read of the participant's identity to the audit log."
    read: String!
  }

  input BookingInput {
    startDate: Date!
    note: String
  }

  type Mutation {
    book(input: BookingInput!): Date!
  }
`;

export const TINY_PARTICIPANT = '0b6ad0c6-3d39-4a57-9a43-1f3c2d8f0a11';

export interface TinyGraph {
  gatewayUrl: string;
  subgraphUrl: string;
  fetches: SubgraphFetch[];
  /** The `x-request-id` header of each request the subgraph got, and the request id its context got. */
  subgraphRequestIds: { header: string | undefined; context: string }[];
  /** How full the gateway's document and query plan caches are. */
  caches: ReturnType<typeof createGatewayServer>['caches'];
  stop(): Promise<void>;
}

/**
 * The tiny subgraph and a gateway over it; `gateway` adds or overrides gateway options, `routes` adds plain HTTP
 * routes to the subgraph, `subgraphOptions` sets its document cache.
 */
export async function startTinyGraph(
  gateway: Partial<GatewayOptions> = {},
  routes?: SubgraphServerOptions<unknown, unknown>['routes'],
  subgraphOptions: Pick<SubgraphServerOptions<unknown, unknown>, 'documentCacheBytes'> = {},
): Promise<TinyGraph> {
  const subgraphRequestIds: TinyGraph['subgraphRequestIds'] = [];
  const resolvers = {
    Date: DateScalar,
    Query: {
      hello: () => 'hei',
      read: (_: unknown, __: unknown, context: { auditReads?: unknown[] }) => {
        context.auditReads?.push({ participantId: TINY_PARTICIPANT, category: 'IDENTITY' });
        return 'read';
      },
    },
    Mutation: { book: (_: unknown, { input }: { input: { startDate: string } }) => input.startDate },
  } as unknown as GraphQLResolverMap<unknown>;
  // The kit's server forks an EntityManager per request; nothing here touches a database.
  const orm = { em: { fork: () => ({}) } } as unknown as MikroORM;
  const subgraph: RunningServer = await createSubgraphServer({
    name: 'tiny',
    schema: buildSubgraphSchema({ typeDefs: tinyTypeDefs as DocumentNode, resolvers }),
    orm,
    createLoaders: () => ({}),
    app: {},
    routes,
    ...subgraphOptions,
    plugins: [
      {
        requestDidStart: async ({ request, contextValue }) => {
          subgraphRequestIds.push({
            header: request.http?.headers.get('x-request-id'),
            context: contextValue.requestId,
          });
          const reads: unknown[] = [];
          (contextValue as { auditReads?: unknown[] }).auditReads = reads;
          return {
            willSendResponse: async ({ response }) => {
              if (reads.length && response.body.kind === 'single') {
                response.body.singleResult.extensions = { [AUDIT_EXTENSION]: reads };
              }
            },
          };
        },
      },
    ],
  }).listen(0);
  const composed = composeServices([{ name: 'tiny', url: subgraph.url, typeDefs: tinyTypeDefs as DocumentNode }]);
  if (composed.errors?.length || !composed.supergraphSdl) {
    throw new Error(`Tiny graph does not compose: ${composed.errors?.map((e) => e.message).join('; ')}`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'veiinn-tiny-'));
  const supergraphPath = join(folder, 'supergraph.graphql');
  writeFileSync(supergraphPath, composed.supergraphSdl);
  const fetches: SubgraphFetch[] = [];
  const server = createGatewayServer({
    supergraphPath,
    onSubgraphFetch: (fetch) => fetches.push(fetch),
    rateLimit: { perMinute: 100_000, anonymousPerMinute: 100_000 },
    ...gateway,
  });
  const running = await server.listen(0);
  return {
    gatewayUrl: running.url,
    subgraphUrl: subgraph.url,
    fetches,
    subgraphRequestIds,
    caches: server.caches,
    async stop() {
      await running.stop();
      await subgraph.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
