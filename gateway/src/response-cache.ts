import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import {
  ANONYMOUS_CALLER,
  AUDIT_WRITER,
  CALLER_HEADER,
  osloToday,
  signCallerToken,
  type Caller,
  type SigningKey,
} from '@veiinn/contracts';
import { BoundedCache, type CacheStats, type Logger } from '@veiinn/service';
import { createHash, randomUUID } from 'node:crypto';

/** The gateway's cache of whole answers to anonymous queries (public data); see docs/architecture.md. */
export interface ResponseCacheOptions {
  /** Serve and store answers (default true). In-flight collapsing of identical anonymous operations goes with it. */
  enabled: boolean;
  /** How long an answer is served at most, also without any change notice (default 30 s). */
  ttlMs: number;
  /** Bytes of answers kept, as JSON (default 16 MiB). */
  maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { enabled: true, ttlMs: 30_000, maxBytes: 16 * 2 ** 20 };

/** The answer header that says where an answer came from: `hit`, `shared` (an identical request in flight), `miss`. */
export const CACHE_HEADER = 'x-veiinn-cache';

/** The hub: where providers' changes arrive, and whose `GET /changes` tells of them. */
const HUB = 'intake';

/** A watch that failed waits this long before it asks again (the cache serves nothing meanwhile). */
const RETRY_MS = 1_000;

interface CachedContext {
  caller?: Caller;
}

interface Entry {
  /** The answer's JSON: each hit parses its own copy. */
  json: string;
  /** The same, as the bytes a hit sends (with a final newline, as Apollo answers), made once when stored. */
  body: Buffer;
  expiresAt: number;
}

/** What one request took part in: the key, the cache generation it started in, and the flight it leads. */
interface RequestState {
  key: string;
  generation: number;
  flight?: Flight;
}

interface Flight {
  promise: Promise<string | undefined>;
  resolve: (json: string | undefined) => void;
}

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` are one key. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The response cache: answers to anonymous queries, served without executing them again while they are current.
 * Only an anonymous caller's query is served from it or stored into it, and only an answer without errors, with
 * HTTP 200 and no reads of personal data to audit: a signed-in caller's answer can hold personal data, and a hit
 * skips the audit log. An answer is keyed by the supergraph's hash (a new schema never gets an old answer), the
 * day in Oslo (answers hold "today's" free places), the document's hash, the operation's name and the variables.
 *
 * It is emptied at once on a change: the hub's public data version (`GET /changes` on the hub, a long poll; see
 * subgraphs/intake/src/network/feed/changes.ts), bumped after every feed page the hub applies and every mutation it
 * answers, and every mutation that went through this gateway. Fail safe: while the watch is not connected and
 * current (hub down, an error, a restarted hub), nothing is served from the cache. An answer being computed across a
 * change (its request started before it) is not stored.
 *
 * A hit is served by `middleware()` before Apollo for a POST, else by the plugin (`responseForOperation`).
 * Identical anonymous queries in flight at once are collapsed: the later ones wait for the first's answer and each
 * gets its own copy, also while the watch is down (the answer is as fresh as an execution of their own).
 */
export function createResponseCache(
  options: ResponseCacheOptions,
  context: {
    internalKey: SigningKey;
    logger: Logger;
    supergraphHash: () => string;
    /** Reads of personal data that the audit log still has to write for this request (see ./audit.ts). */
    auditPending: (contextValue: object) => number;
    now?: () => number;
  },
) {
  const now = context.now ?? Date.now;
  const entries = new BoundedCache<Entry>(options.maxBytes, (entry) => entry.json.length + entry.body.length);
  const flights = new Map<string, Flight>();
  const states = new WeakMap<object, RequestState>();
  // Bumped on every clear: an answer computed in an older generation may hold data from before the change.
  let generation = 0;
  const watch = { url: undefined as string | undefined, current: false, instance: '', version: -1 };
  let abort = new AbortController();
  let stopped = false;
  let today = { at: 0, day: '' };
  const stats = { hits: 0, shared: 0, misses: 0, clears: 0 };

  const osloDay = () => {
    // Intl's formatter costs more than a hit; the day is looked up once a second.
    const at = now();
    if (at - today.at > 1_000) today = { at, day: osloToday(new Date(at)) };
    return today.day;
  };

  function clear(): void {
    generation += 1;
    stats.clears += 1;
    entries.clear();
  }

  // The same key from Apollo's request (the plugin) and from the HTTP body (the middleware): the document's SHA-256
  // (Apollo's queryHash), and the operation name as the client sent it, which with the document names the operation.
  const keyOf = (queryHash: string, operationName: unknown, variables: unknown) =>
    `${generation}:${createHash('sha256')
      .update(canonicalJson([context.supergraphHash(), osloDay(), queryHash, operationName ?? null, variables ?? {}]))
      .digest('base64url')}`;

  const answer = (json: string, how: 'hit' | 'shared') => ({
    http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, how]]) },
    body: { kind: 'single' as const, singleResult: JSON.parse(json) },
  });

  async function watchLoop(url: string, signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        const requestId = randomUUID();
        const token = await signCallerToken(context.internalKey, {
          audience: HUB,
          caller: AUDIT_WRITER,
          requestId,
        });
        // After an error or at the start, ask for any version (-1 is none): the hub answers at once.
        const after = watch.current ? watch.version : -1;
        const response = await fetch(`${url}?after=${after}`, {
          headers: { 'x-request-id': requestId, [CALLER_HEADER]: token },
          // Longer than the hub's wait (25 s): a hub that does not answer by then is not current.
          signal: AbortSignal.any([signal, AbortSignal.timeout(35_000)]),
        });
        if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
        const body = (await response.json()) as { version?: unknown; instance?: unknown };
        if (typeof body.version !== 'number' || typeof body.instance !== 'string') {
          throw new Error(`GET ${url} answered no version`);
        }
        if (!watch.current || body.instance !== watch.instance || body.version !== watch.version) clear();
        Object.assign(watch, { current: true, instance: body.instance, version: body.version });
      } catch (error) {
        if (signal.aborted) return;
        if (watch.current) {
          context.logger.warn('The response cache lost the hub’s change notices; it serves nothing until back', {
            url,
            error: String((error as { cause?: unknown }).cause ?? error),
          });
        }
        watch.current = false;
        clear();
        await new Promise((done) => setTimeout(done, RETRY_MS).unref());
      }
    }
  }

  return {
    /** Watches the hub at its subgraph URL (`…/graphql`); a new URL replaces the watch of the old one. */
    watchHub(graphqlUrl: string | undefined): void {
      const url = graphqlUrl?.replace(/\/graphql\/?$/, '/changes');
      if (!options.enabled || stopped || !url || url === watch.url) return;
      abort.abort();
      abort = new AbortController();
      Object.assign(watch, { url, current: false, instance: '', version: -1 });
      clear();
      void watchLoop(url, abort.signal);
    },

    clear,

    /** Stops the watch; the cache serves nothing after. */
    stop(): void {
      stopped = true;
      abort.abort();
      watch.current = false;
      clear();
    },

    stats(): CacheStats & typeof stats & { watching: boolean } {
      return { ...entries.stats(), ...stats, watching: watch.current };
    },

    /**
     * Serves a hit before Apollo, for an anonymous POST whose answer is kept: the same answer the plugin would give
     * (the same key), without Apollo's pipeline, whose checks (operation limits, authorization, NUL characters) the
     * request passed when its answer was stored, as it is the same document, variables, schema and (anonymous)
     * caller. Mounted after the rate limit and the document limits, which every request passes.
     */
    middleware(): RequestHandler {
      return async (req, res, next) => {
        const caller = res.locals.caller as Caller | undefined;
        const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown } | undefined;
        if (
          !options.enabled ||
          !watch.current ||
          req.method !== 'POST' ||
          (caller !== undefined && caller !== ANONYMOUS_CALLER) ||
          typeof body?.query !== 'string' ||
          Array.isArray(body)
        ) {
          return next();
        }
        const queryHash = createHash('sha256').update(body.query).digest('hex');
        const entry = await entries.get(keyOf(queryHash, body.operationName, body.variables));
        if (!entry || entry.expiresAt <= now()) return next();
        stats.hits += 1;
        res.setHeader(CACHE_HEADER, 'hit');
        // The stored bytes as they are: express's send would copy them and hash them for an ETag on every hit,
        // which under load was most of a hit's memory churn (the gateway's RSS grew past 350 MB at 2800 hits/s).
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': entry.body.length,
        });
        res.end(entry.body);
      };
    },

    plugin(): ApolloServerPlugin<CachedContext> {
      return {
        async requestDidStart() {
          return {
            async responseForOperation(request) {
              if (!options.enabled || request.operation?.operation !== 'query') return null;
              // The anonymous caller itself, not a look-alike: a signed-in caller's answer is never shared.
              if (request.contextValue.caller !== ANONYMOUS_CALLER || !request.queryHash) return null;
              const key = keyOf(request.queryHash, request.request.operationName, request.request.variables);
              const state: RequestState = { key, generation };
              states.set(request.contextValue, state);
              if (watch.current) {
                const entry = await entries.get(key);
                if (entry && entry.expiresAt > now()) {
                  stats.hits += 1;
                  return answer(entry.json, 'hit');
                }
              }
              const flight = flights.get(key);
              if (flight) {
                const json = await flight.promise;
                if (json !== undefined) {
                  stats.shared += 1;
                  return answer(json, 'shared');
                }
                // The first one's answer was not one to share (an error): this one runs on its own.
                return null;
              }
              let resolve!: Flight['resolve'];
              const promise = new Promise<string | undefined>((done) => (resolve = done));
              state.flight = { promise, resolve };
              flights.set(key, state.flight);
              stats.misses += 1;
              return null;
            },

            async willSendResponse(request) {
              const { contextValue, response } = request;
              // A mutation may have changed public data before the hub's notice arrives (or whether it did at all).
              if (request.operation?.operation === 'mutation') clear();
              const state = states.get(contextValue);
              if (!state) return;
              states.delete(contextValue);
              if (!state.flight) return;
              flights.delete(state.key);
              const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
              const shareable =
                single !== undefined &&
                !single.errors?.length &&
                (response.http.status ?? 200) === 200 &&
                context.auditPending(contextValue) === 0;
              const json = shareable ? JSON.stringify(single) : undefined;
              state.flight.resolve(json);
              if (json === undefined) return;
              response.http.headers.set(CACHE_HEADER, 'miss');
              if (watch.current && state.generation === generation) {
                await entries.set(state.key, {
                  json,
                  body: Buffer.from(`${json}\n`),
                  expiresAt: now() + options.ttlMs,
                });
              }
            },
          };
        },
      };
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;
