import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { GraphQLError } from 'graphql';
import { conflictOnRace, lockForWrite } from '../src/concurrency';

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

interface Seat {
  id: string;
  taken: boolean;
}

const SeatSchema = new EntitySchema<Seat>({
  name: 'Seat',
  properties: { id: { type: 'string', primary: true }, taken: { type: 'boolean' } },
});

describe('lockForWrite', () => {
  const SEAT = '6f1d3c2a-8b4e-4f7a-9c1d-2e3f4a5b6c7d';
  const statements: string[] = [];
  let orm: MikroORM;

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: LibSqlDriver,
      dbName: ':memory:',
      entities: [SeatSchema],
      allowGlobalContext: true,
      debug: ['query'],
      logger: (message) => statements.push(message),
    });
    await orm.schema.createSchema();
    await orm.em.fork().insert(SeatSchema, { id: SEAT, taken: false });
  });

  afterAll(() => orm.close(true));

  it('reads the row inside the transaction, and nothing for an unknown id', async () => {
    await orm.em.fork().transactional(async (tx) => {
      expect(await lockForWrite(tx, SeatSchema, SEAT)).toMatchObject({ id: SEAT, taken: false });
      expect(await lockForWrite(tx, SeatSchema, '00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });

  it('sends no query for an id that is no uuid', async () => {
    statements.length = 0;
    expect(await lockForWrite(orm.em.fork(), SeatSchema, "1' or '1'='1")).toBeNull();
    expect(statements).toEqual([]);
  });
});
