import { DEVELOPMENT_PERSON_REF_KEY } from '@veiinn/kit';
import { createTestDatabase, openSeededBeforeIntakeModeMain, schemaDrift, testDialect } from '@veiinn/testing';
import { intakeEntities } from '../src/context';
import { intakeMigrations } from '../src/migrations';
import { seedDemoData } from '../src/seed/seed';
import { openIntakeDatabase } from '../src/subgraph';

type Row = Record<string, unknown>;

/** A generic value for a NOT NULL column without a default, by its SQLite type (CHECKs are off while it is written). */
const filler = (type: string) => (/int|double|real/i.test(type) ? 1 : /date/i.test(type) ? Date.now() : 'x');

describe('IntakeMode MAIN_INTAKE becomes MAIN (migration)', () => {
  // The rename must carry the rows a database already has: an offer left as MAIN_INTAKE would fail to load as an
  // IntakeMode, and on SQLite the table is rebuilt, which must not lose what refers to the offers.
  it('migrates existing MAIN_INTAKE offers to MAIN and keeps what refers to them', async () => {
    const database = await createTestDatabase('intake_mode_main');
    // The demo data as an older version would have stored it: the entities write MAIN, so the old CHECK is lifted
    // while seeding and the rows are set to the old value.
    const old = await openSeededBeforeIntakeModeMain({
      prefix: 'intake_mode_main',
      database,
      entities: intakeEntities,
      migrations: intakeMigrations,
      seed: (em) => seedDemoData(em, { personRefKey: DEVELOPMENT_PERSON_REF_KEY }),
    });
    const sql = (query: string) => old.em.getConnection().execute<Row[]>(query);
    let offerId: string;
    let decisionId = '';
    try {
      await sql(`update offer set intake_mode = 'MAIN_INTAKE' where intake_mode = 'MAIN'`);
      offerId = String((await sql(`select id from offer where intake_mode = 'MAIN_INTAKE' order by id limit 1`))[0].id);
      if (testDialect === 'sqlite') {
        // A decision on one of them: its offer_id is ON DELETE SET NULL, which dropping the old table would fire.
        const participant = (await sql('select id from participant limit 1'))[0].id;
        const columns = await sql('pragma table_info(decision)');
        const values: Row = { id: 'decision-1', participant_id: participant, offer_id: offerId };
        for (const c of columns) {
          const name = String(c.name);
          if (!(name in values) && c.notnull && c.dflt_value === null) values[name] = filler(String(c.type));
        }
        await old.em
          .getConnection()
          .execute(
            `insert into decision (${Object.keys(values).join(', ')}) values (${Object.keys(values).map(() => '?')})`,
            Object.values(values),
          );
        decisionId = 'decision-1';
        await sql('pragma ignore_check_constraints = off');
      } else {
        await sql(
          `alter table "offer" add constraint "offer_intake_mode_check" check("intake_mode" in ('MAIN_INTAKE', 'CONTINUOUS'))`,
        );
      }
    } finally {
      await old.close();
    }

    const orm = await openIntakeDatabase(database);
    try {
      const rows = await orm.em.getConnection().execute<Row[]>('select id, intake_mode from offer');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r: Row) => r.intake_mode === 'MAIN_INTAKE')).toEqual([]);
      expect(rows.find((r: Row) => r.id === offerId)?.intake_mode).toBe('MAIN');
      if (decisionId) {
        const [decision] = await orm.em
          .getConnection()
          .execute<Row[]>(`select offer_id from decision where id = '${decisionId}'`);
        expect(decision.offer_id).toBe(offerId);
      }
      expect(await schemaDrift(orm)).toEqual([]);
    } finally {
      await orm.close();
      await database.drop();
    }
  });
});
