import { loadOrCreateSigningKey, serviceIssuer } from '@veiinn/kit';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrokenSubgraph } from './broken-subgraph';
import { PROVIDERS, startProvider } from './support';

/** The compiled command, as `npm run conformance` runs it (jest runs after `tsc -b`). */
const cli = join(__dirname, '..', 'dist', 'src', 'cli.js');

function conformance(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run conformance', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'veiinn-conformance-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints a checklist and exits 0 for a provider that conforms, with the key files of the gateway and the hub', async () => {
    // Key files as the gateway and the hub write them (mode 0600), made here the same way.
    const keyPath = join(folder, 'gateway-internal-key.json');
    const hubKeyPath = join(folder, 'intake-service-key.json');
    const gatewayKey = await loadOrCreateSigningKey(keyPath, 'EdDSA');
    const hubKey = await loadOrCreateSigningKey(hubKeyPath, 'EdDSA');
    const arba = PROVIDERS.find((p) => p.name === 'arba')!;
    const running = await startProvider(arba, {
      publicKey: gatewayKey.publicJwk,
      services: [{ issuer: serviceIssuer('intake'), publicKey: hubKey.publicJwk }],
    });
    try {
      const { code, stdout } = await conformance([
        '--url',
        running.url,
        '--key',
        keyPath,
        '--hub-key',
        hubKeyPath,
        '--provider-id',
        arba.providerId,
        '--writes',
        // No restart, but the cursor is read again after the command all the same.
        '--restart-command',
        'true',
      ]);
      expect(stdout).toMatch(
        /^Veiinn conformance of "arba" at http:\/\/127\.0\.0\.1:\d+\/graphql\n\nFederation\n {2}✓ /,
      );
      expect(stdout).toMatch(/\n {2}✓ accepts the gateway’s token: HTTP 200/);
      expect(stdout).toMatch(/\n {2}✓ ends the placement: 200 ENDED: /);
      expect(stdout).toMatch(/\n {2}✓ the cursor holds after a restart: /);
      // Only GROUP_FULL, which needs a full group.
      expect(stdout).toMatch(/\n\d+ passed, 0 failed, 1 not checked\.\n$/);
      expect(code).toBe(0);
    } finally {
      await running.stop();
    }
  });

  it('exits 1 when a check fails, and 2 without --url', async () => {
    const running = await startBrokenSubgraph('careless');
    try {
      const { code, stdout } = await conformance(['--url', running.url]);
      expect(stdout).toMatch(/\n {2}✗ refuses a request without the gateway’s token: /);
      expect(stdout).toMatch(/The subgraph does not conform yet\.\n$/);
      // Without --writes nothing is placed, and the checklist says how to check it.
      expect(stdout).toMatch(
        /\n {2}– places, changes and ends a decided place \(not checked\): give --writes against a test environment/,
      );
      expect(code).toBe(1);
    } finally {
      await running.stop();
    }
    const usage = await conformance([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^--url is required\.\n\nUsage: npm run conformance -- --url/);
  });
});
