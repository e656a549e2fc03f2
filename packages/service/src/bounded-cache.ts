/**
 * How many bytes of parsed documents Apollo Server keeps per process (`documentStore`), and the gateway's query plans
 * (`queryPlannerConfig.cache`), measured as Apollo measures them: the length of the value's JSON.
 *
 * Apollo's default is 30 MiB each, and the JSON of a parsed document is about a quarter of what it holds on the heap
 * (the AST, its locations and the source text: measured 26 kB of heap for 6.5 kB of JSON), so 30 MiB meant about
 * 120 MB of heap per cache. Unique query texts (a fuzzer, or an attacker varying aliases) fill them: a gateway grew
 * by about 250 MB, a subgraph by about 400 MB, before the caches' bounds stopped it. The client documents are a few
 * dozen, under 100 tokens each, and the subgraphs see only the gateway's plans of them: 4 MiB keeps many hundreds of
 * documents, which is every document the graph serves on purpose, in about 16 MB of heap.
 */
export const DOCUMENT_CACHE_BYTES = 4 * 1024 * 1024;

/** A cache's contents now, for tests and metrics. */
export interface CacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
}

/**
 * A least-recently-used cache bounded by the total size of its values, with Apollo's `KeyValueCache` interface
 * (what `documentStore` and the gateway's `queryPlannerConfig.cache` take), and its size readable (`stats()`),
 * which Apollo's `InMemoryLRUCache` does not tell. A value larger than the bound is not kept at all.
 */
export class BoundedCache<V> {
  // A Map iterates in insertion order; re-inserting on a hit moves the key to the end, so the first is the oldest.
  private readonly entries = new Map<string, { value: V; size: number }>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number = jsonBytes,
  ) {}

  async get(key: string): Promise<V | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: V): Promise<void> {
    await this.delete(key);
    const size = this.sizeOf(value);
    if (size > this.maxBytes) return;
    this.entries.set(key, { value, size });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.bytes -= entry.size;
    return true;
  }

  /** Empties the cache; the gateway calls it when the supergraph changes. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): CacheStats {
    return { entries: this.entries.size, bytes: this.bytes, maxBytes: this.maxBytes };
  }
}

/** Apollo's own measure of a cached value: its JSON's length in bytes (a document's locations print as two numbers). */
function jsonBytes(value: unknown): number {
  return typeof value === 'string' ? value.length : Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}
