import { graphqlRequest } from '@veiinn/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUDIT_FAILED_MESSAGE } from '../src/audit';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

/**
 * The gateway's audit writes under load (./audit.ts `writeTogether`): requests that finish while a write is on its
 * way share the next one, each answer waits for the write of its own reads, and one request's refused entries never
 * withhold another's answer. The hub is stood in for by a recorder that holds every write a while.
 */
describe('audit writes of concurrent requests', () => {
  let graph: TinyGraph;
  let recorder: Server;
  /** What happened, in order: `written:<operation>` as the recorder answers, `answered:<operation>` at the client. */
  const events: string[] = [];
  /** The operation names of each POST /audit the recorder got. */
  const writes: string[][] = [];
  /** How long the recorder holds each write before it answers. */
  let holdMs = 150;

  beforeAll(async () => {
    recorder = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const operations = [
          ...new Set(
            (JSON.parse(body) as { entries: { operationName: string }[] }).entries.map((e) => e.operationName),
          ),
        ];
        writes.push(operations);
        setTimeout(() => {
          // Like the hub refusing a body with one bad entry: the whole write is refused.
          const refused = operations.includes('Refused');
          if (!refused) events.push(...operations.map((name) => `written:${name}`));
          res.writeHead(refused ? 400 : 201, { 'content-type': 'application/json' }).end('{}');
        }, holdMs);
      });
    });
    await new Promise<void>((done) => recorder.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/audit`;
    graph = await startTinyGraph({ audit: { url } });
  });
  afterAll(async () => {
    await graph?.stop();
    await new Promise((done) => recorder?.close(done));
  });
  beforeEach(() => {
    events.length = 0;
    writes.length = 0;
    holdMs = 150;
  });

  const read = async (operation: string) => {
    const result = await graphqlRequest<{ read: string }>(graph.gatewayUrl, `query ${operation} { read }`);
    events.push(`answered:${operation}`);
    return result;
  };

  it('writes the reads of requests that finish together in one write, and answers each after its write', async () => {
    const operations = Array.from({ length: 8 }, (_, i) => `Read${i}`);
    const results = await Promise.all(operations.map(read));
    expect(results.map((r) => [r.status, r.data])).toEqual(operations.map(() => [200, { read: 'read' }]));
    // The first goes at once; the others arrive while it is on its way and go together.
    expect(writes.length).toBeLessThanOrEqual(3);
    expect(writes.flat().sort()).toEqual([...operations].sort());
    for (const operation of operations) {
      expect(events.indexOf(`written:${operation}`)).toBeGreaterThanOrEqual(0);
      expect(events.indexOf(`written:${operation}`)).toBeLessThan(events.indexOf(`answered:${operation}`));
    }
  });

  it("withholds only the answer whose reads were refused, when they were written together with others'", async () => {
    // The first write holds the next three together: held long enough that the three finish while it is on its
    // way, even on a machine busy with the whole suite (a fixed 50 ms wait and a 150 ms hold flaked there).
    holdMs = 1_000;
    const first = read('First');
    while (writes.length === 0) await new Promise((done) => setTimeout(done, 5));
    const [one, refused, two] = await Promise.all([read('One'), read('Refused'), read('Two')]);
    expect((await first).status).toBe(200);
    expect(writes.some((operations) => operations.length === 3 && operations.includes('Refused'))).toBe(true);
    expect([one.status, one.data]).toEqual([200, { read: 'read' }]);
    expect([two.status, two.data]).toEqual([200, { read: 'read' }]);
    expect(refused.status).toBe(503);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.message).toBe(AUDIT_FAILED_MESSAGE);
  });
});
