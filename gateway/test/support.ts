import { startIntakeSubgraph, type RunningIntake } from '@veiinn/subgraph-intake';
import { createTestDatabase } from '@veiinn/testing';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayServer, type SubgraphFetch } from '../src/gateway';

export const committedSupergraph = join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

export interface TestGraph {
  gatewayUrl: string;
  intake: RunningIntake;
  fetches: SubgraphFetch[];
  /** The gateway's copy of the supergraph file; tests may overwrite it. */
  supergraphPath: string;
  supergraphState: { hash: string; loadedAt: Date };
  stop(): Promise<void>;
}

/**
 * Starts the real intake subgraph and the real gateway on free ports, the gateway on a private copy of the
 * committed supergraph. `intakeUrl` lets a test put something between the gateway and the subgraph.
 */
export async function startTestGraph(
  options: { intakeUrl?: (realUrl: string) => Promise<string> } = {},
): Promise<TestGraph> {
  const database = await createTestDatabase('gateway');
  const intake = await startIntakeSubgraph({ database, seedDemoData: true, settings: { today: () => '2026-11-23' } });
  const folder = mkdtempSync(join(tmpdir(), 'veiinn-gateway-'));
  const supergraphPath = join(folder, 'supergraph.graphql');
  copyFileSync(committedSupergraph, supergraphPath);
  const fetches: SubgraphFetch[] = [];
  const server = createGatewayServer({
    supergraphPath,
    subgraphUrls: { intake: options.intakeUrl ? await options.intakeUrl(intake.url) : intake.url },
    pollIntervalMs: 50,
    onSubgraphFetch: (fetch) => fetches.push(fetch),
  });
  const gateway = await server.listen(0);
  return {
    gatewayUrl: gateway.url,
    intake,
    fetches,
    supergraphPath,
    supergraphState: server.supergraph,
    async stop() {
      await gateway.stop();
      await intake.stop();
      await database.drop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
