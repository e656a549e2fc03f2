import pino, { type DestinationStream } from 'pino';

/**
 * The structured logger of every process: one JSON line per event (time, level as a name, service, message, and the
 * meta fields flattened beside them), so logs from five processes can be merged and searched. Built on pino, which
 * formats a line without building an intermediate string per field; the interface stays this small one.
 *
 * Nothing secret or identifying reaches a line: see `scrub` below.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

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
  if (fromEnv && LEVELS.includes(fromEnv)) return fromEnv;
  // Tests start many servers; only errors are worth their output there.
  return process.env.NODE_ENV === 'test' || process.env.JEST_WORKER_ID ? 'error' : 'info';
}

/**
 * Fields whose value never reaches a log line, whatever it is, compared without case and without `-`/`_`: bearer
 * and service tokens (the `authorization` and `x-veiinn-caller` headers), passwords and secrets, and the fields that
 * hold a national identity number by name. Matched at any depth (a logged headers object too).
 */
const SECRET_FIELDS = new Set(
  [
    'authorization',
    'cookie',
    'set-cookie',
    'x-veiinn-caller',
    'token',
    'accessToken',
    'idToken',
    'refreshToken',
    'password',
    'secret',
    'clientSecret',
    'privateKey',
    'nationalId',
    'nationalIdentityNumber',
    'identityNumber',
    'fnr',
    'fodselsnummer',
    'pid',
  ].map((name) => normalise(name)),
);

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

export const REDACTED = '[redacted]';
export const REDACTED_FNR = '[fnr]';

/**
 * A Norwegian national identity number (fødselsnummer, D-number, synthetic test numbers alike): eleven digits, also
 * written 6 + 5 with a space, not part of a longer run of digits. Any such run is replaced, checksum or not: a log
 * line that loses an unrelated eleven-digit number costs little, one that keeps a person's number is a breach.
 */
const FNR = /(?<!\d)\d{6} ?\d{5}(?!\d)/g;
/** A bearer token inside a free text (an error message quoting a header). */
const BEARER = /\bbearer\s+[\w.~+/=-]+/gi;

function scrubText(text: string): string {
  return text.replace(FNR, REDACTED_FNR).replace(BEARER, `Bearer ${REDACTED}`);
}

/**
 * A copy of `value` fit for a log line: secret fields replaced by `[redacted]`, every eleven-digit run in a text by
 * `[fnr]`, at any depth. Errors become their type, message and stack (scrubbed too). Cycles and very deep values end
 * in a marker rather than a stack overflow.
 */
function scrub(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'number')
    return Number.isInteger(value) && /^\d{11}$/.test(String(value)) ? REDACTED_FNR : value;
  if (typeof value === 'bigint') return scrubText(String(value));
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value) || depth > 8) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubText(value.message),
      ...(value.stack && { stack: scrubText(value.stack) }),
    };
  }
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1, seen));
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] =
      SECRET_FIELDS.has(normalise(key)) && !isProcessId(key, field) ? REDACTED : scrub(field, depth + 1, seen);
  }
  return copy;
}

/**
 * `pid` is two things here: ID-porten's claim with a person's national identity number (a text), and a process id
 * (a small integer: the gateway's workers log theirs). Only the second is kept.
 */
function isProcessId(key: string, value: unknown): boolean {
  return key === 'pid' && typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000_000;
}

const fieldSources: (() => Record<string, unknown> | undefined)[] = [];

/**
 * Adds fields to every log line of every logger in this process, e.g. the trace and span ids of the work in
 * progress: `fn` is called for each line written (keep it cheap) and what it returns is merged in, scrubbed like the
 * rest. Returns a function that removes it again.
 */
export function addLogFields(fn: () => Record<string, unknown> | undefined): () => void {
  fieldSources.push(fn);
  return () => {
    const at = fieldSources.indexOf(fn);
    if (at >= 0) fieldSources.splice(at, 1);
  };
}

function extraFields(): Record<string, unknown> {
  if (fieldSources.length === 0) return {};
  const fields: Record<string, unknown> = {};
  for (const source of fieldSources) {
    try {
      Object.assign(fields, source());
    } catch {
      // A broken field source must not cost the log line.
    }
  }
  return fields;
}

/**
 * Where lines go: `destination` if given (tests capture lines there), else debug and info to stdout and warn and
 * error to stderr, as before pino, through a multistream over the process's own streams (written as node writes
 * them, as before; no worker thread, no buffer of pino's own to flush at exit).
 */
function streamFor(destination: DestinationStream | undefined) {
  if (destination) return destination;
  return pino.multistream(
    [
      { level: 'debug', stream: process.stdout },
      { level: 'warn', stream: process.stderr },
    ],
    // Each line to the one stream of the highest level it reaches: warn and error to stderr only.
    { dedupe: true },
  );
}

export function createLogger(
  service: string,
  level: LogLevel = defaultLevel(),
  destination?: DestinationStream,
): Logger {
  const log = pino(
    {
      level,
      base: { service },
      messageKey: 'message',
      // An ISO time, as the lines had before pino (its default is epoch milliseconds).
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Meta fields and the added fields, scrubbed; the message is scrubbed in `write` (pino keeps it apart).
        log: (fields) => scrub(fields) as Record<string, unknown>,
      },
      mixin: extraFields,
      // `scrub` has made any Error a plain object already; pino's own `err` serializer would then call it "Object".
      serializers: { err: (value: unknown) => value },
    },
    streamFor(destination),
  );
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, meta?: Record<string, unknown>) => {
    if (!log.isLevelEnabled(at)) return;
    log[at](meta ?? {}, scrubText(String(message)));
  };
  return {
    service,
    debug: (m, meta) => write('debug', m, meta),
    info: (m, meta) => write('info', m, meta),
    warn: (m, meta) => write('warn', m, meta),
    error: (m, meta) => write('error', m, meta),
  };
}
