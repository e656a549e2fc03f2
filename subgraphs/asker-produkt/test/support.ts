import { FeedEvent, type SubgraphTrustOptions } from '@veiinn/kit';
import { createTestDatabase } from '@veiinn/testing';
import { startAskerProduktSubgraph, type AskerProduktSettings } from '../src/subgraph';

export type TestAskerProdukt = Awaited<ReturnType<typeof startAskerProduktSubgraph>> & {
  /** The origin of the server, for plain HTTP routes such as /feed and /placements. */
  origin: string;
  /** Rows in the outbox now. */
  feedCount(): Promise<number>;
};

/** The real Asker Produkt subgraph on a free port over a fresh seeded database of the dialect under test. */
export async function startTestAskerProdukt(
  options: { trust?: SubgraphTrustOptions; settings?: Partial<AskerProduktSettings> } = {},
): Promise<TestAskerProdukt> {
  const database = await createTestDatabase('asker_produkt');
  const running = await startAskerProduktSubgraph({
    database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath },
    seedDemoData: true,
    settings: options.settings,
    trust: options.trust,
  });
  return {
    ...running,
    origin: new URL(running.url).origin,
    feedCount: () => running.orm.em.fork().count(FeedEvent, {}),
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}
