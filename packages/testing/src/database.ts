import { createScratchDatabase, DEFAULT_POSTGRES_ADMIN_URL } from '@veiinn/kit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Which database the integration suites run on: SQLite by default, PostgreSQL with VEIINN_TEST_DB=postgres. */
export const testDialect: 'sqlite' | 'postgresql' = process.env.VEIINN_TEST_DB === 'postgres' ? 'postgresql' : 'sqlite';

export interface TestDatabase {
  databaseUrl?: string;
  sqlitePath?: string;
  /** Removes the database; call it in afterAll. */
  drop(): Promise<void>;
}

/** A new, empty database of the dialect under test, private to one test file. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  if (testDialect === 'postgresql') {
    const db = await createScratchDatabase(
      `veiinn_test_${prefix}`,
      process.env.VEIINN_TEST_PG_URL ?? DEFAULT_POSTGRES_ADMIN_URL,
    );
    return { databaseUrl: db.url, drop: db.drop };
  }
  const folder = mkdtempSync(join(tmpdir(), `veiinn-${prefix}-`));
  return {
    sqlitePath: join(folder, `${prefix}.sqlite`),
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}
