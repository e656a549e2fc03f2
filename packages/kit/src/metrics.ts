import type { MikroORM } from '@mikro-orm/core';
import type { NextFunction, Request, Response } from 'express';

/**
 * Counts of the work this process did since it started, for the benchmark (`npm run bench`, docs/performance.md):
 * GraphQL requests answered at /graphql and SQL statements sent. Plain integers, incremented on the hot path and
 * read only by `GET /metrics`: counting must cost nearly nothing when nobody reads it, or the benchmark would
 * measure its own instrument. One set per process (a subgraph runs one server and one ORM).
 */
export const processMetrics = {
  graphqlRequests: 0,
  sqlStatements: 0,
  /** Times Redis did not answer and the process used its own memory instead (./shared-state.ts). */
  sharedStateFallbacks: 0,
};

/** The counters in Prometheus' text exposition format, as `GET /metrics` serves them. */
export function metricsText(metrics = processMetrics): string {
  return (
    '# HELP veiinn_graphql_requests_total GraphQL requests received at /graphql.\n' +
    '# TYPE veiinn_graphql_requests_total counter\n' +
    `veiinn_graphql_requests_total ${metrics.graphqlRequests}\n` +
    '# HELP veiinn_sql_statements_total SQL statements sent to the database (transaction control not counted).\n' +
    '# TYPE veiinn_sql_statements_total counter\n' +
    `veiinn_sql_statements_total ${metrics.sqlStatements}\n` +
    '# HELP veiinn_shared_state_fallbacks_total Rate limit or replay checks done in process memory: Redis did not answer.\n' +
    '# TYPE veiinn_shared_state_fallbacks_total counter\n' +
    `veiinn_shared_state_fallbacks_total ${metrics.sharedStateFallbacks}\n`
  );
}

/** Express handler for `GET /metrics`. Counts only, nothing about any caller: open like /health. */
export function metricsHandler(_req: Request, res: Response): void {
  res.type('text/plain; version=0.0.4').send(metricsText());
}

/** Middleware in front of /graphql: one increment per request that reaches it, answered or refused. */
export function countGraphQLRequests(_req: Request, _res: Response, next: NextFunction): void {
  processMetrics.graphqlRequests++;
  next();
}

/**
 * Counts every statement the ORM sends through its connection's `execute` (finds, inserts, updates, raw queries;
 * begin and commit go through the driver's transaction and are not counted, as in the tests' SQL counter).
 * A wrapper on `execute` rather than the ORM's `onQuery`: that one switches on MikroORM's debug logger, which
 * formats every statement into a log line, and would itself cost CPU under load.
 */
export function countSqlStatements(orm: MikroORM): void {
  const connection = orm.em.getConnection() as unknown as { execute: (...args: unknown[]) => unknown };
  const execute = connection.execute.bind(connection);
  connection.execute = (...args) => {
    processMetrics.sqlStatements++;
    return execute(...args);
  };
}
