import { ANONYMOUS_CALLER, callerFor, type Caller } from '@veiinn/contracts';
import { canonicalJson } from './response-cache';

/**
 * The key under which identical subgraph requests in flight share one HTTP fetch: the subgraph, the planned query,
 * its variables, and the caller as that subgraph sees it (`callerFor`, what the gateway's token names), so that two
 * callers share only what the subgraph could not tell apart anyway. Undefined for anything but a query.
 */
export function collapseKey(
  subgraph: string,
  operation: 'query' | 'mutation' | 'subscription' | undefined,
  request: { query?: string; operationName?: string; variables?: Record<string, unknown> },
  caller: Caller | undefined,
): string | undefined {
  // The client's operation and the planned one: a mutation's plan can hold query fetches after the mutation, which
  // must see its writes, not an answer from before it.
  if (operation !== 'query' || !request.query || !/^\s*(query\b|\{)/.test(request.query)) return undefined;
  return canonicalJson([
    subgraph,
    request.query,
    request.operationName ?? null,
    request.variables ?? {},
    callerFor(subgraph, caller ?? ANONYMOUS_CALLER),
  ]);
}

/** How a result shared by several callers is copied: frozen once, thawed for each caller. */
export interface Copier<T, F> {
  freeze(value: T): F;
  thaw(frozen: F): T;
}

interface Running<T, F> {
  done: Promise<T>;
  callers: number;
  frozen?: F;
}

/**
 * Identical work in flight, done once: `run(key, work)` starts `work` unless the same key is already running, and
 * every caller gets the first one's result (or its failure). A key is forgotten as soon as its work ends, so nothing
 * is kept beyond the requests that overlap in time.
 *
 * Each caller gets a result of its own, which it may change: a result that only one caller waited for is handed over
 * as it is (no copy: most requests of signed-in callers share nothing), one that several waited for is frozen once
 * and thawed for each of them, the first included. The count of callers is final when the work ends: the key is
 * forgotten before any caller resumes, so a later `run` starts new work instead of joining.
 */
export class InFlight<T, F> {
  private readonly running = new Map<string, Running<T, F>>();

  constructor(private readonly copier: Copier<T, F>) {}

  /** How many keys are in flight now. */
  get size(): number {
    return this.running.size;
  }

  run(key: string, work: () => Promise<T>): { shared: boolean; result: Promise<T> } {
    let entry = this.running.get(key);
    const shared = entry !== undefined;
    if (!entry) {
      const forget = () => this.running.delete(key);
      const done = work().then(
        (value) => (forget(), value),
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      entry = { done, callers: 0 };
      this.running.set(key, entry);
    }
    const mine = entry;
    mine.callers += 1;
    const result = mine.done.then((value) =>
      mine.callers === 1 ? value : this.copier.thaw((mine.frozen ??= this.copier.freeze(value))),
    );
    return { shared, result };
  }
}
