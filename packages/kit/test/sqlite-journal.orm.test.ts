import { EntitySchema } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../src/orm';

/** A SQLite file is opened with the write-ahead log, synced at every commit (orm.ts, useWriteAheadLog). */
interface Note {
  id: number;
  text: string;
}

const NoteSchema = new EntitySchema<Note>({
  name: 'Note',
  properties: { id: { type: 'integer', primary: true }, text: { type: 'string' } },
});

describe("a SQLite file's journal", () => {
  const folder = mkdtempSync(join(tmpdir(), 'veiinn-journal-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is the write-ahead log, synced at every commit, and what is committed is read back after a reopen', async () => {
    const sqlitePath = join(folder, 'notes.sqlite');
    const open = () => openDatabase({ sqlitePath, entities: [NoteSchema], migrations: { sqlite: [], postgresql: [] } });
    const orm = await open();
    try {
      await orm.schema.createSchema();
      const connection = orm.em.getConnection();
      expect(await connection.execute('pragma journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await connection.execute('pragma synchronous')).toEqual([{ synchronous: 2 }]);
      await orm.em.fork().insert(NoteSchema, { id: 1, text: 'kept' });
    } finally {
      await orm.close();
    }
    const again = await open();
    try {
      expect(await again.em.fork().find(NoteSchema, {})).toEqual([{ id: 1, text: 'kept' }]);
    } finally {
      await again.close();
    }
  });

  it('is folded back into the one file when the database is closed', async () => {
    const sqlitePath = join(folder, 'closed.sqlite');
    const orm = await openDatabase({ sqlitePath, entities: [NoteSchema], migrations: { sqlite: [], postgresql: [] } });
    try {
      await orm.schema.createSchema();
      await orm.em.fork().insert(NoteSchema, { id: 1, text: 'kept' });
      expect(readdirSync(folder).filter((name) => name.startsWith('closed.'))).toContain('closed.sqlite-wal');
    } finally {
      await closeDatabase(orm);
    }
    expect(readdirSync(folder).filter((name) => name.startsWith('closed.'))).toEqual(['closed.sqlite']);
  });

  it('stays on one connection while open, so a stop can fold the log back however long the subgraph ran', async () => {
    // MikroORM's libsql dialect takes a connection over 10 s old for stale (meant for remote databases) and opens
    // another. The old one, still holding the statements kept for reuse, held the file, and at the stop SQLite
    // refused to leave the log ("database is locked"): npm start then left -wal and -shm files behind.
    const sqlitePath = join(folder, 'long.sqlite');
    const orm = await openDatabase({ sqlitePath, entities: [NoteSchema], migrations: { sqlite: [], postgresql: [] } });
    const { client } = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
    const connectionId = async () => {
      const connection = (await client.acquireConnection()) as { __knexUid: string };
      client.releaseConnection(connection);
      return connection.__knexUid;
    };
    try {
      await orm.schema.createSchema();
      await orm.em.fork().insert(NoteSchema, { id: 1, text: 'kept' });
      const first = await connectionId();
      const now = Date.now();
      jest.spyOn(Date, 'now').mockImplementation(() => now + 60_000);
      expect(await connectionId()).toBe(first);
      expect(await orm.em.fork().find(NoteSchema, {})).toEqual([{ id: 1, text: 'kept' }]);
    } finally {
      jest.restoreAllMocks();
      await closeDatabase(orm);
    }
    expect(readdirSync(folder).filter((name) => name.startsWith('long.'))).toEqual(['long.sqlite']);
  });
});
