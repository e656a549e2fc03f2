/**
 * Regression: Express's default error page. A request whose body cannot be read (a bad charset or content-encoding,
 * malformed JSON, a body over the limit) or a route that does not exist was answered with an HTML page that held the
 * stack trace and the server's file paths: by the gateway, by every subgraph before its trust check, and by the
 * issuer. Every process now answers every error in JSON with a code and a bilingual message, in development and in
 * production mode alike; a real failure is a 500 with a correlation id that its log line carries too.
 */
import { createDevIssuer } from '@veiinn/dev-issuer';
import { generateSigningKey, type RunningServer, type RunningSubgraph } from '@veiinn/kit';
import { startDayServicesSubgraph } from '@veiinn/subgraph-day-services';
import { createTestDatabase, type TestDatabase } from '@veiinn/testing';
import { connect } from 'node:net';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

/** A stack frame, an absolute path of this checkout or of a package, or an HTML page. */
const LEAK = /\s{2,}at |at \S+ \(|\/work\/|node_modules|<html/i;

interface Target {
  name: string;
  /** A route that reads a JSON body. */
  post: string;
  base: string;
}

interface Row {
  what: string;
  request: (target: Target) => [path: string, init: RequestInit];
  status: number;
  code: string;
}

const jsonPost = (body: string | Buffer, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body,
});

const rows: Row[] = [
  {
    what: 'an unsupported charset',
    request: (t) => [t.post, jsonPost('{}', { 'content-type': 'application/json; charset=foo' })],
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    what: 'an unsupported content-encoding',
    request: (t) => [t.post, jsonPost('{}', { 'content-encoding': 'foo' })],
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    what: 'a gzip body that is not gzip',
    request: (t) => [t.post, jsonPost('not gzip at all', { 'content-encoding': 'gzip' })],
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    what: 'malformed JSON',
    request: (t) => [t.post, jsonPost('{"query": ')],
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    what: 'a body over the limit',
    request: (t) => [t.post, jsonPost(JSON.stringify({ pad: 'x'.repeat(1_100_000) }))],
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    what: 'an unknown route',
    request: () => ['/no-such-route', { method: 'GET' }],
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    what: 'a POST to a GET route',
    request: () => ['/health', jsonPost('{}')],
    status: 404,
    code: 'NOT_FOUND',
  },
];

async function send(target: Target, row: Row) {
  const [path, init] = row.request(target);
  const response = await fetch(target.base + path, init);
  return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
}

/** Writes `raw` to the port as it is and reads until the server closes the connection. */
function rawExchange(port: number, raw: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(raw));
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', fail);
    socket.on('close', () => done(text));
  });
}

function expectJsonError(answer: Awaited<ReturnType<typeof send>>, status: number, code: string) {
  expect(answer.text).not.toMatch(LEAK);
  expect(answer.contentType).toMatch(/^application\/json/);
  const body = JSON.parse(answer.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect({ status: answer.status, code: body.errors[0].extensions.code }).toEqual({ status, code });
  // Bokmål first, then English.
  expect(body.errors[0].message).toMatch(/ \/ /);
  return body;
}

describe.each(['development', 'production'])('no HTML error pages, no stack traces (%s)', (mode) => {
  const previousEnv = process.env.NODE_ENV;
  let graph: TinyGraph;
  let database: TestDatabase;
  let subgraph: RunningSubgraph;
  let issuer: RunningServer;
  const targets: Target[] = [];

  beforeAll(async () => {
    // Express decides what its error page shows from NODE_ENV when the app is made.
    process.env.NODE_ENV = mode;
    graph = await startTinyGraph({}, (app) => {
      app.get('/things/:id', (req, res) => void res.json({ id: req.params.id }));
      app.get('/boom', () => {
        throw new Error('a bug, at /work/somewhere.ts');
      });
    });
    database = await createTestDatabase('http_errors');
    // Trust on, with a key no test signs with: what is checked here happens before the trust check.
    const key = await generateSigningKey('EdDSA');
    subgraph = await startDayServicesSubgraph({ database, trust: { publicKey: key.publicJwk } });
    const issuerKey = await generateSigningKey('ES256');
    issuer = await createDevIssuer({ key: issuerKey, issuerUrl: 'http://issuer.test' }).listen(0);
    const baseOf = (url: string) => url.replace(/\/graphql$/, '');
    targets.push(
      { name: 'gateway', post: '/graphql', base: baseOf(graph.gatewayUrl) },
      { name: 'kit subgraph (day-services)', post: '/graphql', base: baseOf(subgraph.url) },
      { name: 'issuer', post: '/token', base: issuer.url },
    );
  });
  afterAll(async () => {
    process.env.NODE_ENV = previousEnv;
    await graph?.stop();
    await subgraph?.stop();
    await database?.drop();
    await issuer?.stop();
  });

  it.each(rows.map((row) => [row.what, row] as const))('answers %s in JSON with its code', async (_what, row) => {
    for (const target of targets) {
      const answer = await send(target, row);
      try {
        expectJsonError(answer, row.status, row.code);
      } catch (error) {
        throw new Error(`${target.name}: ${(error as Error).message}\n${answer.status} ${answer.text.slice(0, 300)}`);
      }
    }
  });

  it('answers what the HTTP parser refuses (headers too large, not HTTP at all) in JSON, not with an empty body', async () => {
    for (const target of targets) {
      const { port } = new URL(target.base);
      const oversized = `GET /health HTTP/1.1\r\nhost: x\r\nx-filler: ${'a'.repeat(20_000)}\r\n\r\n`;
      for (const [raw, status] of [
        [oversized, 431],
        ['NOT HTTP AT ALL\r\n\r\n', 400],
      ] as const) {
        const text = await rawExchange(Number(port), raw);
        const [head, body] = text.split('\r\n\r\n');
        const contentType = /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? null;
        try {
          expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
          expectJsonError({ status, contentType, text: body }, status, 'BAD_REQUEST');
        } catch (error) {
          throw new Error(`${target.name}: ${(error as Error).message}\n${text.slice(0, 300)}`);
        }
      }
    }
  });

  it("answers a subgraph's extra route with a malformed parameter in JSON", async () => {
    const answer = await fetch(`${graph.subgraphUrl.replace(/\/graphql$/, '')}/things/%E0`);
    expectJsonError(
      { status: answer.status, contentType: answer.headers.get('content-type'), text: await answer.text() },
      400,
      'BAD_REQUEST',
    );
  });

  it('answers a real failure with 500, a correlation id and an error log line, and nothing of the error', async () => {
    const logged: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (logged.push(String(chunk)), true));
    let answer;
    try {
      const response = await fetch(`${graph.subgraphUrl.replace(/\/graphql$/, '')}/boom`);
      answer = {
        status: response.status,
        contentType: response.headers.get('content-type'),
        text: await response.text(),
      };
    } finally {
      spy.mockRestore();
    }
    const body = expectJsonError(answer, 500, 'INTERNAL_SERVER_ERROR') as {
      errors: { message: string; extensions: { correlationId?: string } }[];
    };
    expect(body.errors[0].message).not.toMatch(/a bug/);
    const correlationId = body.errors[0].extensions.correlationId!;
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const line = logged
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.correlationId === correlationId);
    expect(line).toMatchObject({ level: 'error' });
  });
});
