import { EntitySchema, wrap, type MikroORM, type Ref } from '@mikro-orm/core';
import { SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { byIdLoader, childrenLoader } from '../src/loaders';
import { openDatabase } from '../src/orm';

/**
 * The kit's loaders build their statement once per shape and number of keys, then run it with the keys as bindings
 * and hydrate the rows as em.find does (loaders.ts `findByKeys`). Checked here against em.find itself: the same
 * entities with the same values (dates, references), the same instances in the request's identity map, pending
 * changes flushed first, and one statement per batch whatever the number of rows.
 */
interface Shelf {
  id: string;
  name: string;
}
interface Book {
  id: string;
  shelf: Ref<Shelf>;
  title: string;
  position: number;
  lentOn: string | null;
}

const ShelfSchema = new EntitySchema<Shelf>({
  name: 'Shelf',
  properties: { id: { type: 'uuid', primary: true }, name: { type: 'string' } },
});
const BookSchema = new EntitySchema<Book>({
  name: 'Book',
  properties: {
    id: { type: 'uuid', primary: true },
    shelf: { kind: 'm:1', entity: () => ShelfSchema, ref: true },
    title: { type: 'string' },
    position: { type: 'integer' },
    lentOn: { type: 'date', nullable: true },
  },
});

describe('byIdLoader and childrenLoader', () => {
  let orm: MikroORM;
  const statements: string[] = [];
  const shelves = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    orm = await openDatabase({
      sqlitePath: ':memory:',
      entities: [ShelfSchema, BookSchema],
      migrations: { sqlite: [], postgresql: [] },
      onQuery: (sql) => statements.push(sql),
    });
    await orm.schema.createSchema();
    const em = orm.em.fork();
    shelves.forEach((id, i) => em.create(ShelfSchema, { id, name: `Shelf ${i}` }));
    for (let i = 0; i < 30; i++) {
      em.create(BookSchema, {
        id: randomUUID(),
        shelf: shelves[i % 2]!,
        title: `Book ${i}`,
        position: 30 - i,
        lentOn: i % 3 ? null : '2026-11-23',
      });
    }
    await em.flush();
  });

  afterAll(() => orm.close(true));

  const plain = (entity: object) => wrap(entity).toObject();
  const booksOf = (em = orm.em.fork()) =>
    childrenLoader(em, BookSchema, 'shelf', (b) => b.shelf.id, { position: 'asc', id: 'asc' });

  it('answers what em.find answers', async () => {
    const em = orm.em.fork();
    const [first, second, none] = await booksOf(em).loadMany(shelves);
    const expected = await orm.em
      .fork()
      .find(BookSchema, { shelf: shelves[0]! }, { orderBy: { position: 'asc', id: 'asc' } });
    expect((first as Book[]).map(plain)).toEqual(expected.map(plain));
    expect((second as Book[]).length).toBe(15);
    expect(none).toEqual([]);
    expect((first as Book[])[0]!.shelf.id).toBe(shelves[0]);
    expect((first as Book[]).some((b) => b.lentOn === '2026-11-23')).toBe(true);

    const lent = childrenLoader(
      em,
      BookSchema,
      'shelf',
      (b) => b.shelf.id,
      { title: 'desc' },
      { lentOn: { $ne: null } },
    );
    expect(((await lent.load(shelves[1]!)) as Book[]).map(plain)).toEqual(
      (
        await orm.em
          .fork()
          .find(BookSchema, { shelf: shelves[1]!, lentOn: { $ne: null } }, { orderBy: { title: 'desc' } })
      ).map(plain),
    );
  });

  it('finds by id with the identity map of the request: one instance per row, null for an unknown id', async () => {
    const em = orm.em.fork();
    const loader = byIdLoader(em, ShelfSchema, { uuidKeys: true });
    const [shelf, unknown, notUuid] = await loader.loadMany([shelves[2]!.toUpperCase(), randomUUID(), 'slug']);
    expect(shelf).toBe(await em.findOne(ShelfSchema, { id: shelves[2]! }));
    expect(plain(shelf as Shelf)).toEqual({ id: shelves[2], name: 'Shelf 2' });
    expect([unknown, notUuid]).toEqual([null, null]);
  });

  it("flushes the request's pending changes first, as em.find does", async () => {
    const em = orm.em.fork();
    const shelf = await byIdLoader(em, ShelfSchema).load(shelves[2]!);
    shelf!.name = 'Renamed';
    em.create(BookSchema, { id: randomUUID(), shelf: shelves[2]!, title: 'New', position: 1, lentOn: null });
    expect(((await booksOf(em).load(shelves[2]!)) as Book[]).map((b) => b.title)).toEqual(['New']);
    // And a change made in the request is not overwritten by a later read of the same row.
    shelf!.name = 'Renamed again';
    expect((await byIdLoader(em, ShelfSchema).load(shelves[2]!))!.name).toBe('Renamed again');
  });

  it('runs one statement per batch whatever the number of rows, built by the query builder once', async () => {
    const build = jest.spyOn(SqlEntityManager.prototype, 'createQueryBuilder');
    await booksOf().loadMany(shelves.slice(0, 2));
    build.mockClear();
    statements.length = 0;
    const [a, b] = await booksOf().loadMany(shelves.slice(0, 2));
    expect(statements.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
    expect(build).not.toHaveBeenCalled();
    expect((a as Book[]).length + (b as Book[]).length).toBe(30);
    build.mockRestore();
  });
});
