import { createSqlCounter, createTestDatabase, type SqlCounter } from '@veiinn/testing';
import { startIntakeSubgraph, type RunningIntake } from '../src/subgraph';

export interface TestIntake extends RunningIntake {
  sql: SqlCounter;
}

/** Starts the real intake subgraph on a free port over a fresh database of the dialect under test. */
export async function startTestIntake(options: { seed?: boolean; today?: string } = {}): Promise<TestIntake> {
  const database = await createTestDatabase('intake');
  const sql = createSqlCounter();
  const running = await startIntakeSubgraph({
    database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath, onQuery: sql.onQuery },
    seedDemoData: options.seed ?? true,
    settings: options.today ? { today: () => options.today! } : {},
  });
  return {
    ...running,
    sql,
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}
