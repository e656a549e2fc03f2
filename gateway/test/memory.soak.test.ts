/**
 * Regression: memory under a 3-minute load of varied requests rose from 126 to 381 MB in the gateway and from 103 to
 * over 500 MB in work-centre, then stayed flat. Not garbage collection: the heap after a forced collection grew the
 * same way. Apollo Server's document store and the gateway's query plan cache keep every unique query text up to
 * 30 MiB each, measured as JSON, which is about a quarter of the heap a parsed document holds: about 120 MB per cache
 * (the gateway has two, every subgraph one). Both are now a `BoundedCache` of a configured size (DOCUMENT_CACHE_BYTES,
 * GATEWAY_DOCUMENT_CACHE_MIB, GATEWAY_QUERY_PLAN_CACHE_MIB).
 *
 * The soak fills the caches, then sends as many unique requests again: the heap after a forced collection must stay
 * where it was, and each cache at its bound. With Apollo's defaults the second half grows the heap by ~30 kB a
 * request (the gateway's two caches and the tiny subgraph's, all in this process): about 25 MB here.
 */
import { BoundedCache, DOCUMENT_CACHE_BYTES } from '@veiinn/kit';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

// jest runs without --expose-gc; the flag set at run time exposes `gc` to contexts created after it.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** A query text no one sent before: its own operation name, aliases, field order and variable. */
function uniqueRequest(i: number) {
  const fields = Array.from({ length: 18 }, (_, k) => `a${i}_${(k * 7 + i) % 18}: hello`);
  fields[i % 18] = `shown${i}: hello @include(if: $show${i})`;
  return {
    query: `query Soak${i}($show${i}: Boolean!) { ${fields.join(' ')} }`,
    variables: { [`show${i}`]: i % 2 === 0 },
  };
}

const MiB = 2 ** 20;
const PLAN_BYTES = 128 * 1024;

describe('memory under a 3-minute load', () => {
  let graph: TinyGraph;
  let caches: TinyGraph['caches'];
  let sent = 0;

  beforeAll(async () => {
    // Small bounds, so that a short soak fills them; the defaults are bounded the same way. A plan's JSON is ~470 bytes.
    graph = await startTinyGraph({ documentCacheBytes: MiB, queryPlanCacheBytes: PLAN_BYTES }, undefined, {
      documentCacheBytes: MiB,
    });
    caches = graph.caches;
  });
  afterAll(async () => {
    await graph?.stop();
  });

  async function send(count: number) {
    const end = sent + count;
    const next = async () => {
      while (sent < end) {
        const i = sent++;
        const response = await fetch(graph.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': `soak-${i}` },
          body: JSON.stringify(uniqueRequest(i)),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (response.status !== 200 || body.errors) throw new Error(`${response.status}: ${JSON.stringify(body)}`);
      }
    };
    await Promise.all(Array.from({ length: 8 }, next));
  }

  it('keeps the heap and each cache at its bound while unique query texts keep coming', async () => {
    // 6.5 kB of JSON a document: 500 fill the gateway's and the tiny subgraph's 1 MiB three times over.
    await send(500);
    const filled = heapAfterCollection();
    const atWarmUp = caches();
    expect(atWarmUp.documents.bytes).toBeGreaterThan(0.9 * MiB);
    expect(atWarmUp.queryPlans.bytes).toBeGreaterThan(0.9 * PLAN_BYTES);

    await send(900);
    const grown = heapAfterCollection() - filled;
    const after = caches();
    for (const cache of [after.documents, after.queryPlans]) {
      expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
      expect(cache.bytes).toBeGreaterThan(0.9 * cache.maxBytes);
      expect(cache.entries).toBeLessThan(900);
    }
    expect([after.documents.maxBytes, after.queryPlans.maxBytes]).toEqual([MiB, PLAN_BYTES]);
    // The harness keeps a few hundred bytes a request (fetches, request ids). Unbounded, 900 requests add ~25 MB.
    expect(grown).toBeLessThan(8 * MiB);
  }, 90_000);
});

describe('BoundedCache', () => {
  it('drops the least recently used values once their bytes exceed the bound', async () => {
    const cache = new BoundedCache<string>(10);
    await cache.set('a', 'aaaa');
    await cache.set('b', 'bbbb');
    // A hit makes `a` the most recent, so `b` goes first.
    expect(await cache.get('a')).toBe('aaaa');
    await cache.set('c', 'cccc');
    expect(await cache.get('b')).toBeUndefined();
    expect(cache.stats()).toEqual({ entries: 2, bytes: 8, maxBytes: 10 });
    // A value larger than the whole cache is not kept, and does not empty it.
    await cache.set('big', 'x'.repeat(11));
    expect(await cache.get('big')).toBeUndefined();
    expect(cache.stats().entries).toBe(2);
  });

  it('has a default that holds the graph documents in a few MiB, not Apollo 30 MiB', () => {
    expect(DOCUMENT_CACHE_BYTES).toBeLessThanOrEqual(8 * MiB);
  });
});
