import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { performance } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ErrorCode } from '@veiinn/contracts';
import type { Database } from './database';

/**
 * A subgraph's metrics at `GET /metrics`, in Prometheus' text format (prom-client): the process's own (CPU, memory,
 * event loop, garbage collection), GraphQL requests, errors by code, latency by operation type, SQL statements, the
 * database pool, and whatever a subgraph adds to `subgraphMetrics().registry` (the hub's feed lag).
 *
 * The two counters the benchmark reads (`npm run bench`, docs/performance.md), `veiinn_graphql_requests_total` and
 * `veiinn_sql_statements_total`, keep their names, meaning and unlabelled form. They stay plain integers incremented
 * on the hot path and copied into prom-client only when scraped: counting must cost nearly nothing when nobody reads
 * it, or the benchmark would measure its own instrument. One registry per process (a subgraph runs one server and one
 * ORM; tests that start several in one process share it).
 */
export const processMetrics = {
  graphqlRequests: 0,
  sqlStatements: 0,
  /** Times Redis did not answer and the process used its own memory instead (./shared-state.ts). */
  sharedStateFallbacks: 0,
};

/** Latency buckets in seconds: few, since every bucket is a series per label and a cost per observation. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5];

/**
 * Codes that may become a label value: ours (ErrorCode) and Apollo Server's. Anything else (a library's own code, a
 * typo in a resolver) counts as `OTHER`, so a label's values stay a short known list whatever an error carries.
 */
const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** An error's `extensions.code` as a bounded label value (see KNOWN_CODES); none is an internal error. */
export function errorCodeLabel(code: unknown): string {
  if (code === undefined || code === null) return ErrorCode.INTERNAL_SERVER_ERROR;
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/** GraphQL's operation types as label values; a request that never got as far as an operation is `none`. */
export const OPERATION_TYPES = ['query', 'mutation', 'subscription', 'none'] as const;
export type OperationTypeLabel = (typeof OPERATION_TYPES)[number];

export function operationTypeLabel(type: string | undefined): OperationTypeLabel {
  return type === 'query' || type === 'mutation' || type === 'subscription' ? type : 'none';
}

function createSubgraphMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Counter({
    name: 'veiinn_graphql_requests_total',
    help: 'GraphQL requests received at /graphql.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(processMetrics.graphqlRequests);
    },
  });
  new Counter({
    name: 'veiinn_sql_statements_total',
    help: 'SQL statements sent to the database (transaction control not counted).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(processMetrics.sqlStatements);
    },
  });
  new Counter({
    name: 'veiinn_shared_state_fallbacks_total',
    help: 'Rate limit or replay checks done in process memory: Redis did not answer.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(processMetrics.sharedStateFallbacks);
    },
  });
  const errors = new Counter({
    name: 'veiinn_subgraph_errors_total',
    help: 'Errors in GraphQL responses and refused requests of this subgraph, by extensions.code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'veiinn_subgraph_request_duration_seconds',
    help: 'Time from a GraphQL request reaching Apollo to its response, by operation type.',
    labelNames: ['operation_type'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const pools = new Set<WeakRef<Database>>();
  const poolGauge = (name: string, help: string, read: (pool: TarnPool) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        let total = 0;
        for (const ref of pools) {
          const pool = poolOf(ref.deref());
          if (pool) total += read(pool);
          else pools.delete(ref);
        }
        this.set(total);
      },
    });
  poolGauge('veiinn_db_pool_used', 'Database connections in use (PostgreSQL; 0 on SQLite).', (p) => p.numUsed());
  poolGauge('veiinn_db_pool_free', 'Idle database connections in the pool (PostgreSQL).', (p) => p.numFree());
  poolGauge(
    'veiinn_db_pool_pending',
    'Requests waiting for a database connection (PostgreSQL).',
    (p) => p.numPendingAcquires() + p.numPendingCreates(),
  );
  // Label children bound once: `labels()` validates and copies its arguments on every call.
  const byType = {} as Record<OperationTypeLabel, { observe(value: number): void }>;
  for (const type of OPERATION_TYPES) byType[type] = duration.labels(type);
  const byCode = new Map<string, { inc(): void }>();
  return {
    registry,
    countError(code: unknown) {
      const label = errorCodeLabel(code);
      let child = byCode.get(label);
      if (!child) byCode.set(label, (child = errors.labels(label)));
      child.inc();
    },
    observe(type: OperationTypeLabel, seconds: number) {
      byType[type].observe(seconds);
    },
    watchPool(orm: Database) {
      pools.add(new WeakRef(orm));
    },
  };
}

let metrics: ReturnType<typeof createSubgraphMetrics> | undefined;

/** This process's subgraph metrics, made on first use (a gateway process, which has its own, never makes them). */
export function subgraphMetrics(): ReturnType<typeof createSubgraphMetrics> {
  return (metrics ??= createSubgraphMetrics());
}

/** Every metric in Prometheus' text exposition format, as `GET /metrics` serves them. */
export function metricsText(): Promise<string> {
  return subgraphMetrics().registry.metrics();
}

/** Express handler for `GET /metrics`. Counts only, nothing about any caller: open like /health. */
export async function metricsHandler(_req: Request, res: Response): Promise<void> {
  const { registry } = subgraphMetrics();
  res.type(registry.contentType).send(await registry.metrics());
}

/** Middleware in front of /graphql: one increment per request that reaches it, answered or refused. */
export function countGraphQLRequests(_req: Request, _res: Response, next: NextFunction): void {
  processMetrics.graphqlRequests++;
  next();
}

/**
 * Apollo plugin: each operation's time to its response, by operation type, and each error it answered with, by code.
 * Errors are counted as Apollo saw them (before the error formatter masks an internal one).
 */
export function subgraphMetricsPlugin(): ApolloServerPlugin {
  const recorder = subgraphMetrics();
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) recorder.countError(error.extensions?.code);
        },
        async willSendResponse({ operation }) {
          recorder.observe(operationTypeLabel(operation?.operation), (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/**
 * Counts every statement the ORM sends through its connection's `execute` (finds, inserts, updates, raw queries;
 * begin and commit go through the driver's transaction and are not counted, as in the tests' SQL counter).
 * A wrapper on `execute` rather than the ORM's `onQuery`: that one switches on MikroORM's debug logger, which
 * formats every statement into a log line, and would itself cost CPU under load.
 */
export function countSqlStatements(orm: Database): void {
  const connection = orm.em.getConnection() as unknown as { execute: (...args: unknown[]) => unknown };
  const execute = connection.execute.bind(connection);
  connection.execute = (...args) => {
    processMetrics.sqlStatements++;
    return execute(...args);
  };
}

/** The part of knex's pool (tarn) that the gauges read. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Reads the PostgreSQL connection pool of `orm` when /metrics is scraped (held weakly: a closed ORM drops out). Only
 * for PostgreSQL: SQLite runs on one connection that requests take in turn (see reusePreparedStatements in
 * packages/kit/src/orm.ts), so its pool says nothing a latency histogram does not; `openDatabase` does not call this
 * for SQLite.
 */
export function watchDatabasePool(orm: Database): void {
  subgraphMetrics().watchPool(orm);
}

function poolOf(orm: Database | undefined): TarnPool | undefined {
  if (!orm) return undefined;
  try {
    const connection = orm.em.getConnection() as unknown as { getKnex(): { client: { pool?: TarnPool } } };
    const pool = connection.getKnex().client.pool;
    return pool && typeof pool.numUsed === 'function' ? pool : undefined;
  } catch {
    // Closed, or a connection without knex: nothing to read.
    return undefined;
  }
}
