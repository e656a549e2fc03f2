import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import Database from 'libsql';
import { openDatabase, reusePreparedStatements } from '../src/orm';

/**
 * SQLite statements prepared once per connection and reused (orm.ts): counted at the driver's `prepare`, and the
 * answers checked to be those of fresh statements, after writes, a refused write and a change of the schema.
 */
interface Note {
  id: number;
  key: string;
}

const NoteSchema = new EntitySchema<Note>({
  name: 'Note',
  properties: { id: { type: 'integer', primary: true }, key: { type: 'string', unique: true } },
});

describe('reusePreparedStatements', () => {
  const prepare = jest.spyOn(Database.prototype, 'prepare');
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await openDatabase({
      sqlitePath: ':memory:',
      entities: [NoteSchema],
      migrations: { sqlite: [], postgresql: [] },
    });
    await orm.schema.createSchema();
  });

  afterAll(() => orm.close(true));

  const keys = async () => (await orm.em.fork().find(NoteSchema, {}, { orderBy: { id: 'asc' } })).map((n) => n.key);

  it('prepares a statement once and answers each call with the rows of that moment', async () => {
    await orm.em.fork().insert(NoteSchema, { id: 1, key: 'a' });
    expect(await keys()).toEqual(['a']);
    prepare.mockClear();
    await orm.em.fork().insert(NoteSchema, { id: 2, key: 'b' });
    expect(await keys()).toEqual(['a', 'b']);
    // The read was prepared at its first use (the ORM writes this insert's values into its SQL: a new statement).
    expect(prepare.mock.calls.map(([sql]) => sql).filter((sql) => sql.startsWith('select'))).toEqual([]);
  });

  it('reuses a statement after a write it ran was refused', async () => {
    await expect(orm.em.fork().insert(NoteSchema, { id: 3, key: 'a' })).rejects.toThrow(/UNIQUE/);
    await orm.em.fork().insert(NoteSchema, { id: 3, key: 'c' });
    expect(await keys()).toEqual(['a', 'b', 'c']);
  });

  it('answers with the new columns after the schema changed under a kept statement', async () => {
    const all = () => orm.em.getConnection().execute('select * from note where id = ?', [1]);
    expect(await all()).toEqual([{ id: 1, key: 'a' }]);
    await orm.em.getConnection().execute("alter table note add column colour text default 'blue'");
    expect(await all()).toEqual([{ id: 1, key: 'a', colour: 'blue' }]);
  });

  it('keeps at most the number it was given, the least recently used out first', async () => {
    const small = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities: [NoteSchema] });
    try {
      reusePreparedStatements(small, 2);
      const run = (sql: string) => small.em.getConnection().execute(sql);
      await run('select 1');
      await run('select 2');
      prepare.mockClear();
      await run('select 1');
      await run('select 3'); // `select 2` goes
      await run('select 1');
      expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(['select 3']);
      await run('select 2');
      expect(prepare.mock.calls.map(([sql]) => sql)).toEqual(['select 3', 'select 2']);
    } finally {
      await small.close(true);
    }
  });
});
