import { buildSubgraphSchema } from '@apollo/subgraph';
import { EntitySchema, type MikroORM } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { parse } from 'graphql';
import { metricsText, processMetrics } from '../src/metrics';
import { openDatabase } from '../src/orm';
import { createSubgraphServer, type RunningServer } from '../src/server';

/**
 * The counters the benchmark reads (`npm run bench`): a GraphQL request and each SQL statement it sends show up in
 * `GET /metrics` of a real subgraph server on a real SQLite database.
 */
interface Note {
  id: number;
  text: string;
}

const NoteSchema = new EntitySchema<Note>({
  name: 'Note',
  properties: { id: { type: 'integer', primary: true }, text: { type: 'string' } },
});

class CreateNotes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `note` (`id` integer not null primary key, `text` text not null);');
    this.addSql("insert into `note` (`id`, `text`) values (1, 'first'), (2, 'second');");
  }
}

describe('GET /metrics', () => {
  let orm: MikroORM;
  let subgraph: RunningServer;
  beforeAll(async () => {
    orm = await openDatabase({
      entities: [NoteSchema],
      migrations: { sqlite: [{ name: 'CreateNotes', class: CreateNotes }], postgresql: [] },
      sqlitePath: ':memory:',
    });
    const typeDefs = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Note @key(fields: "id") { id: ID! text: String! }
      type Query { notes: [Note!]! }
    `);
    subgraph = await createSubgraphServer({
      name: 'notes',
      schema: buildSubgraphSchema({
        typeDefs,
        resolvers: {
          Query: {
            notes: (_: unknown, __: unknown, ctx: unknown) => (ctx as { em: MikroORM['em'] }).em.find(NoteSchema, {}),
          },
        },
      }),
      orm,
      createLoaders: () => ({}),
      app: {},
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined } as never,
    }).listen(0);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await orm?.close(true);
  });

  const metrics = async () => {
    const response = await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    return { requests: value('veiinn_graphql_requests_total'), statements: value('veiinn_sql_statements_total') };
  };

  it('counts a GraphQL request and the SQL statement it sent, in the Prometheus text format', async () => {
    const before = await metrics();
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ notes { id text } }' }),
    });
    expect(await response.json()).toEqual({
      data: {
        notes: [
          { id: '1', text: 'first' },
          { id: '2', text: 'second' },
        ],
      },
    });
    expect(await metrics()).toEqual({ requests: before.requests + 1, statements: before.statements + 1 });
  });

  it('counts statements sent outside a request too: finds and raw queries alike', async () => {
    const before = processMetrics.sqlStatements;
    await orm.em.fork().find(NoteSchema, { id: 1 });
    await orm.em.getConnection().execute('select 1');
    expect(processMetrics.sqlStatements).toBe(before + 2);
    expect(metricsText()).toContain(`veiinn_sql_statements_total ${before + 2}\n`);
  });
});
