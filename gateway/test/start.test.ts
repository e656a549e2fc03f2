import { subgraphRegistry } from '@veiinn/schema';
import { answers, freePort, graphqlData, graphqlRequest, waitUntil } from '@veiinn/testing';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

async function serves(port: number): Promise<boolean> {
  return answers(`http://127.0.0.1:${port}/health`);
}

/** Runs scripts/start.mjs as `npm start` does, on free ports and a private data folder. */
async function launch() {
  const data = mkdtempSync(join(tmpdir(), 'veiinn-start-'));
  const ports: Record<string, number> = {
    gateway: await freePort(),
    issuer: await freePort(),
    web: await freePort(),
  };
  const subgraphEnv: Record<string, string> = {};
  for (const entry of subgraphRegistry) {
    const prefix = entry.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    ports[entry.name] = await freePort();
    subgraphEnv[`${prefix}_PORT`] = String(ports[entry.name]);
  }
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      GATEWAY_PORT: String(ports.gateway),
      ISSUER_PORT: String(ports.issuer),
      WEB_PORT: String(ports.web),
      // Every database and key in the private folder (CI runs the demo journey on a fresh one the same way).
      VEIINN_DATA_DIR: data,
      ...subgraphEnv,
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
    data,
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
  it('starts every process on fresh SQLite files with demo data, serves the gateway with sign-in, walks the demo journey, and stops cleanly on Ctrl-C', async () => {
    const run = await launch();
    try {
      expect(run.output).toContain(`http://localhost:${run.ports.gateway}/graphql`);
      // npm start was silent for over a minute on a first build: it says what it does, then where to go next.
      expect(run.output).toContain('[start] Building TypeScript');
      expect(run.output).toMatch(
        /Starting subgraph intake on port \d+ \(first start: creating .*seeding the demo data\)/,
      );
      expect(run.output).toContain('docs/walkthrough.md');
      // The web app: built by Vite on every start (said so), served with its security headers, told the gateway.
      expect(run.output).toContain('[start] Building the web app with Vite');
      expect(run.output).toContain(`http://localhost:${run.ports.web}/`);
      const page = await fetch(`http://127.0.0.1:${run.ports.web}/tilbud/some-offer`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain(`connect-src 'self' http://localhost:${run.ports.gateway}`);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      const config = await fetch(`http://127.0.0.1:${run.ports.web}/config.json`);
      expect(await config.json()).toEqual({
        gatewayUrl: `http://localhost:${run.ports.gateway}/graphql`,
        issuerUrl: `http://localhost:${run.ports.issuer}`,
        clientId: 'veiinn-web',
      });
      // The issuer takes the app's sign-in back to the port this run's app really has.
      const authorize = new URL(`http://127.0.0.1:${run.ports.issuer}/authorize`);
      for (const [name, value] of Object.entries({
        client_id: 'veiinn-web',
        redirect_uri: `http://localhost:${run.ports.web}/callback`,
        response_type: 'code',
        scope: 'openid',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGMSFfwg7E',
        code_challenge_method: 'S256',
        state: 'start-test',
      })) {
        authorize.searchParams.set(name, value);
      }
      const signInPage = await fetch(authorize, { redirect: 'manual' });
      expect(signInPage.status).toBe(200);
      // Asker Produkt's AFT is kept in the hub; Arba's arrives through Arba's feed, which the hub follows on its own.
      const aftOffers = async () =>
        (
          await graphqlData<{ offers: { totalCount: number } }>(
            `http://127.0.0.1:${run.ports.gateway}/graphql`,
            '{ offers(filter: { kinds: [AFT] }) { totalCount } }',
          )
        ).offers.totalCount;
      await waitUntil(async () => (await aftOffers()) === 2, "Arba's offers to arrive through its feed", {
        timeoutMs: 20_000,
      });

      // Sign-in: the issuer hands out a token, and the gateway answers a query made with it.
      const issued = await fetch(`http://127.0.0.1:${run.ports.issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'case-worker' }),
      });
      const { access_token: token } = (await issued.json()) as { access_token: string };
      // Feed status is the operators' (docs/security.md): the case worker reads every feed the hub follows.
      const feeds = await graphqlRequest<{ feeds: { behind: number; lastError: string | null }[] }>(
        `http://127.0.0.1:${run.ports.gateway}/graphql`,
        '{ feeds { behind lastError } }',
        undefined,
        { authorization: `Bearer ${token}` },
      );
      expect(feeds.data?.feeds).toHaveLength(4);
      const signedIn = await graphqlRequest<{ offers: { totalCount: number } }>(
        `http://127.0.0.1:${run.ports.gateway}/graphql`,
        '{ offers(first: 1) { totalCount } }',
        undefined,
        { authorization: `Bearer ${token}` },
      );
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.data?.offers.totalCount).toBeGreaterThan(0);
      // Every subgraph requires the gateway's token: a direct call is refused.
      const direct = await graphqlRequest(`http://127.0.0.1:${run.ports.intake}/graphql`, '{ offers { totalCount } }');
      expect(direct.status).toBe(401);
      expect(direct.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      // The demo journey of docs/walkthrough.md (scripts/demo-journey.mjs), as a newcomer runs it on this fresh stack:
      // a participant registered, applied, decided and placed across the providers, step by step.
      // Not spawnSync: this process must keep reading the stack's output while the journey runs.
      const journey = await promisify(execFile)(process.execPath, [join(root, 'scripts', 'demo-journey.mjs')], {
        cwd: root,
        env: {
          ...process.env,
          DEMO_GATEWAY_URL: `http://localhost:${run.ports.gateway}/graphql`,
          DEMO_ISSUER_URL: `http://localhost:${run.ports.issuer}`,
          DEMO_NAV_URL: `http://localhost:${run.ports.nav}`,
        },
        timeout: 120_000,
      }).catch((error: { stdout?: string; stderr?: string }) => {
        throw new Error(`The demo journey failed:\n${error.stdout ?? ''}\n${error.stderr ?? error}`);
      });
      expect(journey.stdout).toMatch(/\nThe (whole )?journey went through/);

      // VEIINN_DATA_DIR holds every database and key; nothing went to the repository's data/. While they run, each
      // database has its write-ahead log beside it (-wal, -shm); a clean stop folds it into the file and removes it.
      const files = [
        ...subgraphRegistry.map((entry) => `${entry.name}.sqlite`),
        'dev-issuer-key.json',
        'gateway-internal-key.json',
        'intake-service-key.json',
      ];
      const logs = subgraphRegistry.flatMap((entry) => [`${entry.name}.sqlite-shm`, `${entry.name}.sqlite-wal`]);
      expect(readdirSync(run.data).sort()).toEqual([...files, ...logs].sort());

      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
      expect(run.output).toContain('Stopped.');
      expect(readdirSync(run.data).sort()).toEqual(files.sort());
      // Every port is free again: nothing was left running.
      for (const port of Object.values(run.ports)) expect(await serves(port)).toBe(false);
    } finally {
      await run.cleanUp();
    }
    // A fresh start seeds five databases and the journey waits on feeds: more than jest's 60 s on a busy machine.
  }, 180_000);

  // Regression: a start script killed hard (SIGKILL, a crashed terminal) used to leave its subgraphs and gateway
  // running as orphans that kept their ports; the next `npm start` then failed with "address in use".
  it('leaves no process behind when the start script itself is killed', async () => {
    const run = await launch();
    try {
      run.child.kill('SIGKILL');
      await run.exited;
      await waitUntil(
        async () => (await Promise.all(Object.values(run.ports).map(serves))).every((up) => !up),
        'the children to stop',
        { timeoutMs: 20_000 },
      );
    } finally {
      await run.cleanUp();
    }
  });
});
