import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { MikroORM } from '@mikro-orm/core';
import {
  AUDIT_EXTENSION,
  CALLER_HEADER,
  createSubgraphServer,
  DateScalar,
  generateSigningKey,
  jwksOf,
  type Caller,
  type RunningServer,
  type SigningKey,
  type SubgraphServerOptions,
} from '@veiinn/kit';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer, type GatewayOptions, type SubgraphFetch } from '../src/gateway';
import { signedInClients, TEST_ISSUER, type SignedInClients } from './sign-in-clients';

/**
 * The default subgraph of a tiny graph, for tests of the gateway's HTTP behaviour: `tiny` has the kit's Date scalar
 * in a mutation input, and reports a read of personal data (`read`) as a real subgraph would.
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

/** A subgraph of a tiny graph: its SDL and resolvers, served by the kit's server without a database. */
export interface TinySubgraph {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
}

/** The default subgraph, `tiny` (see `tinyTypeDefs`). */
export const tinySubgraph: TinySubgraph = {
  name: 'tiny',
  typeDefs: tinyTypeDefs as DocumentNode,
  resolvers: {
    Date: DateScalar,
    Query: {
      hello: () => 'hei',
      read: (_: unknown, __: unknown, context: { auditReads?: unknown[] }) => {
        context.auditReads?.push({ participantId: TINY_PARTICIPANT, category: 'IDENTITY' });
        return 'read';
      },
    },
    Mutation: { book: (_: unknown, { input }: { input: { startDate: string } }) => input.startDate },
  } as unknown as GraphQLResolverMap<unknown>,
};

/** The supergraph of `subgraphs`; the gateway is given their URLs by name, so the ones in it need not be real. */
export function composeTinySupergraph(subgraphs: TinySubgraph[], urls: Record<string, string> = {}): string {
  const composed = composeServices(
    subgraphs.map(({ name, typeDefs }) => ({ name, url: urls[name] ?? `http://${name}.invalid/graphql`, typeDefs })),
  );
  if (composed.errors?.length || !composed.supergraphSdl) {
    throw new Error(`Tiny graph does not compose: ${composed.errors?.map((e) => e.message).join('; ')}`);
  }
  return composed.supergraphSdl;
}

export interface TinyGraphOptions extends Pick<SubgraphServerOptions<unknown, unknown>, 'documentCacheBytes'> {
  /** The subgraphs (default: `tiny` alone); `routes` and `documentCacheBytes` apply to the first. */
  subgraphs?: TinySubgraph[];
  /**
   * Service trust, as in `npm start`: every subgraph answers only requests with the gateway's caller token, signed
   * by the graph's `internalKey`, and its resolvers get the caller the token names (see `callers`).
   */
  trust?: boolean;
  /**
   * The gateway trusts the graph's own identity provider (issuer TEST_ISSUER), whose tokens `as` and `tokenFor`
   * sign, like `startTestGraph`'s; a `signIn` among the gateway options replaces it.
   */
  signIn?: boolean;
  /** Puts something between the gateway and a subgraph (e.g. a proxy that holds requests): the URL to call. */
  subgraphUrl?: (name: string, realUrl: string) => Promise<string>;
}

/** The caller token one subgraph request carried, as the subgraph received it, and the caller it verified to. */
export interface TinyCaller {
  subgraph: string;
  token: string | undefined;
  /** Null without service trust: the subgraph then checks no token. */
  caller: Caller | null;
}

export interface TinyGraph extends SignedInClients {
  gatewayUrl: string;
  /** The first subgraph's URL. */
  subgraphUrl: string;
  /** Every subgraph's own URL, by name. */
  subgraphUrls: Record<string, string>;
  fetches: SubgraphFetch[];
  /** The `x-request-id` header of each request the subgraph got, and the request id its context got. */
  subgraphRequestIds: { header: string | undefined; context: string }[];
  /** The caller of each request a subgraph got, in order. */
  callers: TinyCaller[];
  /** How full the gateway's document and query plan caches are. */
  caches: ReturnType<typeof createGatewayServer>['caches'];
  /** The gateway's supergraph file, written for this graph; tests may overwrite it. */
  supergraphPath: string;
  supergraphState: { hash: string; loadedAt: Date };
  /** The key every gateway of this graph signs its caller tokens with. */
  internalKey: SigningKey;
  /**
   * Another gateway over the same subgraphs, key, sign-in and fetch record, with other settings (limits, rate
   * limits, production); stopped with the graph. Returns its /graphql URL.
   */
  startGateway(options: Partial<GatewayOptions>): Promise<string>;
  stop(): Promise<void>;
}

type Recorded = Pick<TinyGraph, 'subgraphRequestIds' | 'callers'>;

/** Records what a subgraph received, and reports the reads its resolvers push as a real subgraph's audit would. */
function recordingPlugin(name: string, recorded: Recorded): SubgraphServerOptions<unknown, unknown>['plugins'] {
  return [
    {
      requestDidStart: async ({ request, contextValue }) => {
        recorded.subgraphRequestIds.push({
          header: request.http?.headers.get('x-request-id'),
          context: contextValue.requestId,
        });
        recorded.callers.push({
          subgraph: name,
          token: request.http?.headers.get(CALLER_HEADER),
          caller: contextValue.caller,
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
  ];
}

/**
 * Tiny subgraphs on the kit's own server and a gateway over them, for tests of the gateway's own behaviour: no
 * database, nothing seeded, a start in tens of milliseconds. `gateway` adds or overrides gateway options, `routes`
 * adds plain HTTP routes to the first subgraph, `options` chooses the subgraphs, service trust and sign-in.
 */
export async function startTinyGraph(
  gateway: Partial<GatewayOptions> = {},
  routes?: SubgraphServerOptions<unknown, unknown>['routes'],
  options: TinyGraphOptions = {},
): Promise<TinyGraph> {
  const { subgraphs = [tinySubgraph], documentCacheBytes } = options;
  const recorded: Recorded = { subgraphRequestIds: [], callers: [] };
  const [internalKey, identityKey] = await Promise.all([generateSigningKey('EdDSA'), generateSigningKey('ES256')]);
  // The kit's server forks an EntityManager per request; nothing here touches a database.
  const orm = { em: { fork: () => ({}) } } as unknown as MikroORM;
  const stops: (() => Promise<void>)[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'veiinn-tiny-'));
  stops.push(async () => rmSync(folder, { recursive: true, force: true }));
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  try {
    const subgraphUrls: Record<string, string> = {};
    const gatewayUrls: Record<string, string> = {};
    for (const [index, { name, typeDefs, resolvers }] of subgraphs.entries()) {
      const running: RunningServer = await createSubgraphServer({
        name,
        schema: buildSubgraphSchema({ typeDefs, resolvers }),
        orm,
        createLoaders: () => ({}),
        app: {},
        ...(index === 0 && { routes, documentCacheBytes }),
        ...(options.trust && { trust: { publicKey: internalKey.publicJwk } }),
        plugins: recordingPlugin(name, recorded),
      }).listen(0);
      stops.push(running.stop);
      subgraphUrls[name] = running.url;
      gatewayUrls[name] = options.subgraphUrl ? await options.subgraphUrl(name, running.url) : running.url;
    }
    const supergraphPath = join(folder, 'supergraph.graphql');
    writeFileSync(supergraphPath, composeTinySupergraph(subgraphs, subgraphUrls));
    const fetches: SubgraphFetch[] = [];
    const create = (more: Partial<GatewayOptions>) =>
      createGatewayServer({
        supergraphPath,
        subgraphUrls: gatewayUrls,
        onSubgraphFetch: (fetch) => fetches.push(fetch),
        internalKey,
        ...(options.signIn && { signIn: { jwks: jwksOf(identityKey), issuer: TEST_ISSUER } }),
        rateLimit: { perMinute: 100_000, anonymousPerMinute: 100_000 },
        ...more,
      });
    const startGateway = async (more: Partial<GatewayOptions>) => {
      const running = await create(more).listen(0);
      stops.push(running.stop);
      return running.url;
    };
    const server = create(gateway);
    const running = await server.listen(0);
    stops.push(running.stop);
    return {
      gatewayUrl: running.url,
      subgraphUrl: Object.values(subgraphUrls)[0],
      subgraphUrls,
      fetches,
      ...recorded,
      caches: server.caches,
      supergraphPath,
      supergraphState: server.supergraph,
      internalKey,
      ...signedInClients(running.url, identityKey),
      startGateway,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}
