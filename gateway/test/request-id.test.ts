/**
 * Regression: `x-request-id` was taken from the client unchecked. It was stored verbatim in the audit log, so a
 * long one made the audit write fail (503) and a very long one made the gateway's headers to the subgraph too
 * large (a masked internal error). The gateway and every subgraph now use a received id only when it is short and
 * well formed, otherwise one of their own; the client's value is kept only sanitised, for the logs, and the id used
 * is echoed in the response.
 */
import type { AuditRecord, Logger } from '@veiinn/kit';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A stand-in for the hub's `POST /audit` that keeps what it is sent and answers 201. */
async function recordingAuditLog(entries: AuditRecord[]): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    entries.push(...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { entries: AuditRecord[] }).entries);
    res.writeHead(201, { 'content-type': 'application/json' }).end('{"recorded":1}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/audit`, server };
}

async function query(url: string, requestId?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(requestId !== undefined && { 'x-request-id': requestId }) },
    body: JSON.stringify({ query: '{ read }' }),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as { data?: unknown; errors?: unknown[] },
  };
}

describe('x-request-id taken from the client unchecked', () => {
  let graph: TinyGraph;
  let audit: { url: string; server: Server };
  const entries: AuditRecord[] = [];
  const infos: Record<string, unknown>[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: (message, meta) => void infos.push({ message, ...meta }),
    warn: () => undefined,
    error: () => undefined,
  };

  beforeAll(async () => {
    audit = await recordingAuditLog(entries);
    graph = await startTinyGraph({ audit: { url: audit.url }, logger });
  });
  afterAll(async () => {
    await graph?.stop();
    await new Promise((done) => audit?.server.close(done));
  });
  beforeEach(() => {
    entries.length = 0;
    graph.subgraphRequestIds.length = 0;
  });

  it('keeps a well-formed id: in the response, to the subgraph and in the audit log', async () => {
    const answer = await query(graph.gatewayUrl, 'web-7f3a.42:1');
    expect(answer).toMatchObject({ status: 200, requestId: 'web-7f3a.42:1', body: { data: { read: 'read' } } });
    expect(graph.subgraphRequestIds).toEqual([{ header: 'web-7f3a.42:1', context: 'web-7f3a.42:1' }]);
    expect(entries.map((e) => e.requestId)).toEqual(['web-7f3a.42:1']);
  });

  it('makes an id when the client sends none', async () => {
    const answer = await query(graph.gatewayUrl);
    expect(answer.requestId).toMatch(UUID);
    expect(entries.map((e) => e.requestId)).toEqual([answer.requestId]);
  });

  it.each([
    ['too long for the audit log (200 characters)', 'x'.repeat(200)],
    ['far too long (10,000 characters)', 'y'.repeat(10_000)],
    ['with characters outside the allowed set', 'id with spaces <and> "quotes"'],
  ])('replaces an id %s, and the read is still answered and audited', async (_what, sent) => {
    const answer = await query(graph.gatewayUrl, sent);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { read: 'read' } });
    expect(answer.requestId).toMatch(UUID);
    expect(graph.subgraphRequestIds).toEqual([{ header: answer.requestId, context: answer.requestId }]);
    expect(entries.map((e) => e.requestId)).toEqual([answer.requestId]);
    // The client's value only in the gateway's log, beside the id used, sanitised and cut to 64 characters.
    expect(infos.find((line) => line.requestId === answer.requestId)).toMatchObject({
      clientRequestId: sent.slice(0, 64),
    });
  });

  it('has a subgraph check an id it is sent directly, as the gateway does', async () => {
    const send = (requestId: string) =>
      fetch(graph.subgraphUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ query: '{ hello }' }),
      });
    const kept = await send('from-gateway-1');
    expect(kept.headers.get('x-request-id')).toBe('from-gateway-1');
    const replaced = await send('z'.repeat(65));
    expect(replaced.headers.get('x-request-id')).toMatch(UUID);
    expect(graph.subgraphRequestIds.map((ids) => ids.context)).toEqual([
      'from-gateway-1',
      replaced.headers.get('x-request-id'),
    ]);
  });
});
