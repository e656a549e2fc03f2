import { EntitySchema, type MikroORM } from '@mikro-orm/core';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import express from 'express';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLogger,
  redactSql,
  serverSpanMiddleware,
  startTracing,
  traceFields,
  tracesEndpoint,
  tracingEnabled,
  type Tracing,
} from '@veiinn/service';
import { openDatabase } from '../src/orm';

/**
 * The kit's tracing (tracing.ts) below the gateway: when it is on, which variables turn it on, and what a SQL span
 * may say. gateway/test/traces.test.ts follows one request through the whole graph to a real collector.
 */
interface Note {
  id: number;
  key: string;
}

const NoteSchema = new EntitySchema<Note>({
  name: 'Note',
  properties: { id: { type: 'integer', primary: true }, key: { type: 'string', unique: true } },
});

describe('tracesEndpoint and startTracing without a collector', () => {
  it('takes the traces endpoint as it is, or the base endpoint with /v1/traces', () => {
    expect(tracesEndpoint({})).toBeUndefined();
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBeUndefined();
    expect(tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      tracesEndpoint({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://other:4318/traces',
      }),
    ).toBe('http://other:4318/traces');
  });

  it('registers nothing when neither variable is set', () => {
    expect(startTracing('kit', {})).toBeUndefined();
    expect(tracingEnabled()).toBe(false);
    expect(serverSpanMiddleware('/graphql')).toBeUndefined();
    expect(traceFields()).toBeUndefined();
    // The API's own tracer is the no-op one: a span from it records nothing.
    expect(trace.getTracer('kit').startSpan('x').isRecording()).toBe(false);
  });
});

describe('redactSql', () => {
  it('replaces string and number literals, keeping identifiers and placeholders', () => {
    expect(
      redactSql("select * from `participant` as `p0` where `p0`.`family_name` = 'O''Brien' and `p0`.`age` > 17"),
    ).toBe('select * from `participant` as `p0` where `p0`.`family_name` = ? and `p0`.`age` > ?');
    expect(redactSql('select "t1"."id", e0.x2 from "case" as "t1" where "t1"."v" = $1 limit 10 offset 2.5e3')).toBe(
      'select "t1"."id", e0.x2 from "case" as "t1" where "t1"."v" = $1 limit ? offset ?',
    );
    expect(redactSql("update note set key='Kari' where id=12")).toBe('update note set key=? where id=?');
    expect(redactSql("select E'a\\'b' as a, X'00ff' as b, $$Kari$$ as c, $q$Ola$q$ as d")).toBe(
      'select ? as a, ? as b, ? as c, ? as d',
    );
  });

  it('drops comments, folds lists and multi-row inserts, and cuts a long statement', () => {
    expect(redactSql("select 1 /* Kari */ -- Ola\n from note where id in (1, 2, 3) and key in ('a','b')")).toBe(
      'select ? from note where id in (?, …) and key in (?, …)',
    );
    expect(redactSql("insert into note (id, key) values (1, 'a'), (2, 'b'), (3, 'c')")).toBe(
      'insert into note (id, key) values (?, …), …',
    );
    expect(redactSql("select 'unterminated Kari")).toBe('select ?');
    expect(redactSql(`select ${'x, '.repeat(2000)}y`).length).toBe(2_001);
  });
});

describe('traceSqlStatements', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let orm: MikroORM;

  beforeAll(async () => {
    // Before the database opens: its connection is wrapped only if tracing is on then.
    tracing = startTracing('kit', {}, exporter)!;
    orm = await openDatabase({
      sqlitePath: ':memory:',
      entities: [NoteSchema],
      migrations: { sqlite: [], postgresql: [] },
    });
    await orm.schema.createSchema();
  });

  afterAll(async () => {
    try {
      await orm?.close(true);
    } finally {
      await tracing?.shutdown();
      // Unregistered by shutdown; once more in case startTracing failed half-way.
      trace.disable();
      context.disable();
      propagation.disable();
    }
  });

  const inRequest = <T>(work: () => Promise<T>) =>
    trace.getTracer('test').startActiveSpan('request', { kind: SpanKind.SERVER }, async (span) => {
      try {
        return { result: await work(), traceId: span.spanContext().traceId, fields: traceFields() };
      } finally {
        span.end();
      }
    });

  it('adds a span per statement inside a traced request, with the values left out', async () => {
    const { traceId, fields } = await inRequest(async () => {
      await orm.em.fork().insert(NoteSchema, { id: 1, key: 'Kari Nordmann' });
      return orm.em.fork().find(NoteSchema, { key: 'Kari Nordmann' });
    });
    expect(fields?.traceId).toBe(traceId);
    await tracing.flush();
    const sql = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT);
    expect(sql.map((s) => s.name)).toEqual(['insert note', 'select note']);
    expect(sql.every((s) => s.spanContext().traceId === traceId && s.attributes['db.system'] === 'sqlite')).toBe(true);
    expect(sql[0].attributes['db.statement']).toBe('insert into `note` (`id`, `key`) values (?, …)');
    expect(JSON.stringify(sql.map((s) => s.attributes))).not.toMatch(/Kari|Nordmann/);
  });

  it('puts the trace and span id on every log line written inside a traced request', async () => {
    const lines: string[] = [];
    const logger = createLogger('test', 'info', { write: (line: string) => void lines.push(line) });
    const { traceId, fields } = await inRequest(async () => logger.info('inside'));
    logger.info('outside');
    const [inside, outside] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(inside).toMatchObject({ message: 'inside', traceId, spanId: fields?.spanId });
    expect(outside).not.toHaveProperty('traceId');
  });

  it('records a failed statement by the type of its error, not its message', async () => {
    exporter.reset();
    await inRequest(() =>
      expect(orm.em.getConnection().execute("insert into note (id, key) values (2, 'Kari Nordmann')")).rejects.toThrow(
        /UNIQUE/,
      ),
    );
    await tracing.flush();
    const [failed] = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT);
    expect(failed.status.code).toBe(2);
    expect(failed.attributes['error.type']).toMatch(/Exception|Error/);
    expect(JSON.stringify([failed.attributes, failed.events, failed.status])).not.toMatch(/Kari|Nordmann/);
  });

  it("continues the caller's traceparent in a server span, kept by a request whose body arrives late", async () => {
    exporter.reset();
    const app = express();
    app.use((_req, res, next) => {
      res.locals.requestId = 'request-1';
      next();
    });
    app.use('/graphql', serverSpanMiddleware('/graphql')!);
    // Reads its body by events, as a route without Express's parser would: the last chunk comes after a pause.
    app.post('/graphql', (req, res) => {
      req.on('data', () => undefined);
      req.on('end', () => res.json(traceFields() ?? null));
    });
    const server: Server = await new Promise((done) => {
      const listening = app.listen(0, '127.0.0.1', () => done(listening));
    });
    try {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const answer = await new Promise<string>((resolve, reject) => {
        const sent = request(
          `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
          { method: 'POST', headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01`, 'content-length': 10 } },
          (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () => resolve(body));
          },
        );
        sent.on('error', reject);
        sent.write('01234');
        setTimeout(() => sent.end('56789'), 100);
      });
      await tracing.flush();
      const [span] = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER);
      expect(span.name).toBe('POST /graphql');
      expect(span.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
      expect(span.attributes).toMatchObject({ 'veiinn.request_id': 'request-1', 'http.response.status_code': 200 });
      expect(JSON.parse(answer)).toEqual({ traceId, spanId: span.spanContext().spanId });
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('adds no span for a statement outside any request (start, feeds, timers)', async () => {
    exporter.reset();
    await orm.em.fork().find(NoteSchema, {});
    await tracing.flush();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
