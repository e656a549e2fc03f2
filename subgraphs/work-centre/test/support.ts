import type { RunningSubgraph, SubgraphTrustOptions } from '@veiinn/kit';
import { FeedEvent, type FeedPageDto } from '@veiinn/kit';
import { createSqlCounter, createTestDatabase, type SqlCounter } from '@veiinn/testing';
import type { WorkCentreSettings } from '../src/context';
import { WorkPlacement } from '../src/placement/placement.entity';
import { startWorkCentreSubgraph } from '../src/subgraph';
import { TrainingCandidacy } from '../src/training/training.entity';

/** The day every work-centre test runs on, so "occupied today" and the demo placements agree. */
export const TEST_TODAY = '2026-11-23';

export interface TestWorkCentre extends RunningSubgraph {
  sql: SqlCounter;
  /** Base URL of the HTTP server, for plain routes such as /feed. */
  baseUrl: string;
  /** Rows that a mutation may write: a rejected mutation must leave every count as it was. */
  counts(): Promise<{ placements: number; trainingCandidacies: number; feedEvents: number }>;
  /** Reads the feed over HTTP, as the hub does. */
  feed(after: number, limit?: number): Promise<FeedPageDto>;
}

/** Starts the real work-centre subgraph on a free port over a fresh database of the dialect under test. */
export async function startTestWorkCentre(
  options: {
    seed?: boolean;
    today?: string;
    trust?: SubgraphTrustOptions;
    settings?: Partial<WorkCentreSettings>;
    /** How long a query may wait for a database connection (SQLite has one); the kit's default when absent. */
    acquireTimeoutMillis?: number;
  } = {},
): Promise<TestWorkCentre> {
  const database = await createTestDatabase('work_centre');
  const sql = createSqlCounter();
  const running = await startWorkCentreSubgraph({
    database: {
      databaseUrl: database.databaseUrl,
      sqlitePath: database.sqlitePath,
      onQuery: sql.onQuery,
      acquireTimeoutMillis: options.acquireTimeoutMillis,
    },
    seedDemoData: options.seed ?? true,
    settings: { ...options.settings, today: () => options.today ?? TEST_TODAY },
    trust: options.trust,
  });
  const baseUrl = running.url.replace(/\/graphql$/, '');
  return {
    ...running,
    sql,
    baseUrl,
    async counts() {
      const em = running.orm.em.fork();
      return {
        placements: await em.count(WorkPlacement, {}),
        trainingCandidacies: await em.count(TrainingCandidacy, {}),
        feedEvents: await em.count(FeedEvent, {}),
      };
    },
    async feed(after, limit = 1000) {
      const response = await fetch(`${baseUrl}/feed?after=${after}&limit=${limit}`);
      if (!response.ok) throw new Error(`GET /feed answered ${response.status}`);
      return (await response.json()) as FeedPageDto;
    },
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}
