import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { GraphQLError } from 'graphql';
import { conflictOnRace } from '../src/concurrency';

/**
 * The helper against the ORM's own errors: a write the version column refuses, and a row a unique index refuses,
 * as two callers at once make them. Without it a helper catching the wrong class would pass its unit test.
 */
interface Note {
  id: number;
  key: string;
  text: string;
  version: number;
}

const NoteSchema = new EntitySchema<Note>({
  name: 'Note',
  properties: {
    id: { type: 'integer', primary: true },
    key: { type: 'string', unique: true },
    text: { type: 'string' },
    version: { type: 'integer', version: true },
  },
});

const NAME = { nb: 'Notatet', en: 'Note 1', it: 'det' } as const;

describe('conflictOnRace with the ORM', () => {
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: LibSqlDriver,
      dbName: ':memory:',
      entities: [NoteSchema],
      allowGlobalContext: true,
    });
    await orm.schema.createSchema();
    await orm.em.fork().insert(NoteSchema, { id: 1, key: 'a', text: 'first', version: 1 });
  });

  afterAll(() => orm.close(true));

  async function rejection(promise: Promise<unknown>): Promise<GraphQLError> {
    try {
      await promise;
    } catch (error) {
      return error as GraphQLError;
    }
    throw new Error('expected a rejection');
  }

  it('turns a write the version column refused into CONFLICT', async () => {
    const mine = orm.em.fork();
    const note = await mine.findOneOrFail(NoteSchema, { id: 1 });
    const theirs = orm.em.fork();
    (await theirs.findOneOrFail(NoteSchema, { id: 1 })).text = 'theirs';
    await theirs.flush();
    note.text = 'mine';
    const error = await rejection(conflictOnRace(NAME, () => mine.flush()));
    expect(error.extensions).toMatchObject({
      code: 'CONFLICT',
      messages: { nb: 'Notatet ble endret av noen andre samtidig. Les det på nytt.' },
    });
  });

  it('turns a row a unique index refused into CONFLICT only when asked', async () => {
    const insert = () => orm.em.fork().insert(NoteSchema, { id: 2, key: 'a', text: 'again', version: 1 });
    expect((await rejection(conflictOnRace(NAME, insert, ['version', 'unique']))).extensions).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await rejection(conflictOnRace(NAME, insert))).extensions?.code).toBeUndefined();
  });
});
