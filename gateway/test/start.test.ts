import { graphqlData } from '@veiinn/testing';
import { spawn } from 'node:child_process';
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

describe('npm start', () => {
  it('starts every process on fresh SQLite files with demo data, serves the gateway, and stops cleanly on Ctrl-C', async () => {
    const data = mkdtempSync(join(tmpdir(), 'veiinn-start-'));
    const [gatewayPort, intakePort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        GATEWAY_PORT: String(gatewayPort),
        INTAKE_PORT: String(intakePort),
        INTAKE_SQLITE_PATH: join(data, 'intake.sqlite'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const deadline = Date.now() + 90_000;
      while (!output.includes('Veiinn is running')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
        await new Promise((done) => setTimeout(done, 200));
      }
      expect(output).toContain(`http://localhost:${gatewayPort}/graphql`);
      const result = await graphqlData<{ offers: { totalCount: number } }>(
        `http://127.0.0.1:${gatewayPort}/graphql`,
        '{ offers(filter: { kinds: [AFT] }) { totalCount } }',
      );
      expect(result.offers.totalCount).toBe(2);

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output).toContain('Stopped.');
      // Both ports are free again: nothing was left running.
      for (const port of [gatewayPort, intakePort]) {
        await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(data, { recursive: true, force: true });
    }
  });
});
