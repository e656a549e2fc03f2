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

/**
 * Identical work in flight, done once: `run(key, work)` starts `work` unless the same key is already running, and
 * every caller gets the first one's result (or its failure). A key is forgotten as soon as its work ends, so nothing
 * is kept beyond the requests that overlap in time.
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** How many keys are in flight now. */
  get size(): number {
    return this.running.size;
  }

  run(key: string, work: () => Promise<T>): { shared: boolean; result: Promise<T> } {
    const running = this.running.get(key);
    if (running) return { shared: true, result: running };
    const result = work().finally(() => this.running.delete(key));
    this.running.set(key, result);
    return { shared: false, result };
  }
}
