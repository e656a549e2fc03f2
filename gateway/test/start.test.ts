import { graphqlData } from '@veiinn/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

async function serves(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Runs scripts/start.mjs as `npm start` does, on free ports and a private data folder. */
async function launch() {
  const data = mkdtempSync(join(tmpdir(), 'veiinn-start-'));
  const ports = { gateway: await freePort(), intake: await freePort() };
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      GATEWAY_PORT: String(ports.gateway),
      INTAKE_PORT: String(ports.intake),
      INTAKE_SQLITE_PATH: join(data, 'intake.sqlite'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run = {
    child,
    ports,
    output: '',
    // 'close', not 'exit': it comes after the last output has been read.
    exited: new Promise<number | null>((done) => child.on('close', (code) => done(code))),
  };
  child.stdout!.on('data', (chunk) => (run.output += chunk));
  child.stderr!.on('data', (chunk) => (run.output += chunk));
  await waitUntil(() => {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${run.output}`);
    return run.output.includes('Veiinn is running');
  }, 'npm start to come up');
  // The same object, not a copy: `output` keeps growing as the processes write.
  return Object.assign(run, {
    async cleanUp() {
      if (child.exitCode === null) {
        child.kill('SIGINT');
        await Promise.race([run.exited, new Promise((done) => setTimeout(done, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(data, { recursive: true, force: true });
    },
  });
}

describe('npm start', () => {
  it('starts every process on fresh SQLite files with demo data, serves the gateway, and stops cleanly on Ctrl-C', async () => {
    const run = await launch();
    try {
      expect(run.output).toContain(`http://localhost:${run.ports.gateway}/graphql`);
      const result = await graphqlData<{ offers: { totalCount: number } }>(
        `http://127.0.0.1:${run.ports.gateway}/graphql`,
        '{ offers(filter: { kinds: [AFT] }) { totalCount } }',
      );
      expect(result.offers.totalCount).toBe(2);

      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(run.output).toContain('Stopped.');
      // Both ports are free again: nothing was left running.
      expect(await serves(run.ports.gateway)).toBe(false);
      expect(await serves(run.ports.intake)).toBe(false);
    } finally {
      await run.cleanUp();
    }
  });

  // Regression: a start script killed hard (SIGKILL, a crashed terminal) used to leave its subgraphs and gateway
  // running as orphans that kept their ports; the next `npm start` then failed with "address in use".
  it('leaves no process behind when the start script itself is killed', async () => {
    const run = await launch();
    try {
      run.child.kill('SIGKILL');
      await run.exited;
      await waitUntil(
        async () => !(await serves(run.ports.gateway)) && !(await serves(run.ports.intake)),
        'the children to stop',
        20_000,
      );
    } finally {
      await run.cleanUp();
    }
  });
});
