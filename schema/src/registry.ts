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
  /**
   * For a provider's subgraph: the provider's id in the hub's registry. The hub follows the subgraph's change feed
   * at `/feed` beside `/graphql`; `npm start` and docker-compose tell the hub where that is (INTAKE_FEED_URLS).
   */
  providerId?: string;
}

export const subgraphRegistry: SubgraphEntry[] = [
  { name: 'intake', port: 4001, workspace: 'subgraphs/intake' },
  { name: 'day-services', port: 4002, workspace: 'subgraphs/day-services', providerId: 'baerum-kommunale-dagtilbud' },
  { name: 'work-centre', port: 4003, workspace: 'subgraphs/work-centre', providerId: 'baerum-arbeidssenter' },
  { name: 'arba', port: 4004, workspace: 'subgraphs/arba', providerId: 'arba' },
  { name: 'nav', port: 4005, workspace: 'subgraphs/nav', providerId: 'nav-baerum' },
];

export const GATEWAY_DEFAULT_PORT = 4000;

export const defaultSubgraphUrl = (entry: SubgraphEntry) => `http://localhost:${entry.port}/graphql`;

/** `providerId=url,...` for INTAKE_FEED_URLS, given where each subgraph's /graphql really is. */
export function feedUrlsSetting(graphqlUrlOf: (entry: SubgraphEntry) => string): string {
  return subgraphRegistry
    .filter((entry) => entry.providerId)
    .map((entry) => `${entry.providerId}=${graphqlUrlOf(entry).replace(/\/graphql$/, '/feed')}`)
    .join(',');
}
