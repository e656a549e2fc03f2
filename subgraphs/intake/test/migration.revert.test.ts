import { MikroORM } from '@mikro-orm/core';
import { createOrmConfig, dialectOf } from '@veiinn/kit';
import { createTestDatabase, type TestDatabase } from '@veiinn/testing';
import { intakeEntities } from '../src/context';
import { intakeMigrations } from '../src/migrations';

const P = '00000000-0000-5000-8000-0000000000a1';
const M = '00000000-0000-5000-8000-0000000000a2';
const T = '00000000-0000-5000-8000-0000000000a3';
const AT = '2027-10-11T10:00:00.000Z';

// Issue 11: the RevertTransitions migration rebuilds `transition`, `transition_status_change` and `transition_step` on
// SQLite (new CHECK values). A migration's transaction cannot turn foreign keys off, and dropping `transition` then
// deletes its agenda items and clears decisions' links: the migration must put them back, on both databases.
describe('the RevertTransitions migration', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase('revert_migration');
    orm = await MikroORM.init(
      createOrmConfig({
        entities: intakeEntities,
        migrations: intakeMigrations,
        databaseUrl: db.databaseUrl,
        sqlitePath: db.sqlitePath,
      }),
    );
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  it('keeps transitions, their steps and history, agenda items and the decisions’ links', async () => {
    const migrator = orm.getMigrator();
    const names = intakeMigrations[dialectOf({ databaseUrl: db.databaseUrl })].map((m) => m.name);
    const revert = names.findIndex((n) => n.includes('RevertTransitions'));
    await migrator.up({ to: names[revert - 1] });
    const sql = orm.em.getConnection();
    for (const statement of [
      `insert into participant (id, given_name, family_name, national_identity_number, birth_date, search_text, created_at, updated_at, version) values ('${P}', 'Test', 'Testesen', '01810000000', '2000-01-01', 'test', '${AT}', '${AT}', 1)`,
      `insert into flow_meeting (id, year, week, start_date, end_date, created_at, version) values ('${M}', 2027, 41, '2027-10-11', '2027-10-15', '${AT}', 1)`,
      `insert into transition (id, participant_id, kind, status, proposed_by, participant_wish, flow_meeting_id, created_at, updated_at, version) values ('${T}', '${P}', 'ACTIVITY_TO_WORK', 'EXECUTING', 'PARTICIPANT', 'Arbeid.', '${M}', '${AT}', '${AT}', 3)`,
      `insert into transition_step (id, transition_id, position, kind, placement_id, offer_id, end_date, outcome, attempts) values ('00000000-0000-5000-8000-0000000000b1', '${T}', 0, 'END', 'pl-1', 'offer-1', '2027-10-31', 'ENDED', 1)`,
      `insert into transition_status_change (id, transition_id, status, at, by, position) values ('00000000-0000-5000-8000-0000000000b2', '${T}', 'PROPOSED', '${AT}', 'PARTICIPANT', 0)`,
      `insert into flow_meeting_item (id, flow_meeting_id, transition_id, position, outcome) values ('00000000-0000-5000-8000-0000000000b3', '${M}', '${T}', 1, 'AGREED')`,
      `insert into decision (id, transition_id, participant_id, outcome, decided_on, decided_at) values ('00000000-0000-5000-8000-0000000000b4', '${T}', '${P}', 'GRANTED', '2027-10-11', '${AT}')`,
    ])
      await sql.execute(statement);

    await migrator.up();
    const one = async (query: string) => (await sql.execute(query))[0] as Record<string, unknown>;
    expect(await one(`select status, version, flow_meeting_id, reverted_on from transition`)).toEqual({
      status: 'EXECUTING',
      version: 3,
      flow_meeting_id: M,
      reverted_on: null,
    });
    expect(await one(`select kind, outcome, end_date, previous_end_date from transition_step`)).toEqual({
      kind: 'END',
      outcome: 'ENDED',
      end_date: '2027-10-31',
      previous_end_date: null,
    });
    expect(Number((await one(`select count(*) as n from transition_status_change`)).n)).toBe(1);
    expect(await one(`select outcome, transition_id from flow_meeting_item`)).toEqual({
      outcome: 'AGREED',
      transition_id: T,
    });
    expect(await one(`select transition_id from decision`)).toEqual({ transition_id: T });
    // The new values are allowed.
    await sql.execute(`update transition set status = 'REVERTED' where id = '${T}'`);
    await sql.execute(`update transition_step set kind = 'UNDO_END', outcome = 'RESTORED'`);
  });
});
