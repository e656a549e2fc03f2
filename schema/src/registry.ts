/**
 * This repository's own subgraphs (name in the supergraph, default port, workspace), read from the supergraph
 * configuration (schema/supergraph.yaml, see config.ts) by `npm start`, the bench, the docker-compose check and the
 * gateway tests. A partner's subgraph joins that file by `npm run register`, not by code here; it has no workspace
 * and is not in this list, because this repository does not run it.
 */
import { readConfig, type ConfiguredSubgraph } from './config';

export interface SubgraphEntry {
  /** Name in the supergraph, also the prefix of its environment variables (INTAKE_PORT, ...). */
  name: string;
  /** Default port in development, from its `routing_url` (http://localhost:<port>/graphql). */
  port: number;
  /** Workspace folder, relative to the repository root (`x-veiinn.workspace`). */
  workspace: string;
  /**
   * For a provider's subgraph: the provider's id in the hub's registry (`x-veiinn.providerId`). The hub follows the
   * subgraph's change feed at `/feed` beside `/graphql`; `npm start` and docker-compose tell the hub where that is
   * (INTAKE_FEED_URLS).
   */
  providerId?: string;
}

function entryOf(subgraph: ConfiguredSubgraph & { workspace: string }): SubgraphEntry {
  const url = new URL(subgraph.routingUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return {
    name: subgraph.name,
    port,
    workspace: subgraph.workspace,
    ...(subgraph.providerId && { providerId: subgraph.providerId }),
  };
}

export const subgraphRegistry: SubgraphEntry[] = readConfig()
  .subgraphs.filter((s): s is ConfiguredSubgraph & { workspace: string } => s.workspace !== undefined)
  .map(entryOf);

export const GATEWAY_DEFAULT_PORT = 4000;

export const defaultSubgraphUrl = (entry: SubgraphEntry) => `http://localhost:${entry.port}/graphql`;

/** `providerId=url,...` for INTAKE_FEED_URLS, given where each subgraph's /graphql really is. */
export function feedUrlsSetting(graphqlUrlOf: (entry: SubgraphEntry) => string): string {
  return subgraphRegistry
    .filter((entry) => entry.providerId)
    .map((entry) => `${entry.providerId}=${graphqlUrlOf(entry).replace(/\/graphql$/, '/feed')}`)
    .join(',');
}
