import { ConfigError } from '@veiinn/contracts';
import { getEnvStr, type Logger } from '@veiinn/service';
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { aggregateWorkerMetrics } from './metrics';

/**
 * GATEWAY_WORKERS: how many processes serve the gateway's port (node's cluster): `1` (default) is this process
 * alone; a number, or `auto` for one per core. Every worker is the same gateway with the same settings and internal
 * key; the primary only starts them, replaces one that dies, and stops them.
 */
export function workersFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = getEnvStr('GATEWAY_WORKERS', '1', env).trim();
  if (value === 'auto') return availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new ConfigError(`GATEWAY_WORKERS must be a whole number from 1 to 64, or "auto" (got "${value}").`);
  }
  return count;
}

/** How long a stop waits for the workers before it kills them (each worker itself gives up after 10 s). */
const STOP_GRACE_MS = 12_000;

/**
 * The primary of a gateway with several workers. It forks `count` workers, which run the gateway (the cluster
 * shares the port between them). A worker that dies after it started listening is replaced; one that dies before
 * (a setting it refuses, a port taken) stops everything with exit code 1, since its siblings would fail alike. On
 * SIGINT/SIGTERM, or when `npm start` that started it goes away, it stops the workers and exits.
 */
export function runWorkers(count: number, logger: Logger): void {
  let stopping = false;
  const listening = new WeakSet<Worker>();

  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => listening.add(worker));
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      if (!listening.has(worker)) {
        logger.error('A gateway worker failed to start; stopping', { pid: worker.process.pid, code, signal });
        void stop(1);
        return;
      }
      logger.error('A gateway worker died; starting another', { pid: worker.process.pid, code, signal });
      fork();
    });
  };

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    logger.info('Stopping the gateway workers', { workers: workers.length });
    const killer = setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done) => {
            if (worker.isDead()) return done();
            worker.once('exit', () => done());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    clearTimeout(killer);
    process.exit(code);
  };

  logger.info('Starting gateway workers', { workers: count });
  aggregateWorkerMetrics();
  for (let i = 0; i < count; i++) fork();
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  // Started by `npm start` with an IPC channel: its closing means the parent is gone (see runUntilSignal).
  if (process.send) process.on('disconnect', () => void stop(0));
}

export const isGatewayWorker = (): boolean => cluster.isWorker;
