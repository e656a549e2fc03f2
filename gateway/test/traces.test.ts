import { context, propagation, trace } from '@opentelemetry/api';
import { ParticipantLookupDocument, ParticipantSearchDocument } from '@veiinn/clients';
import { REQUEST_ID_ATTRIBUTE, startTracing, traceFields, tracingEnabled, type Tracing } from '@veiinn/kit';
import { graphqlRequest } from '@veiinn/testing';
import { print } from 'graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './otlp-receiver';
import { startTestGraph, type TestGraph } from './support';
import { startTinyGraph } from './tiny-graph';

const SERVER = 2;
const CLIENT = 3;

/** A client's own trace: a fresh trace id and a parent span id of the client's, sampled. */
function clientTrace() {
  const traceId = randomBytes(16).toString('hex');
  const parentSpanId = randomBytes(8).toString('hex');
  return { traceId, parentSpanId, traceparent: `00-${traceId}-${parentSpanId}-01` };
}

/** Whether `span` is `ancestor` or below it, following parent ids within `spans`. */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan, spans: ReceivedSpan[]): boolean {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  for (let at: ReceivedSpan | undefined = span; at; at = at.parentSpanId ? byId.get(at.parentSpanId) : undefined) {
    if (at.spanId === ancestor.spanId) return true;
  }
  return false;
}

// Tracing is one registration per process, and jest runs other files in this worker before and after this one:
// the test with tracing off runs first, before anything is registered, and the other unregisters all in `finally`.
describe('traces', () => {
  let receiver: OtlpReceiver;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
  });
  afterAll(async () => {
    trace.disable();
    context.disable();
    propagation.disable();
    await receiver.close();
  });

  it('with no collector configured registers nothing, needs no traceparent and sends nothing', async () => {
    expect(startTracing('gateway', {})).toBeUndefined();
    expect(tracingEnabled()).toBe(false);
    const graph = await startTinyGraph();
    try {
      const plain = await graphqlRequest(graph.gatewayUrl, '{ hello }');
      expect(plain).toMatchObject({ status: 200, data: { hello: 'hei' } });
      const { traceparent } = clientTrace();
      const traced = await graphqlRequest(graph.gatewayUrl, '{ hello }', undefined, { traceparent });
      expect(traced).toMatchObject({ status: 200, data: { hello: 'hei' } });
      expect(traceFields()).toBeUndefined();
    } finally {
      await graph.stop();
    }
    expect(receiver.bodies).toEqual([]);
  });

  describe('with a collector', () => {
    let tracing: Tracing;
    let graph: TestGraph;
    beforeAll(async () => {
      // Before the graph starts: servers and databases add their spans only if tracing is on when they start.
      tracing = startTracing('gateway', { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: receiver.url })!;
      graph = await startTestGraph();
    });
    afterAll(async () => {
      try {
        await graph?.stop();
      } finally {
        await tracing?.shutdown();
      }
    });

    it('follows a request from the client through the gateway and the hub to its SQL, in one trace', async () => {
      expect(tracingEnabled()).toBe(true);
      const client = clientTrace();
      const requestId = randomUUID();
      const search = await graph
        .as('case-worker')
        .request(
          ParticipantSearchDocument,
          { search: 'fjellvang', first: 5 },
          { traceparent: client.traceparent, 'x-request-id': requestId },
        );
      expect(search.errors).toBeUndefined();
      expect(search.data?.participants.edges[0].node.fullName).toBe('Sindre Fjellvang');
      await tracing.flush();

      const spans = receiver.spans.filter((s) => s.traceId === client.traceId);
      const servers = spans.filter((s) => s.kind === SERVER && s.name === 'POST /graphql');
      // The gateway's continues the client's span; the hub's continues the gateway's.
      const gateway = servers.find((s) => s.parentSpanId === client.parentSpanId);
      expect(gateway?.attributes).toMatchObject({ [REQUEST_ID_ATTRIBUTE]: requestId, 'http.route': '/graphql' });
      expect(gateway?.attributes['http.response.status_code']).toBe(200);
      const named = (name: string) => spans.filter((s) => s.name === name && descendsFrom(s, gateway!, spans));
      expect(named('gateway.request')).toHaveLength(1);
      expect(named('gateway.plan')).toHaveLength(1);
      const fetches = named('gateway.fetch');
      expect(fetches.map((f) => f.attributes.service)).toEqual(['intake']);

      const hub = servers.find((s) => s !== gateway);
      expect(servers).toHaveLength(2);
      expect(descendsFrom(hub!, fetches[0], spans)).toBe(true);
      // The hub got the gateway's request id: logs and traces of both join on it.
      expect(hub?.attributes[REQUEST_ID_ATTRIBUTE]).toBe(requestId);

      const sql = spans.filter((s) => s.kind === CLIENT && descendsFrom(s, hub!, spans));
      expect(sql.length).toBeGreaterThan(0);
      const system = process.env.VEIINN_TEST_DB === 'postgres' ? 'postgresql' : 'sqlite';
      expect(sql.every((s) => s.attributes['db.system'] === system)).toBe(true);
      expect(sql.some((s) => /^select .*participant/i.test(String(s.attributes['db.statement'])))).toBe(true);
    });

    it('keeps the request in its trace when its body arrives after a pause', async () => {
      // A chunk that arrives late is emitted in the socket's async context, not the request's: the spans must still
      // join up (see serverSpanMiddleware).
      const client = clientTrace();
      const body = JSON.stringify({ query: print(ParticipantSearchDocument), variables: { search: 'x', first: 1 } });
      const headers = { ...(await graph.as('case-worker').headers()), traceparent: client.traceparent };
      const status = await new Promise<number>((resolve, reject) => {
        const sent = request(
          graph.gatewayUrl,
          {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json', 'content-length': body.length },
          },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          },
        );
        sent.on('error', reject);
        sent.write(body.slice(0, 10));
        setTimeout(() => sent.end(body.slice(10)), 200);
      });
      expect(status).toBe(200);
      await tracing.flush();
      const spans = receiver.spans.filter((s) => s.traceId === client.traceId);
      expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.fetch']));
      expect(spans.filter((s) => s.kind === CLIENT).length).toBeGreaterThan(0);
    });

    it('lets no personal value out in any span: not the name searched for, nor the id looked up', async () => {
      const first = clientTrace();
      const search = await graph
        .as('case-worker')
        .request(ParticipantSearchDocument, { search: 'fjellvang', first: 5 }, { traceparent: first.traceparent });
      const id = search.data!.participants.edges[0].node.id;
      const second = clientTrace();
      const lookup = await graph
        .as('case-worker')
        .request(ParticipantLookupDocument, { id }, { traceparent: second.traceparent });
      expect(lookup.data?.participant).toMatchObject({ fullName: 'Sindre Fjellvang', birthDate: '2008-03-14' });
      await tracing.flush();

      // The lookup's statements are there, carrying the id as a placeholder only.
      const lookupSql = receiver.spans.filter((s) => s.traceId === second.traceId && s.kind === CLIENT);
      expect(lookupSql.length).toBeGreaterThan(0);
      const everything = receiver.bodies.join('\n');
      expect(everything).toContain(second.traceId);
      for (const personal of ['fjellvang', 'sindre', id, '2008-03-14', 'kari']) {
        expect(everything.toLowerCase()).not.toContain(personal.toLowerCase());
      }
    });
  });
});
