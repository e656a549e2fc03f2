import { buildSubgraphSchema } from '@apollo/subgraph';
import { EntitySchema, type MikroORM } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { GraphQLError, parse } from 'graphql';
import { metricsText, processMetrics, type RunningServer } from '@veiinn/service';
import { openDatabase } from '../src/orm';
import { createSubgraphServer } from '../src/server';

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
    expect(await metricsText()).toContain(`veiinn_sql_statements_total ${before + 2}\n`);
  });
});

/** The sum of a sample's values over the series whose labels include `labels`, from the text exposition. */
function sampleOf(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const match of text.matchAll(new RegExp(`^${name}(?:\\{([^}]*)\\})? (\\S+)$`, 'gm'))) {
    const found = Object.fromEntries([...(match[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) sum += Number(match[2]);
  }
  return sum;
}

describe('GET /metrics for operators', () => {
  let orm: MikroORM;
  let subgraph: RunningServer;
  beforeAll(async () => {
    orm = await openDatabase({
      entities: [NoteSchema],
      migrations: { sqlite: [{ name: 'CreateNotes', class: CreateNotes }], postgresql: [] },
      sqlitePath: ':memory:',
    });
    subgraph = await createSubgraphServer({
      name: 'notes',
      schema: buildSubgraphSchema({
        typeDefs: parse(`
          extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
          type Note @key(fields: "id") { id: ID! }
          type Query { missing: Note broken: Note }
          type Mutation { touch: Boolean! }
        `),
        resolvers: {
          Query: {
            missing: () => {
              throw new GraphQLError('Finnes ikke. / Not found.', { extensions: { code: 'NOT_FOUND' } });
            },
            broken: () => {
              throw new Error('a bug');
            },
          },
          Mutation: { touch: () => true },
        },
      }),
      orm,
      createLoaders: () => ({}),
      app: {},
      logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    }).listen(0);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await orm?.close(true);
  });

  const post = (query: string) =>
    fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then((response) => response.text());
  const scrape = async () => {
    const response = await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  it('counts errors by code, latency by operation type, and serves the process metrics', async () => {
    const before = await scrape();
    await post('{ missing { id } }');
    await post('{ missing { id } }');
    await post('{ broken { id } }');
    await post('mutation { touch }');
    await post('{ not valid');
    await post('{ noSuchField }');
    const after = await scrape();
    const moved = (name: string, labels?: Record<string, string>) =>
      sampleOf(after, name, labels) - sampleOf(before, name, labels);

    expect(moved('veiinn_subgraph_errors_total', { code: 'NOT_FOUND' })).toBe(2);
    expect(moved('veiinn_subgraph_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(moved('veiinn_subgraph_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    expect(moved('veiinn_subgraph_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(moved('veiinn_subgraph_errors_total')).toBe(5);
    expect(moved('veiinn_subgraph_request_duration_seconds_count', { operation_type: 'query' })).toBe(3);
    expect(moved('veiinn_subgraph_request_duration_seconds_count', { operation_type: 'mutation' })).toBe(1);
    // Unparsable and invalid documents never became an operation.
    expect(moved('veiinn_subgraph_request_duration_seconds_count', { operation_type: 'none' })).toBe(2);
    // Each request lands in one bucket and in +Inf.
    expect(moved('veiinn_subgraph_request_duration_seconds_bucket', { operation_type: 'query', le: '+Inf' })).toBe(3);
    expect(moved('veiinn_graphql_requests_total')).toBe(6);
    // The benchmark reads these two unlabelled, as whole numbers (bench/run.mjs, metricsOf).
    expect(after).toMatch(/^veiinn_graphql_requests_total \d+$/m);
    expect(after).toMatch(/^veiinn_sql_statements_total \d+$/m);
    // The process's own, from prom-client's defaults.
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(after).toContain(`# TYPE ${name} `);
    }
    // The pool gauges exist; on SQLite there is no pool to read (see watchDatabasePool).
    expect(sampleOf(after, 'veiinn_db_pool_used')).toBe(0);
  });
});
