import { demoOfferId, demoOffers } from '@veiinn/demo-data';
import { appendToFeed, AUDIT_WRITER, CALLER_HEADER, FeedEvent, signCallerToken, type OfferSnapshot } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CACHE_HEADER } from '../src/response-cache';
import { startTestGraph, type TestGraph } from './support';
import { startTinyGraph, tinySubgraph, type TinyGraph } from './tiny-graph';

const OFFERS = `query Catalogue($first: Int) { offers(first: $first) { totalCount nodes { id easyRead { nb en } } } }`;
type OffersData = { offers: { totalCount: number; nodes: { id: string; easyRead: { nb: string; en: string } }[] } };

/**
 * Between the gateway and the hub: passes every request on, until `down` makes the hub's change notices fail (the
 * watch in flight is cut, every new one answered 503), as a hub that is gone would for the gateway's watch.
 */
async function hubProxy(realGraphqlUrl: string) {
  const origin = new URL(realGraphqlUrl).origin;
  const state = { down: false, refused: 0, watches: new Set<ServerResponse>() };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const watch = req.url?.startsWith('/changes') ?? false;
    if (watch && state.down) {
      state.refused += 1;
      res.writeHead(503).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      if (watch) state.watches.add(res);
      try {
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
        ) as Record<string, string>;
        const answer = await fetch(`${origin}${req.url}`, {
          method: req.method,
          headers,
          ...(chunks.length && { body: Buffer.concat(chunks) }),
        });
        const body = Buffer.from(await answer.arrayBuffer());
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(body);
      } catch {
        res.destroy();
      } finally {
        state.watches.delete(res);
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    /** Change watches refused while down. */
    refused: () => state.refused,
    setDown(down: boolean) {
      state.down = down;
      if (down) for (const res of state.watches) res.destroy();
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

describe('the response cache: anonymous answers, emptied by a provider’s change, never for a signed-in caller', () => {
  let graph: TestGraph;
  let proxy: Awaited<ReturnType<typeof hubProxy>>;

  /** An anonymous catalogue query: its answer, where it came from, and the subgraph fetches it cost. */
  const ask = async (variables: Record<string, unknown> = { first: 100 }, headers: Record<string, string> = {}) => {
    const before = graph.fetches.length;
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: OFFERS, variables }),
    });
    const body = (await response.json()) as { data?: OffersData; errors?: unknown[] };
    return {
      status: response.status,
      body,
      cache: response.headers.get(CACHE_HEADER),
      fetches: graph.fetches.length - before,
    };
  };
  /** Asks until an answer comes from the cache (the watch of the hub is connected), at most ~5 s. */
  const untilHit = async (variables?: Record<string, unknown>) => {
    for (let tries = 0; tries < 250; tries++) {
      const answer = await ask(variables);
      if (answer.cache === 'hit') return answer;
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error('The response cache never served a hit');
  };

  beforeAll(async () => {
    graph = await startTestGraph({
      intakeUrl: async (real) => (proxy = await hubProxy(real)).url,
      // A TTL far beyond the test: an answer that changes was emptied by a notice, not by its age.
      gateway: { responseCache: { ttlMs: 10 * 60_000 } },
    });
  });
  afterAll(async () => {
    await graph.stop();
    await proxy.stop();
  });

  it('serves the same anonymous query again from the cache: the same answer, no subgraph fetch', async () => {
    const first = await ask();
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.offers.totalCount).toBe(demoOffers.length);
    const again = await untilHit();
    expect(again).toEqual({ status: 200, body: first.body, cache: 'hit', fetches: 0 });
    // Other variables are another answer.
    expect(await ask({ first: 3 })).toMatchObject({ cache: 'miss' });
  });

  // A provider changes an offer's text in its own subgraph; the hub applies it from the feed, which bumps its public
  // data version; the gateway, told at once, empties its cache, and the next anonymous answer has the new text.
  it('shows a provider’s change once the hub has applied it from its feed', async () => {
    const id = demoOfferId('ba-kort');
    const old = demoOffers.find((o) => o.key === 'ba-kort')!.easyRead;
    const changed = { nb: `${old[0]} Vi lager også julekort.`, en: `${old[1]} We also make Christmas cards.` };
    const textOf = (answer: Awaited<ReturnType<typeof ask>>) =>
      answer.body.data?.offers.nodes.find((o) => o.id === id)?.easyRead;
    expect(textOf(await untilHit())).toEqual({ nb: old[0], en: old[1] });

    await graph.subgraphs['work-centre'].orm.em.fork().transactional(async (tx) => {
      const offer = await tx.findOneOrFail<{
        id: string;
        version: number;
        entry: { easyReadNb: string; easyReadEn: string };
      }>('WorkCentreOffer', { id });
      [offer.entry.easyReadNb, offer.entry.easyReadEn] = [changed.nb, changed.en];
      await tx.flush();
      const [last] = await tx.find(FeedEvent, { recordId: id }, { orderBy: { sequence: 'desc' }, limit: 1 });
      const data: OfferSnapshot = { ...(last.data as unknown as OfferSnapshot), easyRead: changed };
      await appendToFeed(tx, [{ type: 'offer', id, version: offer.version, data }]);
    });
    // Not yet at the hub: the cached answer is what the hub would answer too.
    expect(textOf(await ask())).toEqual({ nb: old[0], en: old[1] });

    const version = graph.intake.publicData.version;
    expect((await graph.intake.follower.syncAll()).filter((s) => s.error)).toEqual([]);
    expect(graph.intake.publicData.version).toBeGreaterThan(version);
    // The notice is on its way over HTTP: the first answer fetched after it has the new text, never the old again.
    let answer = await ask();
    for (let tries = 0; answer.cache === 'hit' && tries < 250; tries++) {
      expect(textOf(answer)).toEqual({ nb: old[0], en: old[1] });
      await new Promise((done) => setTimeout(done, 20));
      answer = await ask();
    }
    expect(answer.fetches).toBeGreaterThan(0);
    expect(textOf(answer)).toEqual(changed);
    expect(textOf(await untilHit())).toEqual(changed);
  });

  // The gateway empties it when the mutation has finished, and the hub's notice of the mutation follows.
  it('empties the cache when a mutation has gone through the gateway', async () => {
    await untilHit();
    const mutation = await graph
      .as('case-worker')
      .request(`mutation { createApplication(input: { participantId: "${randomUUID()}", offerIds: [] }) { id } }`);
    expect(mutation.errors ?? mutation.data).toBeDefined();
    expect(await ask()).toMatchObject({ cache: 'miss' });
  });

  it('never serves or keeps a signed-in caller’s answer', async () => {
    await untilHit();
    for (const user of ['applicant', 'applicant', 'case-worker']) {
      const headers = await graph.as(user).headers();
      const answer = await ask({ first: 100 }, headers);
      expect(answer.status).toBe(200);
      expect(answer.cache).toBeNull();
      expect(answer.fetches).toBeGreaterThan(0);
    }
  });

  // Fail safe: without the hub's notices the cache cannot know of a change, so it serves nothing, and serves again
  // once the watch is back.
  it('serves nothing from the cache while the hub’s change notices are down', async () => {
    await untilHit();
    proxy.setDown(true);
    try {
      // The gateway has seen its watch fail once it asks again (and is refused).
      const refused = proxy.refused();
      while (proxy.refused() === refused) await new Promise((done) => setTimeout(done, 20));
      for (let i = 0; i < 3; i++) {
        // Each answer executed anew (a new one while the watch is down is not kept either).
        const answer = await ask();
        expect(answer.cache).toBe('miss');
        expect(answer.fetches).toBeGreaterThan(0);
      }
    } finally {
      proxy.setDown(false);
    }
    expect(await untilHit()).toMatchObject({ cache: 'hit', fetches: 0 });
  });

  // The change notices name nobody, but only the gateway needs them: its own token, as for /audit.
  it('answers GET /changes on the hub only to the gateway’s own service token', async () => {
    const changes = `${graph.intake.url.replace(/\/graphql$/, '/changes')}?after=-1`;
    const token = (caller: typeof AUDIT_WRITER) =>
      signCallerToken(graph.internalKey, { audience: 'intake', caller, requestId: 'changes' });
    expect((await fetch(changes)).status).toBe(401);
    const person = await fetch(changes, {
      headers: { [CALLER_HEADER]: await token({ sub: 'case-worker', roles: ['case-worker'] }) },
    });
    expect(person.status).toBe(403);
    const gateway = await fetch(changes, { headers: { [CALLER_HEADER]: await token(AUDIT_WRITER) } });
    expect(gateway.status).toBe(200);
    expect(await gateway.json()).toEqual({
      version: graph.intake.publicData.version,
      instance: graph.intake.publicData.instance,
    });
  });
});

// The gateway's side alone, against a hub of the test's own: a restarted hub (another instance) starts its version
// again, which the gateway cannot compare with the old one, so it empties the cache.
describe('the response cache and a hub that restarts', () => {
  let graph: TinyGraph;
  const hub = { version: 0, instance: 'first', waiting: new Set<() => void>() };
  const tell = () => {
    for (const answer of [...hub.waiting]) answer();
  };
  const ask = async () => {
    const before = graph.fetches.length;
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(await response.json()).toEqual({ data: { hello: 'hei' } });
    return { cache: response.headers.get(CACHE_HEADER), fetches: graph.fetches.length - before };
  };
  const untilHit = async () => {
    for (let tries = 0; tries < 250; tries++) {
      const answer = await ask();
      if (answer.cache === 'hit') return answer;
      await new Promise((done) => setTimeout(done, 20));
    }
    throw new Error('The response cache never served a hit');
  };

  beforeAll(async () => {
    graph = await startTinyGraph(
      { responseCache: {} },
      (app) => {
        app.get('/changes', (req, res) => {
          const answer = () => {
            hub.waiting.delete(answer);
            if (!res.writableEnded) res.json({ version: hub.version, instance: hub.instance });
          };
          // Held like the hub's long poll until the test tells of a change (or the gateway leaves).
          if (Number(req.query.after) !== hub.version) return answer();
          hub.waiting.add(answer);
          res.on('close', answer);
        });
      },
      { subgraphs: [{ ...tinySubgraph, name: 'intake' }] },
    );
  });
  afterAll(() => graph.stop());

  it('empties the cache when the hub is another instance, or its version is newer', async () => {
    await untilHit();
    const before = graph.fetches.length;
    hub.instance = 'second';
    tell();
    // The first answer after the restart is fetched again (once), then kept.
    await untilHit();
    expect(graph.fetches.length).toBe(before + 1);
    const fetched = graph.fetches.length;
    expect(await ask()).toEqual({ cache: 'hit', fetches: 0 });
    hub.version += 1;
    tell();
    await untilHit();
    expect(graph.fetches.length).toBe(fetched + 1);
  });
});
