import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@veiinn/contracts';
import {
  errorCodeLabel,
  LATENCY_BUCKETS,
  OPERATION_TYPES,
  operationTypeLabel,
  processMetrics,
  type CacheStats,
  type OperationTypeLabel,
} from '@veiinn/service';
import type { RequestHandler } from 'express';
import { Kind, parse } from 'graphql';
import cluster from 'node:cluster';
import { performance } from 'node:perf_hooks';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's metrics at `GET /metrics` (prom-client, one registry per process with the process's own metrics):
 * client operations by type and outcome, errors by code, latency by operation name, subgraph fetches and their
 * latency by subgraph, rate-limit refusals, audit log writes, the response cache and each subgraph's circuit state.
 * Counts only, nothing about any caller: open like /health. See docs/operations.md for the names and the dashboard.
 *
 * Cheap on the hot path: label children are bound once and kept (prom-client's `labels()` validates and copies on
 * every call), and what other modules already count (the response cache's stats) is read only when scraped.
 *
 * Label values are bounded, since every value is a series kept for the life of the process and the monitoring
 * system: operation names are the client's to choose, so only the names of registered (trusted) documents become a
 * label and every other name, or none, is `other`; error codes outside the known list are `OTHER`; subgraph names
 * come from the supergraph.
 */

/** A circuit breaker's state as `veiinn_subgraph_circuit_state` shows it: 0 closed, 1 half-open, 2 open. */
export type CircuitState = 'closed' | 'half-open' | 'open';
const CIRCUIT_VALUES: Record<CircuitState, 0 | 1 | 2> = { closed: 0, 'half-open': 1, open: 2 };

/** Which limit refused a request: per signed-in identity, per address without sign-in, or refused tokens. */
export type RateLimitKind = 'identity' | 'address' | 'failed_sign_in';

export type FetchOutcome = 'ok' | 'errors' | 'failed';

/** The operation label of a client operation that is not registered, or has no name. */
export const OTHER_OPERATION = 'other';

type Inc = { inc(value?: number): void };
type Observe = { observe(value: number): void };

function createGatewayMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  if (cluster.isWorker) {
    // With GATEWAY_WORKERS, the primary asks each worker for this registry (see `aggregateWorkerMetrics`).
    AggregatorRegistry.setRegistries([registry]);
    new AggregatorRegistry();
  }
  const requests = new Counter({
    name: 'veiinn_gateway_requests_total',
    help: 'Client GraphQL operations Apollo answered, by operation type and outcome (ok, or error: any error in the answer).',
    labelNames: ['operation_type', 'outcome'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'veiinn_gateway_errors_total',
    help: 'Errors the gateway answered clients with, by extensions.code (rate-limit and sign-in refusals included).',
    labelNames: ['code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'veiinn_gateway_operation_duration_seconds',
    help: 'Time from a client operation reaching Apollo to its response, by registered operation name (else other).',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const fetches = new Counter({
    name: 'veiinn_subgraph_fetches_total',
    help: 'Requests the gateway sent to a subgraph, by subgraph and outcome (ok; errors: answered with errors; failed).',
    labelNames: ['subgraph', 'outcome'],
    registers: [registry],
  });
  const fetchDuration = new Histogram({
    name: 'veiinn_subgraph_fetch_duration_seconds',
    help: 'Time of one request from the gateway to a subgraph, answered or failed, by subgraph.',
    labelNames: ['subgraph'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'veiinn_gateway_rate_limited_total',
    help: 'Requests refused with 429 RATE_LIMITED, by limit: identity, address (no sign-in), failed_sign_in.',
    labelNames: ['limit'],
    registers: [registry],
  });
  const audit = new Counter({
    name: 'veiinn_gateway_audit_writes_total',
    help: "Client requests whose reads of personal data were written to the hub's audit log (written) or not (failed: the answer was withheld).",
    labelNames: ['outcome'],
    registers: [registry],
  });
  const circuit = new Gauge({
    name: 'veiinn_subgraph_circuit_state',
    help: "A subgraph's circuit breaker: 0 closed (requests go through), 1 half-open (trying), 2 open (refused at once).",
    labelNames: ['subgraph'],
    // Summed over GATEWAY_WORKERS, 2 + 2 would read as a state that does not exist: the worst worker's.
    aggregator: 'max',
    registers: [registry],
  });

  // The response caches of the gateways in this process (one in production; tests start several), read at scrape.
  const caches = new Set<
    () => (CacheStats & { hits: number; shared: number; misses: number; clears: number }) | undefined
  >();
  const cacheTotal = (
    read: (stats: CacheStats & { hits: number; shared: number; misses: number; clears: number }) => number,
  ) => {
    let total = 0;
    for (const stats of caches) {
      const current = stats();
      if (current) total += read(current);
    }
    return total;
  };
  new Counter({
    name: 'veiinn_gateway_response_cache_requests_total',
    help: 'Anonymous queries the response cache looked up, by result: hit, shared (an identical request in flight), miss.',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      this.reset();
      this.labels('hit').inc(cacheTotal((s) => s.hits));
      this.labels('shared').inc(cacheTotal((s) => s.shared));
      this.labels('miss').inc(cacheTotal((s) => s.misses));
    },
  });
  new Counter({
    name: 'veiinn_shared_state_fallbacks_total',
    help: 'Rate limit checks done in process memory: Redis did not answer.',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(processMetrics.sharedStateFallbacks);
    },
  });
  new Counter({
    name: 'veiinn_gateway_response_cache_clears_total',
    help: 'Times the response cache was emptied (a change the hub told of, or the hub unreachable).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(cacheTotal((s) => s.clears));
    },
  });
  new Gauge({
    name: 'veiinn_gateway_response_cache_bytes',
    help: 'Bytes of answers the response cache holds.',
    registers: [registry],
    collect() {
      this.set(cacheTotal((s) => s.bytes));
    },
  });

  const byOutcome = new Map<string, Inc>();
  for (const type of OPERATION_TYPES) {
    for (const outcome of ['ok', 'error']) byOutcome.set(`${type}:${outcome}`, requests.labels(type, outcome));
  }
  const byCode = new Map<string, Inc>();
  const countError = (code: unknown) => {
    const label = errorCodeLabel(code);
    let child = byCode.get(label);
    if (!child) byCode.set(label, (child = errors.labels(label)));
    child.inc();
  };
  const byOperation = new Map<string, Observe>([[OTHER_OPERATION, duration.labels(OTHER_OPERATION)]]);
  const registered = new Set<string>();
  const bySubgraph = new Map<string, { ok: Inc; errors: Inc; failed: Inc; duration: Observe }>();
  const subgraph = (name: string) => {
    let children = bySubgraph.get(name);
    if (!children) {
      children = {
        ok: fetches.labels(name, 'ok'),
        errors: fetches.labels(name, 'errors'),
        failed: fetches.labels(name, 'failed'),
        duration: fetchDuration.labels(name),
      };
      bySubgraph.set(name, children);
    }
    return children;
  };
  const limits = {
    identity: rateLimited.labels('identity'),
    address: rateLimited.labels('address'),
    failed_sign_in: rateLimited.labels('failed_sign_in'),
  } satisfies Record<RateLimitKind, Inc>;
  const audits = { written: audit.labels('written'), failed: audit.labels('failed') };
  const circuitKnown = new Set<string>();

  return {
    registry,
    countError,
    operation(type: OperationTypeLabel, failed: boolean, name: string | null | undefined, seconds: number) {
      byOutcome.get(`${type}:${failed ? 'error' : 'ok'}`)!.inc();
      const label = name && registered.has(name) ? name : OTHER_OPERATION;
      let child = byOperation.get(label);
      if (!child) byOperation.set(label, (child = duration.labels(label)));
      child.observe(seconds);
    },
    registerOperationNames(names: Iterable<string>) {
      for (const name of names) registered.add(name);
    },
    subgraph(name: string) {
      subgraph(name);
      // Without a breaker (or before it says anything), every request goes through: closed.
      if (!circuitKnown.has(name)) setCircuit(name, 'closed');
    },
    fetch(name: string, outcome: FetchOutcome, seconds: number) {
      const children = subgraph(name);
      children[outcome].inc();
      children.duration.observe(seconds);
    },
    rateLimited(kind: RateLimitKind) {
      limits[kind].inc();
      countError('RATE_LIMITED');
    },
    audit(outcome: 'written' | 'failed') {
      audits[outcome].inc();
      // What the client got instead of the data (./audit.ts); Apollo's hooks had counted the answer before.
      if (outcome === 'failed') countError('INTERNAL_SERVER_ERROR');
    },
    setCircuit,
    watchResponseCache(stats: () => ReturnType<Parameters<typeof caches.add>[0]>) {
      caches.add(stats);
      return () => void caches.delete(stats);
    },
  };

  function setCircuit(name: string, state: CircuitState | 0 | 1 | 2) {
    circuitKnown.add(name);
    circuit.labels(name).set(typeof state === 'number' ? state : CIRCUIT_VALUES[state]);
  }
}

let metrics: ReturnType<typeof createGatewayMetrics> | undefined;

/** This process's gateway metrics, made on first use. */
export function gatewayMetrics(): ReturnType<typeof createGatewayMetrics> {
  return (metrics ??= createGatewayMetrics());
}

/**
 * Sets `veiinn_subgraph_circuit_state{subgraph}`: for the circuit breaker in front of each subgraph, whenever its
 * state changes ('closed' or 0, 'half-open' or 1, 'open' or 2).
 */
export function setCircuitState(subgraph: string, state: CircuitState | 0 | 1 | 2): void {
  gatewayMetrics().setCircuit(subgraph, state);
}

/** Counts a refusal with 429 RATE_LIMITED (./rate-limit.ts, ./sign-in.ts). */
export function countRateLimited(kind: RateLimitKind): void {
  gatewayMetrics().rateLimited(kind);
}

/** Counts an error answered before Apollo saw the request (a refused token). */
export function countGatewayError(code: string): void {
  gatewayMetrics().countError(code);
}

/** Counts one client request's audit log write (./audit.ts). */
export function countAuditWrite(outcome: 'written' | 'failed'): void {
  gatewayMetrics().audit(outcome);
}

/** Times one request to a subgraph (./client-errors.ts); the outcome from its answer, `failed` if it threw. */
export async function timeSubgraphFetch<T extends { errors?: readonly unknown[] }>(
  subgraph: string,
  fetch: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    const response = await fetch();
    gatewayMetrics().fetch(subgraph, response.errors?.length ? 'errors' : 'ok', (performance.now() - started) / 1000);
    return response;
  } catch (error) {
    gatewayMetrics().fetch(subgraph, 'failed', (performance.now() - started) / 1000);
    throw error;
  }
}

/** The names of the operations in registered documents (trusted documents' texts), for the latency label. */
export function operationNamesOf(documents: Record<string, string>): string[] {
  const names: string[] = [];
  for (const text of Object.values(documents)) {
    try {
      for (const definition of parse(text, { noLocation: true }).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value);
      }
    } catch {
      // A document that does not parse is refused when sent; it names nothing.
    }
  }
  return names;
}

/**
 * Apollo plugin: every client operation's type, outcome and time to its response, and each error it answered with,
 * by code (as Apollo saw it, before the error formatter masks an internal one).
 */
export function gatewayMetricsPlugin(): ApolloServerPlugin {
  const recorder = gatewayMetrics();
  return {
    async requestDidStart() {
      const started = performance.now();
      let failed = false;
      return {
        async didEncounterErrors({ errors }) {
          failed = true;
          for (const error of errors) recorder.countError(error.extensions?.code);
        },
        async willSendResponse({ operation, operationName, request }) {
          const name = operationName ?? request.operationName;
          recorder.operation(
            operationTypeLabel(operation?.operation),
            failed,
            name,
            (performance.now() - started) / 1000,
          );
        },
      };
    },
  };
}

const ASK = 'veiinn:metrics-ask';
const ANSWER = 'veiinn:metrics-answer';
/** How long a worker waits for the primary's sum (prom-client's primary waits 5 s for each worker). */
const ASK_TIMEOUT_MS = 6_000;

interface MetricsAnswer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

/**
 * With GATEWAY_WORKERS, in the primary: answers a worker's ask for the metrics of every worker, summed by prom-client
 * (counters and histograms added, the circuit state the worst). A scrape reaches whichever worker the cluster hands
 * the connection to; without this it would see that worker's counts alone, and the numbers would jump between scrapes.
 */
export function aggregateWorkerMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: { type?: string; id?: number } | undefined) => {
    if (message?.type !== ASK || typeof message.id !== 'number') return;
    const id = message.id;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id, text } satisfies MetricsAnswer),
      (error: unknown) => worker.send({ type: ANSWER, id, error: String(error) } satisfies MetricsAnswer),
    );
  });
}

let asked = 0;

/** In a worker: every worker's metrics, summed, from the primary. */
function askPrimary(): Promise<string> {
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const onMessage = (message: MetricsAnswer | undefined) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      finish();
      if (message.text !== undefined) resolve(message.text);
      else reject(new Error(message.error ?? 'no metrics'));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error('The primary did not answer with the workers’ metrics in time.'));
    }, ASK_TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      process.off('message', onMessage);
    };
    process.on('message', onMessage);
    process.send!({ type: ASK, id });
  });
}

/** Express handler for `GET /metrics`: this process's metrics, or with GATEWAY_WORKERS every worker's, summed. */
export const gatewayMetricsHandler: RequestHandler = async (_req, res) => {
  const { registry } = gatewayMetrics();
  if (!cluster.isWorker || !process.send) {
    res.type(registry.contentType).send(await registry.metrics());
    return;
  }
  try {
    res.type(registry.contentType).send(await askPrimary());
  } catch (error) {
    // A scrape that fails says so; one worker's counts passed off as the gateway's would mislead.
    res.status(503).json({
      errors: [
        {
          message: `Målingene fra alle arbeidsprosessene kunne ikke samles. / The workers' metrics could not be gathered: ${String(error)}`,
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        },
      ],
    });
  }
};
