import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * A TCP port that was free a moment ago on 127.0.0.1 (for processes that must be told their port up front). Chosen
 * at random below the kernel's ephemeral range (32768 and up on Linux), not by binding port 0: a port from that
 * range can be taken, between this check and the process binding it, by any outgoing connection's source port or
 * any server on port 0, and under a parallel suite that happened (EADDRINUSE at `npm start`'s issuer).
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await canListen(port)) return port;
  }
  throw new Error('No free TCP port between 20000 and 32000 on 127.0.0.1 after 50 tries');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  what: string,
  { timeoutMs = 90_000, intervalMs = 200 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}

export interface NodeProcess {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far: print it when a test fails. */
  readonly output: string;
  /** Resolves with the exit code once the process has ended and its output is read. */
  exited: Promise<number | null>;
}

/** Runs a Node script as its own process, with extra environment variables and its output collected. */
export function startNodeProcess(script: string, env: Record<string, string>, cwd?: string): NodeProcess {
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return {
    child,
    get output() {
      return output;
    },
    // 'close', not 'exit': it comes after the last output has been read.
    exited: new Promise((done) => child.on('close', (code) => done(code))),
  };
}

/** Whether something answers HTTP at the URL (any status). */
export async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}
