/** A small structured logger: one JSON line per event, so logs from five processes can be merged and searched. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  /** The process's service, e.g. `gateway`, `intake`: also its name in traces (see ./main.ts). */
  readonly service?: string;
  debug(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

function defaultLevel(): LogLevel {
  const fromEnv = process.env.LOG_LEVEL as LogLevel | undefined;
  if (fromEnv && fromEnv in order) return fromEnv;
  // Tests start many servers; only errors are worth their output there.
  return process.env.NODE_ENV === 'test' || process.env.JEST_WORKER_ID ? 'error' : 'info';
}

export function createLogger(service: string, level: LogLevel = defaultLevel()): Logger {
  const write = (at: LogLevel, message: string, meta?: Record<string, unknown>) => {
    if (order[at] < order[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, service, message, ...meta });
    (at === 'error' || at === 'warn' ? process.stderr : process.stdout).write(line + '\n');
  };
  return {
    service,
    debug: (m, meta) => write('debug', m, meta),
    info: (m, meta) => write('info', m, meta),
    warn: (m, meta) => write('warn', m, meta),
    error: (m, meta) => write('error', m, meta),
  };
}
