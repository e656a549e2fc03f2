import type { EntityManager, MigrationObject, MikroORM } from '@mikro-orm/core';
import { openDatabase, type DatabaseOptions, type Dialect } from '@veiinn/kit';
import { createTestDatabase, testDialect } from './database';
import { schemaDrift } from './schema-drift';

type Row = Record<string, unknown>;

/** What a subgraph's database looked like before and after its `_IntakeModeMain` migration. */
export interface IntakeModeMigrationResult {
  /** Offers stored as MAIN_INTAKE before the migration. */
  oldOffers: number;
  /** Their intake modes after it, by offer id. */
  modesAfter: Record<string, string>;
  /** Rows per table before and after: the migration (a table rebuild on SQLite) must keep every row. */
  rowsBefore: Record<string, number>;
  rowsAfter: Record<string, number>;
  drift: string[];
}

async function rowCounts(orm: MikroORM): Promise<Record<string, number>> {
  const connection = orm.em.getConnection();
  const tables = (
    testDialect === 'sqlite'
      ? await connection.execute<Row[]>(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'mikro_orm%'",
        )
      : await connection.execute<Row[]>(
          "select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'mikro_orm%'",
        )
  ).map((r: Row) => String(r.name));
  const counts: Record<string, number> = {};
  for (const table of tables.sort()) {
    const [row] = await connection.execute<Row[]>(`select count(*) as n from "${table}"`);
    counts[table] = Number(row.n);
  }
  return counts;
}

/**
 * Opens `database` migrated up to, not including, the migration named `..._IntakeModeMain`, with the demo data
 * `seed` writes in it and the intake-mode CHECK lifted (the entities write MAIN; the caller sets the old value and
 * puts the CHECK back). On PostgreSQL the later migrations run too (they only add columns, which the rename keeps);
 * on SQLite the rename rebuilds the offer table by its column list of that day, so a database as it really was
 * then is built: the demo data is seeded in a fully migrated scratch database and its rows copied column by column.
 */
export async function openSeededBeforeIntakeModeMain(options: {
  prefix: string;
  database: { databaseUrl?: string; sqlitePath?: string };
  entities: DatabaseOptions['entities'];
  migrations: Record<Dialect, MigrationObject[]>;
  seed: (em: EntityManager) => Promise<unknown>;
}): Promise<MikroORM> {
  const isRename = (m: MigrationObject) => m.name.endsWith('_IntakeModeMain');
  const cut = options.migrations.sqlite.findIndex(isRename);
  if (cut < 0 || !options.migrations.postgresql.some(isRename)) throw new Error('no _IntakeModeMain migration');
  if (testDialect === 'postgresql') {
    const before = { ...options.migrations, postgresql: options.migrations.postgresql.filter((m) => !isRename(m)) };
    const old = await openDatabase({ ...options.database, entities: options.entities, migrations: before });
    await old.em.getConnection().execute('alter table "offer" drop constraint "offer_intake_mode_check"');
    await options.seed(old.em.fork());
    return old;
  }
  const scratch = await createTestDatabase(`${options.prefix}_seed`);
  try {
    const full = await openDatabase({ ...scratch, entities: options.entities, migrations: options.migrations });
    try {
      await options.seed(full.em.fork());
    } finally {
      await full.close();
    }
    const before = { ...options.migrations, sqlite: options.migrations.sqlite.slice(0, cut) };
    const old = await openDatabase({ ...options.database, entities: options.entities, migrations: before });
    const sql = (query: string) => old.em.getConnection().execute<Row[]>(query);
    await sql('pragma ignore_check_constraints = on');
    await sql('pragma foreign_keys = off');
    await sql(`attach database '${scratch.sqlitePath!.replace(/'/g, "''")}' as seeded`);
    try {
      const tables = await sql(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'mikro_orm%'",
      );
      for (const { name } of tables) {
        const columns = (await sql(`pragma main.table_info(\`${String(name)}\`)`)).map(
          (c: Row) => `\`${String(c.name)}\``,
        );
        const list = columns.join(', ');
        await sql(`insert into main.\`${String(name)}\` (${list}) select ${list} from seeded.\`${String(name)}\``);
      }
    } finally {
      await sql('detach database seeded');
      await sql('pragma foreign_keys = on');
    }
    return old;
  } finally {
    await scratch.drop();
  }
}

/**
 * Builds a database as it was before IntakeMode `MAIN_INTAKE` became `MAIN` (every migration up to the one named
 * `..._IntakeModeMain`), seeds it with the demo data and sets its main-intake offers to the old value, then opens
 * it with every migration. The entities already write `MAIN`, so the old CHECK is lifted while seeding.
 */
export async function migrateFromMainIntake(options: {
  prefix: string;
  entities: DatabaseOptions['entities'];
  migrations: Record<Dialect, MigrationObject[]>;
  seed: (em: EntityManager) => Promise<unknown>;
}): Promise<IntakeModeMigrationResult> {
  const database = await createTestDatabase(options.prefix);
  try {
    const old = await openSeededBeforeIntakeModeMain({ ...options, database });
    let oldOffers: number;
    let rowsBefore: Record<string, number>;
    try {
      const sql = (query: string) => old.em.getConnection().execute<Row[]>(query);
      await sql(`update offer set intake_mode = 'MAIN_INTAKE' where intake_mode = 'MAIN'`);
      // A provider with continuous intake only (Arba) gets one main-intake offer, so the mapping is exercised there too.
      if (!(await sql(`select id from offer where intake_mode = 'MAIN_INTAKE'`)).length) {
        await sql(`update offer set intake_mode = 'MAIN_INTAKE' where id = (select id from offer order by id limit 1)`);
      }
      if (testDialect === 'sqlite') await sql('pragma ignore_check_constraints = off');
      else
        await sql(
          `alter table "offer" add constraint "offer_intake_mode_check" check("intake_mode" in ('MAIN_INTAKE', 'CONTINUOUS'))`,
        );
      oldOffers = (await sql(`select id from offer where intake_mode = 'MAIN_INTAKE'`)).length;
      rowsBefore = await rowCounts(old);
    } finally {
      await old.close();
    }
    const orm = await openDatabase({ ...database, entities: options.entities, migrations: options.migrations });
    try {
      const rows = await orm.em.getConnection().execute<Row[]>('select id, intake_mode from offer');
      return {
        oldOffers,
        modesAfter: Object.fromEntries(rows.map((r: Row) => [String(r.id), String(r.intake_mode)])),
        rowsBefore,
        // Tables that later migrations add (e.g. the placement protocol's keys) are empty then, and not counted.
        rowsAfter: Object.fromEntries(
          Object.entries(await rowCounts(orm)).filter(([table, rows]) => table in rowsBefore || rows > 0),
        ),
        drift: await schemaDrift(orm),
      };
    } finally {
      await orm.close();
    }
  } finally {
    await database.drop();
  }
}
