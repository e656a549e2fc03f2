// `npm start`: builds what is missing, starts the development token issuer, every subgraph and the gateway as
// separate processes on the embedded SQLite default (demo data seeded on first start), prints the URLs, and stops all
// of them on Ctrl-C. Sign-in is on: the gateway checks the issuer's tokens, and every subgraph answers only the
// gateway (service trust: the gateway's signed token in x-veiinn-caller).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Where the databases and development keys live: data/ by default; VEIINN_DATA_DIR for another (CI: a fresh one).
const dataDir = resolve(process.env.VEIINN_DATA_DIR ?? join(root, 'data'));
const require = createRequire(import.meta.url);
const children = new Map();
// Processes that did not stop cleanly when asked (a non-zero code, or killed after the grace period).
const uncleanStops = [];
let stopping = false;

function log(message) {
  process.stdout.write(`[start] ${message}\n`);
}

// tsc -b is incremental: it compiles only what changed since the last build, and nothing when all is built. It prints
// nothing while it works, so say what it is doing: a first build is a minute or two of silence otherwise.
const firstBuild = !existsSync(join(root, 'gateway', 'dist', 'src', 'main.js'));
log(
  firstBuild
    ? 'Building TypeScript: the first build takes a minute or two; later starts take seconds...'
    : 'Building TypeScript (only what changed; seconds)...',
);
const buildStarted = Date.now();
const build = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  log('Build failed; fix the errors above and run npm start again.');
  process.exit(1);
}
log(`Built in ${Math.round((Date.now() - buildStarted) / 1000)} s.`);

// The web app (clients/web) is built by Vite, not tsc: a few seconds, every start, so it always matches the code.
log('Building the web app with Vite (clients/web/dist; a few seconds)...');
const webBuild = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: join(root, 'clients', 'web'),
    stdio: 'inherit',
  },
);
if (webBuild.status !== 0) {
  log('The web app did not build; fix the errors above and run npm start again.');
  process.exit(1);
}

const { subgraphRegistry, GATEWAY_DEFAULT_PORT, feedUrlsSetting } = require(join(root, 'schema/dist/src/registry.js'));
const { GATEWAY_NODE_FLAGS } = require(join(root, 'gateway/dist/src/node-flags.js'));
const check = spawnSync(process.execPath, [join(root, 'schema/dist/src/cli.js'), '--check'], {
  cwd: root,
  encoding: 'utf8',
});
if (check.status !== 0) log(`Warning: ${(check.stderr || check.stdout).trim()}`);

function run(name, script, env, nodeFlags = []) {
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeFlags, script], {
    cwd: root,
    env: { ...process.env, ...env },
    // The IPC channel is never used for messages: its closing tells the child that this script is gone.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const prefix = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) out.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (stopping && code !== 0) uncleanStops.push(`${name} (${signal ?? `code ${code}`})`);
    if (!stopping) {
      log(`${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping the rest.`);
      stop(1);
    }
  });
  children.set(name, child);
  return child;
}

async function waitForHealth(name, url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  log('Stopping...');
  const exits = [...children.values()].map(
    (child) =>
      new Promise((done) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGTERM');
      }),
  );
  await Promise.all(exits);
  if (uncleanStops.length > 0) {
    log(`Stopped, but not cleanly: ${uncleanStops.join(', ')}.`);
    process.exit(code || 1);
  }
  log('Stopped.');
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  const issuerPort = Number(process.env.ISSUER_PORT ?? 4010);
  const issuerUrl = process.env.ISSUER_URL ?? `http://localhost:${issuerPort}`;
  const webPort = Number(process.env.WEB_PORT ?? 3000);
  const webOrigin = `http://localhost:${webPort}`;
  log(`Starting the development token issuer on port ${issuerPort}...`);
  run('issuer', 'issuer/dist/src/main.js', {
    ISSUER_PORT: String(issuerPort),
    ISSUER_URL: issuerUrl,
    // The web app signs in here and comes back on its own port.
    ISSUER_REDIRECT_URIS: process.env.ISSUER_REDIRECT_URIS ?? `${webOrigin}/callback`,
    ISSUER_POST_LOGOUT_REDIRECT_URIS: process.env.ISSUER_POST_LOGOUT_REDIRECT_URIS ?? `${webOrigin}/`,
    ISSUER_KEY_PATH: process.env.ISSUER_KEY_PATH ?? join(dataDir, 'dev-issuer-key.json'),
  });
  await waitForHealth('issuer', `http://127.0.0.1:${issuerPort}/health`);
  const gatewayPort = Number(process.env.GATEWAY_PORT ?? GATEWAY_DEFAULT_PORT);
  // Every subgraph checks the gateway's token against the key the gateway serves (fetched on the first request).
  const gatewayJwksUrl = `http://127.0.0.1:${gatewayPort}/internal-jwks.json`;

  const urls = [];
  const prefixOf = (entry) => entry.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const portOf = (entry) => Number(process.env[`${prefixOf(entry)}_PORT`] ?? entry.port);
  // The hub follows each provider's feed; tell it the ports this run really uses.
  const feedUrls = feedUrlsSetting((entry) => `http://127.0.0.1:${portOf(entry)}/graphql`);
  const hubEntry = subgraphRegistry.find((entry) => entry.name === 'intake');
  const hubService = `intake=http://127.0.0.1:${portOf(hubEntry)}/internal-jwks.json`;
  for (const entry of subgraphRegistry) {
    const prefix = prefixOf(entry);
    const port = portOf(entry);
    const sqlitePath = process.env[`${prefix}_SQLITE_PATH`] ?? join(dataDir, `${entry.name}.sqlite`);
    log(
      `Starting subgraph ${entry.name} on port ${port}` +
        (existsSync(sqlitePath)
          ? '...'
          : ` (first start: creating ${sqlitePath.replace(`${root}/`, '')} and seeding the demo data)...`),
    );
    run(entry.name, join(entry.workspace, 'dist/src/main.js'), {
      [`${prefix}_PORT`]: String(port),
      [`${prefix}_SQLITE_PATH`]: sqlitePath,
      [`${prefix}_GATEWAY_JWKS_URL`]: process.env[`${prefix}_GATEWAY_JWKS_URL`] ?? gatewayJwksUrl,
      ...(entry.name === 'intake'
        ? {
            INTAKE_FEED_URLS: process.env.INTAKE_FEED_URLS ?? feedUrls,
            INTAKE_SERVICE_KEY_PATH: process.env.INTAKE_SERVICE_KEY_PATH ?? join(dataDir, 'intake-service-key.json'),
          }
        : // Providers also take calls from the hub itself (a decided place, a feed read), signed with the hub's key.
          { [`${prefix}_TRUSTED_SERVICES`]: process.env[`${prefix}_TRUSTED_SERVICES`] ?? hubService }),
      // The NAV import takes the identity provider's tokens (audience veiinn-nav-ingest), as the gateway does.
      ...(entry.name === 'nav' && {
        NAV_INGEST_JWKS_URL: process.env.NAV_INGEST_JWKS_URL ?? `http://127.0.0.1:${issuerPort}/jwks.json`,
        NAV_INGEST_JWT_ISSUER: process.env.NAV_INGEST_JWT_ISSUER ?? issuerUrl,
        // NAV's organisation number: a partner system imports only with it (the dev issuer's nav-import user,
        // DEMO_NAV_ORGNO in issuer/src/users.ts).
        NAV_INGEST_ORGNO: process.env.NAV_INGEST_ORGNO ?? '100000002',
      }),
    });
    urls.push([entry.name, port, prefix]);
  }
  await Promise.all(urls.map(([name, port]) => waitForHealth(name, `http://127.0.0.1:${port}/health`)));
  log(`Every subgraph answers; starting the gateway on port ${gatewayPort}...`);
  // The supergraph names the default ports; tell the gateway where each subgraph really listens.
  const subgraphUrls = Object.fromEntries(
    urls.map(([, port, prefix]) => [`SUBGRAPH_${prefix}_URL`, `http://127.0.0.1:${port}/graphql`]),
  );
  run(
    'gateway',
    'gateway/dist/src/main.js',
    {
      GATEWAY_PORT: String(gatewayPort),
      ...subgraphUrls,
      GATEWAY_JWKS_URL: process.env.GATEWAY_JWKS_URL ?? `http://127.0.0.1:${issuerPort}/jwks.json`,
      GATEWAY_JWT_ISSUER: process.env.GATEWAY_JWT_ISSUER ?? issuerUrl,
      GATEWAY_INTERNAL_KEY_PATH: process.env.GATEWAY_INTERNAL_KEY_PATH ?? join(dataDir, 'gateway-internal-key.json'),
    },
    GATEWAY_NODE_FLAGS,
  );
  await waitForHealth('gateway', `http://127.0.0.1:${gatewayPort}/health`);
  log(`Starting the web app's server on port ${webPort}...`);
  run('web', 'clients/web/server.mjs', {
    WEB_PORT: String(webPort),
    WEB_GATEWAY_URL: process.env.WEB_GATEWAY_URL ?? `http://localhost:${gatewayPort}/graphql`,
    WEB_ISSUER_URL: process.env.WEB_ISSUER_URL ?? issuerUrl,
  });
  await waitForHealth('web', `http://127.0.0.1:${webPort}/health`);
  const rows = [
    ['Web app: the catalogue for applicants and guardians', `http://localhost:${webPort}/`],
    ['Gateway: the graph (open in a browser for GraphiQL)', `http://localhost:${gatewayPort}/graphql`],
    ['Gateway health and the supergraph it serves', `http://localhost:${gatewayPort}/health`],
    ['Decision letters as text (signed in)', `http://localhost:${gatewayPort}/decisions/<id>/letter`],
    ['Demo users of the token issuer', `http://localhost:${issuerPort}/users`],
    ...urls.map(([name, port]) => [`Subgraph ${name}`, `http://localhost:${port}/graphql`]),
  ];
  const width = Math.max(...rows.map(([what]) => what.length));
  log('Veiinn is running.');
  for (const [what, url] of rows) log(`  ${what.padEnd(width)}  ${url}`);
  log('Next steps:');
  log(
    `  Sign in (development): curl -s -X POST localhost:${issuerPort}/token -H 'content-type: application/json' -d '{"user":"case-worker"}'`,
  );
  log('  and put the token in GraphiQL under Headers: { "Authorization": "Bearer <token>" }.');
  log('  A guided tour of the demo: docs/walkthrough.md; the domain and its words: docs/domain.md.');
  log('Press Ctrl-C to stop.');
} catch (error) {
  log(String(error instanceof Error ? error.message : error));
  await stop(1);
}
