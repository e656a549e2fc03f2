/**
 * A circuit breaker for one subgraph. A provider that keeps failing (refusing connections, timing out, or answered
 * for by a proxy's 502/503/504) is not called for a while: every request is answered at once without its fields, so
 * a provider that is down costs the other requests nothing, not a timeout each, and gets no storm of calls while it
 * comes back up. After `openMs` one request is let through as a probe (half-open); if it is answered the circuit
 * closes, if not it opens again for another `openMs`.
 *
 * Only failures of the subgraph itself count: an answer with GraphQL errors (a refused field, a client's mistake) is
 * an answer.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitOptions {
  /** Failures in a row that open the circuit (default 5). */
  failuresToOpen: number;
  /** How long an open circuit refuses calls before it lets one probe through, in ms (default 10 s). */
  openMs: number;
  /** The clock, in ms; tests pass their own. */
  now?: () => number;
}

export const DEFAULT_CIRCUIT: CircuitOptions = { failuresToOpen: 5, openMs: 10_000 };

/** What `/health` tells of a subgraph. */
export interface CircuitSnapshot {
  state: CircuitState;
  consecutiveFailures: number;
  lastFailure?: { at: string; reason: string };
  lastSuccessAt?: string;
}

export class Circuit {
  private current: CircuitState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private lastFailure?: { at: number; reason: string };
  private lastSuccessAt?: number;
  private readonly now: () => number;

  constructor(
    private readonly options: CircuitOptions = DEFAULT_CIRCUIT,
    private readonly onChange: (state: CircuitState) => void = () => undefined,
  ) {
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    return this.current;
  }

  /**
   * Whether a call may go out now. Closed: yes. Open: no, until `openMs` has passed; then the circuit is half-open
   * and this one call is the probe. Half-open: no while the probe is out (one probe at a time).
   */
  allow(): boolean {
    if (this.current === 'closed') return true;
    if (this.current === 'open') {
      if (this.now() - this.openedAt < this.options.openMs) return false;
      this.change('half-open');
    }
    if (this.probing) return false;
    this.probing = true;
    return true;
  }

  /** The subgraph answered. */
  succeeded(): void {
    this.failures = 0;
    this.probing = false;
    this.lastSuccessAt = this.now();
    if (this.current !== 'closed') this.change('closed');
  }

  /** The subgraph did not answer (`reason` as /health and the logs tell it). */
  failed(reason: string): void {
    this.failures++;
    this.probing = false;
    this.lastFailure = { at: this.now(), reason };
    if (this.current === 'half-open' || (this.current === 'closed' && this.failures >= this.options.failuresToOpen)) {
      this.openedAt = this.now();
      this.change('open');
    }
  }

  snapshot(): CircuitSnapshot {
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      state: this.current,
      consecutiveFailures: this.failures,
      ...(this.lastFailure && { lastFailure: { at: iso(this.lastFailure.at), reason: this.lastFailure.reason } }),
      ...(this.lastSuccessAt !== undefined && { lastSuccessAt: iso(this.lastSuccessAt) }),
    };
  }

  private change(state: CircuitState): void {
    this.current = state;
    this.onChange(state);
  }
}
