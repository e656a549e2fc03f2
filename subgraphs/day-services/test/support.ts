import type { MikroORM } from '@mikro-orm/core';
import { FeedEvent, type RunningSubgraph, type SubgraphTrustOptions } from '@veiinn/kit';
import { createSqlCounter, createTestDatabase, graphqlRequest, type SqlCounter } from '@veiinn/testing';
import type { DayServicesSettings } from '../src/context';
import { ActivityGroup } from '../src/group/group.entity';
import { DayServicesOffer } from '../src/offer/offer.entity';
import { ActivityPlacement } from '../src/placement/placement.entity';
import { startDayServicesSubgraph } from '../src/subgraph';

/** The day the suites are written for: the demo world's placements are as of November 2026. */
export const TEST_TODAY = '2026-11-23';

export interface TestDayServices extends RunningSubgraph {
  sql: SqlCounter;
  /** `GET /feed` of this server. */
  feedUrl: string;
}

/** Starts the real day-services subgraph on a free port over a fresh database of the dialect under test. */
export async function startTestDayServices(
  options: {
    seed?: boolean;
    today?: string;
    trust?: SubgraphTrustOptions;
    settings?: Partial<DayServicesSettings>;
    /** How long a query may wait for a database connection (SQLite has one); the kit's default when absent. */
    acquireTimeoutMillis?: number;
  } = {},
): Promise<TestDayServices> {
  const database = await createTestDatabase('day_services');
  const sql = createSqlCounter();
  const today = options.today ?? TEST_TODAY;
  const running = await startDayServicesSubgraph({
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
    feedUrl: running.url.replace(/\/graphql$/, '/feed'),
    async stop() {
      await running.stop();
      await database.drop();
    },
  };
}

/**
 * Every row of the subgraph's tables, versions included, in a fixed order: equal before and after a request when
 * the request changed nothing, the outbox included.
 */
export async function databaseState(orm: MikroORM) {
  const em = orm.em.fork();
  const offers = await em.find(DayServicesOffer, {}, { orderBy: { id: 'asc' } });
  const groups = await em.find(ActivityGroup, {}, { orderBy: { id: 'asc' } });
  const placements = await em.find(ActivityPlacement, {}, { orderBy: { id: 'asc' } });
  const events = await em.find(FeedEvent, {}, { orderBy: { sequence: 'asc' } });
  return {
    offers: offers.map((o) => ({ id: o.id, version: o.version, updatedAt: o.updatedAt.toISOString() })),
    groups: groups.map((g) => ({ id: g.id, capacity: g.capacity, version: g.version })),
    placements: placements.map((p) => ({
      id: p.id,
      participantId: p.participantId,
      group: p.group.id,
      daysPerWeek: p.daysPerWeek,
      startDate: p.startDate,
      endDate: p.endDate,
      version: p.version,
    })),
    feedEvents: events.length,
  };
}

/** The feed events after `sequence`, as the hub would read them. */
export async function feedEventsAfter(orm: MikroORM, sequence: number) {
  const events = await orm.em.fork().find(FeedEvent, { sequence: { $gt: sequence } }, { orderBy: { sequence: 'asc' } });
  return events.map((e) => ({ sequence: e.sequence, type: e.type, id: e.recordId, version: e.version, data: e.data }));
}

export async function feedHead(orm: MikroORM): Promise<number> {
  const [last] = await orm.em.fork().find(FeedEvent, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
  return last?.sequence ?? 0;
}

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * Sends a request that must be refused, and checks that it changed nothing: the same rows, versions and feed
 * events before and after. Returns the first error, for the caller to check its code.
 */
export async function expectRefused(
  service: TestDayServices,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLErrorShape> {
  const before = await databaseState(service.orm);
  const result = await graphqlRequest(service.url, query, variables, headers);
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(await databaseState(service.orm)).toEqual(before);
  return result.errors![0];
}

/** The `field`s of a BAD_USER_INPUT error, in the order given. */
export const fieldsOf = (error: GraphQLErrorShape) =>
  ((error.extensions?.fields as { field: string }[] | undefined) ?? []).map((p) => p.field);
