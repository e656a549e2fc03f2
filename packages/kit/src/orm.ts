import { MikroORM, TransactionContext, type EntityManager, type MigrationObject, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { traceSqlStatements, countSqlStatements, watchDatabasePool } from '@veiinn/service';

export type Dialect = 'sqlite' | 'postgresql';

/**
 * Where a subgraph keeps its data. Every subgraph owns its own database: an embedded SQLite file by default,
 * PostgreSQL when a connection URL is configured.
 */
export interface DatabaseOptions {
  /** Entity classes of this subgraph (listed explicitly; no folder scanning, so built and test code agree). */
  entities: NonNullable<Options['entities']>;
  /**
   * Migrations per dialect. SQL differs between SQLite and PostgreSQL, so each dialect has its own list,
   * generated from the same entities; a test proves both lists produce the schema the entities describe.
   */
  migrations: Record<Dialect, MigrationObject[]>;
  /** `postgres://` or `postgresql://` URL; when absent, `sqlitePath` is used. */
  databaseUrl?: string;
  sqlitePath?: string;
  /** Called with every SQL statement the ORM sends: used to count statements in tests and benchmarks. */
  onQuery?: (sql: string) => void;
  /**
   * How long a query waits for a free connection before it fails (`<NAME>_DB_ACQUIRE_TIMEOUT_MS`). SQLite has one
   * connection, so a wait means a deadlock or a stuck write; the default (5 s, instead of knex's 60 s) makes it
   * fail fast. PostgreSQL keeps knex's 60 s unless this is set.
   */
  acquireTimeoutMillis?: number;
}

/** SQLite's default wait for the pool's one connection: longer than any healthy write, far shorter than 60 s. */
export const DEFAULT_SQLITE_ACQUIRE_TIMEOUT_MS = 5_000;

export function dialectOf(options: Pick<DatabaseOptions, 'databaseUrl'>): Dialect {
  return options.databaseUrl && /^postgres(ql)?:\/\//.test(options.databaseUrl) ? 'postgresql' : 'sqlite';
}

export function createOrmConfig(options: DatabaseOptions): Options {
  const dialect = dialectOf(options);
  const common: Options = {
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations[dialect],
      // All pending migrations run in one transaction: a failed upgrade leaves the database as it was.
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      // The subgraph logs its own start-up; umzug's per-migration lines would go straight to the console.
      silent: true,
    },
    // The schema is made by migrations only; the ORM never alters tables on its own.
    ensureDatabase: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    colors: false,
    ...(options.onQuery
      ? {
          debug: ['query'] as const,
          logger: (message: string) => options.onQuery!(message.replace(/^\[query\]\s*/, '')),
        }
      : { debug: false }),
  } as Options;
  if (dialect === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.databaseUrl,
      ...(options.acquireTimeoutMillis !== undefined && {
        pool: { acquireTimeoutMillis: options.acquireTimeoutMillis },
      }),
    } as Options;
  }
  // ':memory:' is SQLite's name for a private in-memory database, not a file to create in the working directory.
  const file = options.sqlitePath === ':memory:' ? ':memory:' : resolve(options.sqlitePath ?? 'data/veiinn.sqlite');
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: file,
    // The libsql driver runs on knex's SQLite client, whose tarn pool holds exactly one connection (SQLite has one
    // writer, and each ':memory:' connection is a database of its own), with knex's 60 s acquire timeout. Said
    // explicitly here: while a write's transaction holds that connection, any query on another EntityManager waits
    // for it, and without a short timeout the whole subgraph froze for a minute (issue 10). `guardTransactionReads`
    // refuses that query at once; the timeout is the net for any other way to wait (a second transaction begun
    // inside the first).
    pool: { min: 1, max: 1, acquireTimeoutMillis: options.acquireTimeoutMillis ?? DEFAULT_SQLITE_ACQUIRE_TIMEOUT_MS },
  } as Options;
}

/** The error a query outside its request's open transaction gets, instead of waiting for the connection. */
export class ReadOutsideTransactionError extends Error {
  override readonly name = 'ReadOutsideTransactionError';
}

/**
 * The EntityManager of the transaction open in this async context (the write of this request, started with
 * `em.transactional`), else `em`. For code that is called both inside and outside writes, such as the hub's row
 * scope: inside a write it must read through the write's transaction, never a second connection.
 */
export function currentEm(em: EntityManager): EntityManager {
  const tx = TransactionContext.getEntityManager(em.name);
  return tx?.isInTransaction() ? tx : em;
}

/**
 * Refuses a query sent on another EntityManager while a transaction is open in the same async context (an
 * `em.fork()` or the request's `ctx.em` used inside `transactional`). On SQLite that query waits for the one
 * connection the transaction holds: a deadlock until the acquire timeout, for every request meanwhile. On PostgreSQL
 * it reads outside the transaction (it misses the write's own changes) and, with as many such writes as the pool has
 * connections, deadlocks the same way. Failing at once with the cause named, in every dialect and mode, means this
 * class of bug cannot pass the tests and return silently. A fork after the commit, outside the callback, is fine.
 */
export function guardTransactionReads(orm: MikroORM): void {
  const connection = orm.em.getConnection() as unknown as {
    execute: (query: unknown, params?: unknown, method?: unknown, ctx?: unknown, ...rest: unknown[]) => unknown;
    transactional: (cb: unknown, options?: { ctx?: unknown }) => unknown;
  };
  const openTransaction = () => TransactionContext.getEntityManager(orm.em.name)?.getTransactionContext();
  const refuse = (what: string) =>
    new ReadOutsideTransactionError(
      `${what} on a second connection while this request's transaction is open: read through the transaction's ` +
        "EntityManager (the `tx` of `em.transactional`, or `currentEm(em)`), not `em.fork()` or the request's `em`.",
    );
  const execute = connection.execute.bind(connection);
  connection.execute = (query, params, method, ctx, ...rest) => {
    if (!ctx && openTransaction()) return Promise.reject(refuse('A query ran'));
    return execute(query, params, method, ctx, ...rest);
  };
  const transactional = connection.transactional.bind(connection);
  connection.transactional = (cb, options) => {
    if (!options?.ctx && openTransaction()) return Promise.reject(refuse('A second transaction began'));
    return transactional(cb, options);
  };
}

/** The net under the guard: a wait for a connection that ends in knex's timeout says what it most likely means. */
export function explainPoolTimeouts(orm: MikroORM): void {
  const client = knexClientOf(orm);
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = () =>
    acquire().catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'KnexTimeoutError')) throw error;
      throw new Error(
        `No database connection within ${client.config.pool?.acquireTimeoutMillis ?? 60_000} ms: every connection ` +
          'is held, most likely by a transaction waiting for a query of its own request on another connection ' +
          "(an EntityManager other than the transaction's, used inside `em.transactional`), or by a stuck write.",
        { cause: error },
      );
    });
}

/** Prepared statements a SQLite connection keeps for reuse: the distinct statements of every read and write path. */
export const PREPARED_STATEMENTS_KEPT = 500;

/**
 * Reuses each SQL statement's prepared form on SQLite. MikroORM's libsql dialect prepares every statement anew on
 * every call, which cost more than running it: parsing and planning the SQL again for each of a request's reads.
 * A libsql statement resets itself on each `all` or `run`, and SQLite re-prepares one whose tables' schema changed
 * since (migrations), so a cached one answers exactly as a fresh one would. The pool has one connection and knex
 * hands it to one query at a time, so no statement is ever in use twice. Kept per connection, least recently used
 * first out: `in (?, ?, …)` lists of every length are distinct statements.
 */
export function reusePreparedStatements(orm: MikroORM, kept = PREPARED_STATEMENTS_KEPT): void {
  const client = knexClientOf(orm);
  const patched = new WeakSet<object>();
  const acquire = client.acquireConnection.bind(client);
  client.acquireConnection = async () => {
    const connection = (await acquire()) as { prepare(sql: string): unknown };
    if (!patched.has(connection)) {
      patched.add(connection);
      const prepare = connection.prepare.bind(connection);
      const statements = new Map<string, unknown>();
      connection.prepare = (sql) => {
        let statement = statements.get(sql);
        if (statement) statements.delete(sql);
        else statement = prepare(sql);
        statements.set(sql, statement);
        if (statements.size > kept) statements.delete(statements.keys().next().value!);
        return statement;
      };
    }
    return connection;
  };
}

/**
 * Keeps a SQLite file's one connection for as long as the database is open. MikroORM's libsql dialect takes a
 * connection over 10 s old for stale (a remote libsql server may have dropped it) and opens a new one; on a local
 * file that bought nothing but a reopen, and the old connection, with the statements kept on it, went on holding the
 * file until collected: at the stop SQLite refused to fold the log back ("database is locked").
 */
function keepTheConnection(orm: MikroORM): void {
  knexClientOf(orm).validateConnection = () => true;
}

function knexClientOf(orm: MikroORM): KnexClient {
  return (orm.em.getConnection() as unknown as { getKnex(): { client: KnexClient } }).getKnex().client;
}

interface KnexClient {
  acquireConnection(): Promise<unknown>;
  validateConnection(connection: unknown): boolean;
  config: { pool?: { acquireTimeoutMillis?: number } };
}

/**
 * SQLite's write-ahead log instead of its rollback journal (a setting of the file, kept across opens). With the
 * rollback journal every committed transaction created, synced and deleted a journal file besides syncing the
 * database: several fsyncs per commit, on the one connection every request of the subgraph waits for (the audit
 * log's writes among them). The log syncs once per commit, still at every commit (`synchronous = full`), so a
 * committed write survives a crash or a power cut as before; a process killed mid-write leaves the log, which the
 * next open replays or discards whole.
 */
async function useWriteAheadLog(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  await connection.execute('pragma journal_mode = wal');
  await connection.execute('pragma synchronous = full');
}

/**
 * Closes the database. A SQLite file is first folded back from its write-ahead log into the one file (the log and
 * its index removed), so that a stopped subgraph leaves a single file that can be copied or backed up alone; the
 * next open turns the log on again. Best effort: while another connection has the file open (a test reading it, a
 * backup), SQLite refuses to leave the log ("database is locked"), and the log stays beside the file, where the
 * next open reads it; nothing is lost either way.
 */
export async function closeDatabase(orm: MikroORM): Promise<void> {
  try {
    if (orm.config.getDriver() instanceof LibSqlDriver && orm.config.get('dbName') !== ':memory:') {
      await orm.em.getConnection().execute('pragma journal_mode = delete');
    }
  } catch {
    // Another connection has the file open: the log stays (see above).
  } finally {
    await orm.close();
  }
}

/** Opens the database and applies pending migrations. A new SQLite file (and its folder) is created on first start. */
export async function openDatabase(options: DatabaseOptions): Promise<MikroORM> {
  if (dialectOf(options) === 'sqlite' && options.sqlitePath !== ':memory:') {
    mkdirSync(dirname(resolve(options.sqlitePath ?? 'data/veiinn.sqlite')), { recursive: true });
  }
  const orm = await MikroORM.init(createOrmConfig(options));
  try {
    if (dialectOf(options) === 'sqlite') keepTheConnection(orm);
    await orm.getMigrator().up();
    guardTransactionReads(orm);
    explainPoolTimeouts(orm);
    if (dialectOf(options) === 'sqlite') {
      if (options.sqlitePath !== ':memory:') await useWriteAheadLog(orm);
      reusePreparedStatements(orm);
    }
    // After the migrations: /metrics counts the statements of requests, not of the start.
    countSqlStatements(orm);
    traceSqlStatements(orm, dialectOf(options));
    if (dialectOf(options) === 'postgresql') watchDatabasePool(orm);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}
