import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Default admin connection for development and CI (trust auth, user postgres). */
export const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Creates a uniquely named, empty PostgreSQL database and returns its URL and a function that drops it.
 * Used by tests (each run its own databases) and by the migration tool.
 */
export async function createScratchDatabase(prefix: string, adminUrl = DEFAULT_POSTGRES_ADMIN_URL) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
