import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

// Apollo's fetcher types (@apollo/utils.fetcher), as the data source declares them.
type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/**
 * The fetcher the gateway's data sources call the subgraphs with: node's own HTTP client over keep-alive connections.
 *
 * Apollo Gateway's default is make-fetch-happen, an npm client built for downloading packages: measured under load on
 * the participant path, it and its agent took about an eighth of the gateway's CPU, much of it in agent-base, which
 * throws and reads an Error's stack on every request to learn whether it was called by the https module. A subgraph
 * call needs none of what it adds (an HTTP cache, retries, proxies, redirects): one POST of JSON, one JSON answer.
 * Connections are kept open between requests, so a request does not pay for a TCP handshake.
 *
 * `forSubgraph(timeoutMs)` is the fetcher of one subgraph: a call that has not been answered whole within its
 * timeout is aborted (its socket destroyed) and rejects with a `SubgraphTimeoutError`. A provider that is stopped
 * accepts the connection and says nothing; without a timeout every request touching its fields waited for it.
 */
export function createSubgraphFetchers(): { forSubgraph(timeoutMs: number): Fetcher; destroy(): void } {
  const agents = {
    // An idle connection is let go after 30 s, well before the subgraphs' servers close theirs (65 s, see the kit's
    // listenGraphQL): a request never goes out on a socket the other end is closing.
    'http:': new HttpAgent({ keepAlive: true, timeout: 30_000 }),
    'https:': new HttpsAgent({ keepAlive: true, timeout: 30_000 }),
  };
  const fetch = (url: string, init: FetcherRequestInit, timeoutMs: number): Promise<FetcherResponse> =>
    new Promise((resolvePromise, rejectPromise) => {
      // Both clear the timeout (declared below, set once the request exists; they are called only after that).
      const resolve = (response: FetcherResponse) => {
        clearTimeout(timer);
        resolvePromise(response);
      };
      const reject = (error: unknown) => {
        clearTimeout(timer);
        rejectPromise(error);
      };
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      if (!secure && target.protocol !== 'http:') {
        rejectPromise(new TypeError(`Only http and https subgraph URLs are supported, not ${target.protocol}`));
        return;
      }
      const body = init.body ?? undefined;
      const request = (secure ? httpsRequest : httpRequest)(
        target,
        {
          method: init.method ?? 'GET',
          headers: {
            ...init.headers,
            ...(body !== undefined && { 'content-length': String(Buffer.byteLength(body)) }),
          },
          agent: agents[secure ? 'https:' : 'http:'],
          signal: init.signal as AbortSignal | undefined,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (cause) => reject(timedOut ?? cause));
          response.on('end', () =>
            resolve(
              new BufferedResponse(
                url,
                response.statusCode ?? 0,
                response.statusMessage ?? '',
                response.headers,
                Buffer.concat(chunks),
              ),
            ),
          );
        },
      );
      // From the request's start to the answer's last byte, as the client waits for it.
      let timedOut: SubgraphTimeoutError | undefined;
      const timer =
        timeoutMs > 0
          ? setTimeout(() => request.destroy((timedOut = new SubgraphTimeoutError(timeoutMs))), timeoutMs)
          : undefined;
      // Like fetch: a failed connection rejects with a TypeError whose cause says why (the data source logs it).
      request.on('error', (cause) => reject(timedOut ?? new TypeError(`fetch failed: ${cause.message}`, { cause })));
      request.end(body);
    });
  return {
    forSubgraph: (timeoutMs) => (url, init) => fetch(url, init ?? {}, timeoutMs),
    /** Closes the kept-alive connections (when the gateway stops). */
    destroy() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

/** A subgraph that did not answer within its timeout. */
export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The subgraph did not answer within ${timeoutMs} ms`);
    this.name = 'SubgraphTimeoutError';
  }
}

/** A subgraph's answer, read whole: the part of the Fetch API's Response that Apollo Gateway uses. */
class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers: FetcherHeaders;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: IncomingHttpHeaders,
    private readonly body: Buffer,
  ) {
    this.headers = new ResponseHeaders(headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  async text(): Promise<string> {
    this.used = true;
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.used = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, {}, this.body);
  }
}

/** Response headers by lower-case name, as node parsed them (repeated values joined with ", " as fetch does). */
class ResponseHeaders implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(headers: IncomingHttpHeaders) {
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined) this.byName.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }

  append(name: string, value: string): void {
    const known = this.get(name);
    this.set(name, known === null ? value : `${known}, ${value}`);
  }

  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }

  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }

  keys(): IterableIterator<string> {
    return this.byName.keys();
  }

  values(): IterableIterator<string> {
    return this.byName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}
