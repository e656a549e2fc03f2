import { FeedEvent, type SubgraphTrustOptions } from '@veiinn/kit';
import { createSqlCounter, createTestDatabase, type SqlCounter } from '@veiinn/testing';
import { AftPeriod } from '../src/aft/aft-period.entity';
import { VtaGoal, VtaGoalEvaluation } from '../src/goal/goal.entity';
import { ArbaOffer } from '../src/offer/offer.entity';
import { ArbaParticipation } from '../src/participation/participation.entity';
import type { ArbaSettings } from '../src/context';
import { startArbaSubgraph } from '../src/subgraph';

/** The day the tests live on: the demo world is "as of November 2026". */
export const TEST_TODAY = '2026-11-23';

export type TestArba = Awaited<ReturnType<typeof startArbaSubgraph>> & {
  sql: SqlCounter;
  /** The origin of the server, for plain HTTP routes such as /feed. */
  origin: string;
  /** Rows in the outbox now. */
  feedCount(): Promise<number>;
};

/**
 * Starts the real Arba subgraph on a free port over a fresh database of the dialect under test. With `trust`, it
 * answers only signed callers, as behind the gateway (test/access.test.ts); without, every request is trusted.
 */
export async function startTestArba(
  options: {
    seed?: boolean;
    today?: string;
    trust?: SubgraphTrustOptions;
    settings?: Partial<ArbaSettings>;
    /** How long a query may wait for a database connection (SQLite has one); the kit's default when absent. */
    acquireTimeoutMillis?: number;
  } = {},
): Promise<TestArba> {
  const database = await createTestDatabase('arba');
  const sql = createSqlCounter();
  const today = options.today ?? TEST_TODAY;
  const running = await startArbaSubgraph({
    database: {
      databaseUrl: database.databaseUrl,
      sqlitePath: database.sqlitePath,
      onQuery: sql.onQuery,
      acquireTimeoutMillis: options.acquireTimeoutMillis,
    },
    seedDemoData: options.seed ?? true,
    settings: { ...options.settings, today: () => today },
    trust: options.trust,
  });
  return {
    ...running,
    sql,
    origin: new URL(running.url).origin,
    feedCount: () => running.orm.em.fork().count(FeedEvent, {}),
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}

/**
 * Everything a mutation could change, to compare before and after a rejected one: the rows of every table of
 * Arba's (participations with their versions) and the outbox.
 */
export async function stateOf(arba: TestArba) {
  const em = arba.orm.em.fork();
  const participations = await em.find(ArbaParticipation, {}, { orderBy: { id: 'asc' } });
  return {
    participations: participations.map((p) => [p.id, p.version, p.endDate, p.outcome, p.arena.id, p.municipality]),
    offers: (await em.find(ArbaOffer, {}, { orderBy: { id: 'asc' } })).map((o) => [o.id, o.version]),
    periods: await em.count(AftPeriod, {}),
    goals: await em.count(VtaGoal, {}),
    evaluations: await em.count(VtaGoalEvaluation, {}),
    feed: await em.count(FeedEvent, {}),
  };
}

/** The outbox events after `sequence`, oldest first. */
export async function feedAfter(arba: TestArba, sequence: number) {
  const em = arba.orm.em.fork();
  return em.find(FeedEvent, { sequence: { $gt: sequence } }, { orderBy: { sequence: 'asc' } });
}
