import { subgraphMetrics } from '@veiinn/kit';
import { Counter, Gauge } from 'prom-client';

/**
 * How far behind the hub is on each provider's change feed, at the hub's `GET /metrics` (beside the kit's subgraph
 * metrics), by provider id (a handful, from the registry).
 *
 * Two numbers, since neither alone is honest: `veiinn_feed_lag_events` is the provider's newest sequence minus the
 * one the hub has applied, as the provider stated it in the last page the hub read. It is 0 after every round that
 * caught up, but it is only as fresh as that read: a follower that stopped, or a provider that stopped answering,
 * leaves the last value standing. So `veiinn_feed_last_success_timestamp_seconds` says when the hub last read a feed
 * to its end; `time() - veiinn_feed_last_success_timestamp_seconds` is how stale the hub's copy of a provider may
 * be (about the poll interval when all is well), and `veiinn_feed_read_failures_total` counts rounds that failed.
 */
function createFeedMetrics() {
  const { registry } = subgraphMetrics();
  const lag = new Gauge({
    name: 'veiinn_feed_lag_events',
    help: "Events in a provider's feed the hub had not applied yet, as of the hub's last read of it.",
    labelNames: ['provider'],
    registers: [registry],
  });
  const lastSuccess = new Gauge({
    name: 'veiinn_feed_last_success_timestamp_seconds',
    help: "When the hub last read a provider's feed up to its newest event (Unix time, seconds).",
    labelNames: ['provider'],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'veiinn_feed_read_failures_total',
    help: "Rounds in which the hub could not read or apply a provider's feed.",
    labelNames: ['provider'],
    registers: [registry],
  });
  return {
    /** A round that read the provider's feed: how far behind it ended (0 when caught up). */
    read(provider: string, lastSequence: number, head: number, caughtUp: boolean) {
      lag.labels(provider).set(Math.max(0, head - lastSequence));
      if (caughtUp) lastSuccess.labels(provider).set(Date.now() / 1000);
    },
    failed(provider: string) {
      failures.labels(provider).inc();
    },
  };
}

let metrics: ReturnType<typeof createFeedMetrics> | undefined;

export function feedMetrics(): ReturnType<typeof createFeedMetrics> {
  return (metrics ??= createFeedMetrics());
}
