import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Database } from './database';
import { addLogFields } from './logger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Traces (OpenTelemetry) from the gateway through the subgraphs to their databases, sent as OTLP over HTTP/JSON to
 * the collector named by the standard variables. Off unless one is set: then nothing is registered with the
 * OpenTelemetry API, no middleware is added and no connection is wrapped, so a request pays nothing for traces.
 * Instrumented by hand, not with the auto-instrumentations, which patch node's modules on load; Apollo Gateway makes
 * its own spans (gateway.request, gateway.plan, gateway.execute, gateway.fetch, ...) once a provider is registered.
 *
 * What a span may carry: no personal data ever leaves in one. SQL is recorded with its literals replaced (see
 * `redactSql`), server spans carry the path without its query string, and a failure is recorded by its type only:
 * a database's message can quote the row ("Key (email)=(...) already exists").
 */

/** Name of the attribute that joins a server span to the request's log lines (`x-request-id`). */
export const REQUEST_ID_ATTRIBUTE = 'veiinn.request_id';

/** Longest statement kept in `db.statement`; a long IN list is folded before that (see `redactSql`). */
const STATEMENT_MAX = 2_000;

type Env = Record<string, string | undefined>;

export interface Tracing {
  /** Sends the spans ended so far (tests, and before a process exits). */
  flush(): Promise<void>;
  /** Flushes, stops the exporter and unregisters everything from the OpenTelemetry API. */
  shutdown(): Promise<void>;
}

let current: { provider: BasicTracerProvider; tracer: Tracer } | undefined;

/**
 * The collector's traces URL from the standard variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is, or
 * OTEL_EXPORTER_OTLP_ENDPOINT with `/v1/traces` added; undefined when neither is set (tracing off).
 */
export function tracesEndpoint(env: Env = process.env): string | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/** Whether `startTracing` registered a provider in this process. */
export const tracingEnabled = (): boolean => current !== undefined;

/**
 * Starts tracing for this process when a collector is configured (see `tracesEndpoint`), as `serviceName` unless
 * OTEL_SERVICE_NAME says otherwise; returns undefined, having registered nothing, when none is. Call it before the
 * servers and databases are created: they add their spans only if tracing is on when they start.
 * One provider per process: the OpenTelemetry API is global, so a second start is refused.
 * `exporter` replaces the OTLP exporter, and turns tracing on without a collector (tests: an in-memory exporter).
 */
export function startTracing(
  serviceName: string,
  env: Env = process.env,
  exporter?: SpanExporter,
): Tracing | undefined {
  const url = tracesEndpoint(env);
  if (!url && !exporter) return undefined;
  if (current) throw new Error('Tracing is already started in this process.');
  const provider = new BasicTracerProvider({
    // No resource detectors: the host's and process's details (command line, cloud metadata) are not for a
    // collector outside this host to learn; the service, and which process of it (GATEWAY_WORKERS runs several).
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME?.trim() || serviceName,
      'process.pid': process.pid,
    }),
    // Batched in the background: a request never waits for the collector, and a slow one drops spans, not requests.
    spanProcessors: [new BatchSpanProcessor(exporter ?? new OTLPTraceExporter({ url }))],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  const registered =
    trace.setGlobalTracerProvider(provider) &&
    context.setGlobalContextManager(contextManager) &&
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  if (!registered) {
    trace.disable();
    context.disable();
    propagation.disable();
    throw new Error('Another OpenTelemetry provider is registered in this process.');
  }
  const started = { provider, tracer: trace.getTracer('veiinn') };
  current = started;
  // Every log line written inside a traced request carries its trace and span id: logs and traces join.
  const removeLogFields = addLogFields(traceFields);
  return {
    flush: () => provider.forceFlush(),
    async shutdown() {
      try {
        await provider.shutdown();
      } finally {
        if (current === started) current = undefined;
        removeLogFields();
        trace.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
}

/** The trace and span id of the active span, for a log line; undefined outside a traced request or with tracing off. */
export function traceFields(): { traceId: string; spanId: string } | undefined {
  const span = trace.getSpan(context.active());
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return isSpanContextValid(span.spanContext()) ? { traceId, spanId } : undefined;
}

/**
 * Writes the active span's `traceparent` into an outgoing request's headers (the gateway's calls to the subgraphs).
 * With tracing off the API's propagator is a no-op: nothing is written.
 */
export function injectTraceContext(headers: { set(name: string, value: string): void } | undefined): void {
  if (headers) propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/**
 * Express middleware that wraps each request in a server span, continuing the caller's `traceparent`, with the
 * request's id (`res.locals.requestId`: mount it after the request id's middleware) as `veiinn.request_id`.
 * Undefined with tracing off, so that the route gets no middleware at all.
 */
export function serverSpanMiddleware(route: string): RequestHandler | undefined {
  const started = current;
  if (!started) return undefined;
  return (req: Request, res: Response, next: NextFunction) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = started.tracer.startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        // The route, never the URL: a GET's query string holds the operation's variables.
        attributes: { 'http.request.method': req.method, 'http.route': route },
      },
      parent,
    );
    if (typeof res.locals.requestId === 'string') span.setAttribute(REQUEST_ID_ATTRIBUTE, res.locals.requestId);
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = trace.setSpan(parent, span);
    // A chunk of the body that arrives after this point is emitted in the socket's async context, not this one: a
    // listener on the request's events would run outside the span (and so would all it calls). Express's body
    // parser (raw-body) binds its callback to its caller's context itself; bound here too, as OpenTelemetry's own
    // HTTP instrumentation does, so that any other reader of the request's events stays in the trace as well.
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}

/**
 * Wraps the connection's `execute` (like `countSqlStatements`) in a client span per statement, with `db.system`
 * and the statement with its literals replaced. Only statements inside a traced request get a span: the start's
 * migrations and seeds, feed reads and timers would each be a trace of their own. A no-op with tracing off.
 */
export function traceSqlStatements(orm: Database, system: 'sqlite' | 'postgresql'): void {
  const started = current;
  if (!started) return;
  const connection = orm.em.getConnection() as unknown as { execute: (...args: unknown[]) => Promise<unknown> };
  const execute = connection.execute.bind(connection);
  connection.execute = async (...args) => {
    const active = context.active();
    if (!trace.getSpan(active)?.isRecording()) return execute(...args);
    const statement = redactSql(statementText(args[0]));
    const { operation, table } = statementTarget(statement);
    const span = started.tracer.startSpan(
      table ? `${operation} ${table}` : operation || 'sql',
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system': system,
          'db.statement': statement,
          ...(operation && { 'db.operation': operation }),
          ...(table && { 'db.sql.table': table }),
        },
      },
      active,
    );
    try {
      return await execute(...args);
    } catch (error) {
      // The type, not the message: a constraint violation's message quotes the values.
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', error instanceof Error ? error.constructor.name : typeof error);
      throw error;
    } finally {
      span.end();
    }
  };
}

/** The SQL of what `execute` was given: a string, or a knex builder (whose `toSQL` has placeholders, not values). */
function statementText(query: unknown): string {
  if (typeof query === 'string') return query;
  const toSQL = (query as { toSQL?: () => { sql?: unknown } } | null)?.toSQL;
  const sql = typeof toSQL === 'function' ? toSQL.call(query).sql : undefined;
  return typeof sql === 'string' ? sql : '';
}

/**
 * A statement fit for a span: every string (E'', X'' and N'' ones too), dollar-quoted and number literal replaced by `?` (MikroORM sends most
 * values as parameters, but inlines some, and raw statements may hold any), comments removed, a run of placeholders
 * folded to `?, …` (IN lists, multi-row inserts: one shape per statement, not one per length), whitespace collapsed,
 * cut at 2,000 characters. Identifiers, quoted or not, stay.
 */
export function redactSql(sql: string): string {
  const redacted = sql
    .replace(/\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$/g, '?')
    // PostgreSQL's E'...' strings escape with a backslash; every other string only doubles its quotes.
    .replace(/(?<!\w)[Ee]'(?:[^'\\]|\\[\s\S]|'')*'?/g, '?')
    .replace(/(?:(?<!\w)[XxBbNn])?'(?:[^']|'')*'?/g, '?')
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .replace(/(?<![\w$."`])\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w"`])/g, '?')
    .replace(/\?(?:\s*,\s*\?)+/g, '?, …')
    .replace(/\((?:\?, …|\?)\)(?:\s*,\s*\((?:\?, …|\?)\))+/g, '(?, …), …')
    .replace(/\s+/g, ' ')
    .trim();
  return redacted.length > STATEMENT_MAX ? `${redacted.slice(0, STATEMENT_MAX)}…` : redacted;
}

/** The statement's first keyword and the first table it names, for the span's name. */
function statementTarget(statement: string): { operation: string; table?: string } {
  const operation = /^\s*\(?\s*([A-Za-z]+)/.exec(statement)?.[1]?.toLowerCase() ?? '';
  const table = /\b(?:from|into|update|join)\s+((?:[`"]?[\w$]+[`"]?\.)?[`"]?[\w$]+[`"]?)/i
    .exec(statement)?.[1]
    ?.replace(/[`"]/g, '');
  return { operation, ...(table && { table }) };
}
