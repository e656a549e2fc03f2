import type { Logger } from './logger';
import { startTracing, type Tracing } from './tracing';

/**
 * Runs a process until SIGINT/SIGTERM, then calls `stop` once and exits. Used by every `main.ts`,
 * so each process stops cleanly on Ctrl-C and when an orchestrator asks it to.
 * With a collector configured, tracing starts before `start`, named after the logger's service (see ./tracing.ts),
 * and the spans still queued are sent after `stop`.
 */
export function runUntilSignal(logger: Logger, start: () => Promise<() => Promise<void>>): void {
  let stopping = false;
  let tracing: Tracing | undefined;
  const startTraced = async () => {
    tracing = logger.service === undefined ? undefined : startTracing(logger.service);
    if (tracing) logger.info('Traces are on');
    return start();
  };
  startTraced()
    .then((stop) => {
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        logger.info('Stopping', { signal });
        // A connection that never closes must not keep the process alive forever.
        setTimeout(() => {
          logger.error('Stop took more than 10 s; exiting anyway');
          process.exit(1);
        }, 10_000).unref();
        stop()
          .then(() => tracing?.shutdown().catch((error) => logger.warn('Traces not sent', { error: String(error) })))
          .then(() => process.exit(0))
          .catch((error) => {
            logger.error('Stop failed', { error: String(error) });
            process.exit(1);
          });
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      // Started by `npm start` with an IPC channel: when that parent dies, even by SIGKILL, the channel closes
      // and this process stops too, instead of living on as an orphan holding its port.
      if (process.send) process.on('disconnect', () => onSignal('SIGTERM'));
    })
    .catch((error: unknown) => {
      logger.error('Start failed', { error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    });
}
