import { createSqlCounter, createTestDatabase, type SqlCounter } from '@veiinn/testing';
import { FeedEvent, type Logger, type SubgraphTrustOptions } from '@veiinn/kit';
import type { NavSettings } from '../src/context';
import type { IngestReport } from '../src/ingest/ingest';
import { NavExtentPeriod, NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { startNavSubgraph, type RunningNav } from '../src/subgraph';

/** The pseudonym key of the test servers: not the development default, so a test proves the key is used. */
export const TEST_PERSON_REF_KEY = 'nav-test-person-ref-key-0123456789abcdef';

export interface TestNav extends RunningNav {
  sql: SqlCounter;
  /** The server's root, e.g. http://127.0.0.1:53111 (`url` is its /graphql). */
  baseUrl: string;
  /** Posts JSON lines to the import and returns the HTTP status and body. */
  ingest(lines: string | object[], contentType?: string): Promise<{ status: number; body: IngestReport & Json }>;
  /** Feed events in sequence order. */
  feedEvents(): Promise<FeedEvent[]>;
  /** Everything the adapter stores about participants, to prove that a rejected import changed nothing. */
  snapshot(): Promise<string>;
}
type Json = Record<string, unknown>;

/** Starts the real NAV adapter on a free port over a fresh database of the dialect under test. */
export async function startTestNav(
  options: {
    seed?: boolean;
    settings?: Partial<NavSettings>;
    logger?: Logger;
    /** Answer only signed callers, as behind the gateway; without, every request is trusted. */
    trust?: SubgraphTrustOptions;
  } = {},
): Promise<TestNav> {
  const database = await createTestDatabase('nav');
  const sql = createSqlCounter();
  const running = await startNavSubgraph({
    database: { databaseUrl: database.databaseUrl, sqlitePath: database.sqlitePath, onQuery: sql.onQuery },
    port: 0,
    seedDemoData: options.seed ?? true,
    settings: { personRefKey: TEST_PERSON_REF_KEY, ...options.settings },
    logger: options.logger,
    trust: options.trust,
  });
  const baseUrl = running.url.replace(/\/graphql$/, '');
  return {
    ...running,
    sql,
    baseUrl,
    async ingest(lines, contentType = 'application/x-ndjson') {
      const body = typeof lines === 'string' ? lines : lines.map((line) => JSON.stringify(line)).join('\n');
      const response = await fetch(`${baseUrl}/ingest/deltakere`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      return { status: response.status, body: (await response.json()) as IngestReport & Json };
    },
    feedEvents: () => running.orm.em.fork().find(FeedEvent, {}, { orderBy: { sequence: 'asc' } }),
    async snapshot() {
      const em = running.orm.em.fork();
      return JSON.stringify({
        records: await em.find(NavParticipantRecord, {}, { orderBy: { id: 'asc' } }),
        extent: await em.find(NavExtentPeriod, {}, { orderBy: { id: 'asc' } }),
        feed: await em.count(FeedEvent, {}),
      });
    },
    async stop() {
      try {
        await running.stop();
      } finally {
        await database.drop();
      }
    },
  };
}
