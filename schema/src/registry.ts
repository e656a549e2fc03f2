/**
 * The subgraphs of the Veiinn graph: name in the supergraph, default port and workspace. One list, read by
 * composition, `npm start` and the docker-compose check. A partner's subgraph joins by an entry here.
 */
export interface SubgraphEntry {
  /** Name in the supergraph, also the prefix of its environment variables (INTAKE_PORT, ...). */
  name: string;
  /** Default port in development; the supergraph's URL for the subgraph is http://localhost:<port>/graphql. */
  port: number;
  /** Workspace folder, relative to the repository root. */
  workspace: string;
}

export const subgraphRegistry: SubgraphEntry[] = [{ name: 'intake', port: 4001, workspace: 'subgraphs/intake' }];

export const GATEWAY_DEFAULT_PORT = 4000;

export const defaultSubgraphUrl = (entry: SubgraphEntry) => `http://localhost:${entry.port}/graphql`;
