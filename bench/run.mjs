// `npm run bench` (docs/performance.md): starts the graph on free ports on fresh databases, our gateway and stock
// @apollo/gateway on the same supergraph and subgraphs, and a bare @apollo/server; checks that both gateways answer
// every workload alike; drives them with autocannon in interleaved rounds; then asks each subgraph its main queries
// directly. Prints one table per part, writes them as JSON and Markdown, and stops everything it started.
// Flags: --postgres, --duration <s>, --connections <n>, --rounds <n>, --only <workload,...>, --out <file.json>,
// --quick (1 round of 2 s), --workers <n> (a third column: ours with GATEWAY_WORKERS=n, personal workloads),
// --profile <dir> (a CPU profile of every process it starts, e.g. <dir>/ours.cpuprofile, written as each stops).
import autocannon from 'autocannon';
import * as prettier from 'prettier';
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { clearInterval, setInterval } from 'node:timers';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { caseWorker, directQueries, workloads } from './workloads.mjs';

const started = Date.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// At the start: what was measured is the code as it was when the processes started.
const commit = gitCommit();
const require = createRequire(import.meta.url);
const kit = require(join(root, 'packages/kit/dist/src/index.js'));
const { subgraphRegistry, feedUrlsSetting } = require(join(root, 'schema/dist/src/registry.js'));
// Our gateway starts as npm start and the image start it: with its node flags (its heap under load).
const { GATEWAY_NODE_FLAGS } = require(join(root, 'gateway/dist/src/node-flags.js'));
/** The workload that one subgraph answers alone, measured also directly at it, in the same rounds (target 1.3×). */
const SINGLE_SUBGRAPH = { workload: 'catalogue-page', subgraph: 'intake', label: 'intake direct' };

// ---- flags ----
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const quick = flag('quick');
const settings = {
  postgres: flag('postgres'),
  duration: Number(option('duration', quick ? 2 : 5)),
  connections: Number(option('connections', 20)),
  rounds: Number(option('rounds', quick ? 1 : 2)),
  warmup: quick ? 1 : 2,
  only: option('only', '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
  workers: Number(option('workers', 0)),
  profile: option('profile', '') && resolve(option('profile', '')),
};
const out = resolve(option('out', join(root, 'bench/results/latest.json')));
for (const name of settings.only) {
  if (!workloads.some((w) => w.name === name)) fail(`--only: no workload "${name}"`);
}
// The whole run stops by itself. A default run takes about six minutes, so ten is the limit; longer settings get
// half as much again as their rounds need. `--timeout <s>` to choose.
const gatewayCount = settings.workers ? 3 : 2;
const loadSeconds =
  (settings.only.length || workloads.length) * gatewayCount * (settings.warmup + settings.rounds * settings.duration) +
  13 * (settings.warmup + settings.duration);
const SEQUENTIAL_REQUESTS = 200;
const HARD_LIMIT_MS = Number(option('timeout', Math.max(600, 1.5 * loadSeconds + 120))) * 1000;

function log(message) {
  process.stdout.write(`[bench] ${message}\n`);
}
function fail(message) {
  process.stderr.write(`[bench] ${message}\n`);
  process.exit(2);
}

// ---- processes ----
const children = [];
const cleanups = [];
let stopping = false;

function run(name, script, env, nodeFlags = []) {
  // --profile <dir>: a V8 CPU profile of each process, written there when it stops (profile before optimising).
  const profile = settings.profile
    ? ['--cpu-prof', `--cpu-prof-dir=${settings.profile}`, `--cpu-prof-name=${name}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...nodeFlags, ...profile, script], {
    cwd: root,
    // As in production (docker-compose.prod.yml): graphql-js, express and others skip their development checks, which
    // cost the subgraphs a third of their CPU on the worklist (graphql's instanceOf on every field's type).
    // Production also needs the pseudonym key that intake and NAV share (any 32 characters; the demo data's own).
    env: { ...process.env, NODE_ENV: 'production', VEIINN_PERSON_REF_KEY: kit.DEVELOPMENT_PERSON_REF_KEY, ...env },
    // The IPC channel is never used for messages: its closing tells the child that the bench is gone.
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // The last lines only, to show when the process dies; everything it logs is read, so it never blocks on a pipe.
  const tail = [];
  const keep = (chunk) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 20));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`[bench] ${name} exited (${signal ?? `code ${code}`}):\n${tail.join('\n')}\n`);
      stop(1);
    }
  });
  const entry = { name, child, pid: child.pid, tail };
  children.push(entry);
  return entry;
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      process.stderr.write(`[bench] cleanup failed: ${String(error)}\n`);
    }
  }
  log(`Stopped everything it started; ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
  process.exit(code);
}
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
setTimeout(() => {
  process.stderr.write(`[bench] Over the hard limit of ${HARD_LIMIT_MS / 1000} s; stopping.\n`);
  stop(3);
}, HARD_LIMIT_MS).unref();

async function waitForHealth(name, url, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

// ---- /proc: CPU and memory of a process and its children (GATEWAY_WORKERS forks) ----
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const CLOCK_TICK_MS = 1000 / TICKS_PER_SECOND;

function treeOf(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU milliseconds (user + system) used so far by the process and its children. */
function cpuMs(pid) {
  let ticks = 0;
  for (const p of treeOf(pid)) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Resident memory now, in MB, of the process and its children. */
function rssMb(pid) {
  let kb = 0;
  for (const p of treeOf(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

// ---- sign-in: the bench is its own identity provider ----
const ISSUER = 'http://veiinn-bench-issuer.invalid';
/** Submitted applications made before the load: a full first page of the worklist. */
const WORKLIST_SIZE = 20;
const dataDir = mkdtempSync(join(tmpdir(), 'veiinn-bench-'));
cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
const identityKey = await kit.generateSigningKey('ES256');
const internalKeyPath = join(dataDir, 'gateway-internal-key.json');
const internalKey = await kit.loadOrCreateSigningKey(internalKeyPath, 'EdDSA');
const tokenFor = (claims) => {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: identityKey.alg, kid: identityKey.kid, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience('veiinn-gateway')
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(identityKey.privateKey);
};
// The identity provider's JWKS for both gateways, and the gateways' internal key for the subgraphs: served by the
// bench, so that neither gateway is needed for the other to work.
const keyServer = createServer((req, res) => {
  const body =
    req.url === '/jwks.json'
      ? kit.jwksOf(identityKey)
      : req.url === '/internal-jwks.json'
        ? kit.jwksOf(internalKey)
        : undefined;
  res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body ?? {}));
});
await new Promise((done) => keyServer.listen(0, '127.0.0.1', done));
cleanups.push(() => new Promise((done) => keyServer.close(() => done())));
const keysUrl = `http://127.0.0.1:${keyServer.address().port}`;

async function main() {
  log(
    `Settings: ${settings.postgres ? 'PostgreSQL' : 'SQLite'}, ${settings.rounds} round(s) of ${settings.duration} s, ` +
      `${settings.connections} connections${settings.workers ? `, GATEWAY_WORKERS=${settings.workers} column` : ''}.`,
  );
  // ---- the graph ----
  const prefixOf = (entry) => entry.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  const ports = {};
  for (const entry of subgraphRegistry) ports[entry.name] = await freePort();
  const databases = {};
  for (const entry of subgraphRegistry) {
    if (settings.postgres) {
      const scratch = await kit.createScratchDatabase(`bench_${entry.name.replace(/-/g, '_')}`);
      cleanups.push(() => scratch.drop());
      databases[entry.name] = { [`${prefixOf(entry)}_DATABASE_URL`]: scratch.url };
    } else {
      databases[entry.name] = { [`${prefixOf(entry)}_SQLITE_PATH`]: join(dataDir, `${entry.name}.sqlite`) };
    }
  }
  const graphqlUrl = (name) => `http://127.0.0.1:${ports[name]}/graphql`;
  const internalJwks = `${keysUrl}/internal-jwks.json`;
  const subgraphProcesses = {};
  const startSubgraph = (entry, extra) => {
    const prefix = prefixOf(entry);
    subgraphProcesses[entry.name] = run(entry.name, join(entry.workspace, 'dist/src/main.js'), {
      [`${prefix}_PORT`]: String(ports[entry.name]),
      [`${prefix}_GATEWAY_JWKS_URL`]: internalJwks,
      // The demo data as at npm start (production seeds nothing by default).
      [`${prefix}_SEED_DEMO_DATA`]: 'true',
      ...databases[entry.name],
      ...extra,
    });
  };
  const hub = subgraphRegistry.find((entry) => entry.name === 'intake');
  const providers = subgraphRegistry.filter((entry) => entry !== hub);
  log('Starting the providers on fresh databases (demo data seeded as at npm start)...');
  for (const entry of providers) {
    startSubgraph(entry, {
      [`${prefixOf(entry)}_TRUSTED_SERVICES`]: `intake=http://127.0.0.1:${ports.intake}/internal-jwks.json`,
      // The NAV import is not benchmarked; it must be configured to start.
      ...(entry.name === 'nav' && {
        NAV_INGEST_JWKS_URL: `${keysUrl}/jwks.json`,
        NAV_INGEST_JWT_ISSUER: ISSUER,
        NAV_INGEST_ORGNO: '100000002',
      }),
    });
  }
  await Promise.all(
    providers.map((entry) => waitForHealth(entry.name, `http://127.0.0.1:${ports[entry.name]}/health`)),
  );
  log('Starting the hub (intake); it reads every feed once at start...');
  startSubgraph(hub, {
    INTAKE_FEED_URLS: feedUrlsSetting((entry) => graphqlUrl(entry.name)),
    INTAKE_SERVICE_KEY_PATH: join(dataDir, 'intake-service-key.json'),
    // Once at start, then not again during the run: the feed rounds would add SQL statements and fetches to whichever
    // round they fell in. The hub's first round starts once it listens, after the providers do.
    INTAKE_FEED_POLL_MS: '3600000',
  });
  await waitForHealth('intake', `http://127.0.0.1:${ports.intake}/health`);

  const subgraphUrls = Object.fromEntries(
    subgraphRegistry.map((entry) => [`SUBGRAPH_${prefixOf(entry)}_URL`, graphqlUrl(entry.name)]),
  );
  const signInEnv = {
    GATEWAY_JWKS_URL: `${keysUrl}/jwks.json`,
    GATEWAY_JWT_ISSUER: ISSUER,
    GATEWAY_INTERNAL_KEY_PATH: internalKeyPath,
  };
  const gateways = [];
  const startOurs = async (label, extra = {}) => {
    const port = await freePort();
    const child = run(
      label,
      'gateway/dist/src/main.js',
      {
        GATEWAY_PORT: String(port),
        ...subgraphUrls,
        ...signInEnv,
        // Raised for the bench (docs/performance.md): 20 connections of one address, or of one caller, would be
        // refused within a second at the defaults. Still on, so their cost is measured.
        GATEWAY_RATE_LIMIT_PER_MINUTE: '1000000000',
        GATEWAY_ANONYMOUS_RATE_LIMIT_PER_MINUTE: '1000000000',
        // The public workloads are the bench's own documents, not the web app's registered ones, which production
        // alone would accept from a caller not signed in (stock has no such check).
        GATEWAY_TRUSTED_DOCUMENTS: 'off',
        ...extra,
      },
      GATEWAY_NODE_FLAGS,
    );
    await waitForHealth(label, `http://127.0.0.1:${port}/health`);
    gateways.push({ label, url: `http://127.0.0.1:${port}/graphql`, process: child });
  };
  log('Starting our gateway, stock @apollo/gateway and the bare @apollo/server...');
  await startOurs('ours');
  const stockPort = await freePort();
  const stock = run('stock', 'bench/stock-gateway.mjs', {
    STOCK_PORT: String(stockPort),
    STOCK_SUPERGRAPH_PATH: join(root, 'schema/supergraph.graphql'),
    ...subgraphUrls,
    ...signInEnv,
  });
  const stockUrl = `http://127.0.0.1:${stockPort}/graphql`;
  await waitForGraphQL('stock', stockUrl);
  gateways.push({ label: 'stock', url: stockUrl, process: stock });
  if (settings.workers) await startOurs(`ours-w${settings.workers}`, { GATEWAY_WORKERS: String(settings.workers) });
  const barePort = await freePort();
  const bare = run('bare', 'bench/bare-server.mjs', { BARE_PORT: String(barePort) });
  const bareUrl = `http://127.0.0.1:${barePort}/graphql`;
  await waitForGraphQL('bare', bareUrl);

  // One signed-in case worker per connection, made before any load.
  const tokens = await Promise.all(Array.from({ length: settings.connections }, (_, n) => tokenFor(caseWorker(n + 1))));
  const authorization = (n) => ({ authorization: `Bearer ${tokens[n % tokens.length]}` });

  // The hub read the feeds once at start: wait until the path shows the providers' placements.
  const deadline = Date.now() + 60_000;
  const pathWorkload = workloads.find((w) => w.name === 'path');
  for (;;) {
    const answer = await post(gateways[0].url, pathWorkload.query, pathWorkload.variables, authorization(0));
    if (answer.body.data?.participant?.placements?.length > 0) break;
    if (Date.now() > deadline) throw new Error(`The hub did not read the feeds: ${JSON.stringify(answer.body)}`);
    await new Promise((done) => setTimeout(done, 250));
  }

  // The demo data has no submitted applications: the worklist gets a full page of them (through our gateway, as a
  // case worker would make them) before anything is compared or measured, whichever workloads run.
  const write = workloads.find((w) => w.kind === 'write');
  for (let n = 0; n < WORKLIST_SIZE; n++) {
    let created;
    for (const step of write.steps) {
      const variables = typeof step.variables === 'function' ? step.variables(created) : step.variables;
      const answer = await post(gateways[0].url, step.query, variables, authorization(n));
      if (answer.status !== 200 || answer.body.errors) {
        throw new Error(`Could not fill the worklist: ${JSON.stringify(answer.body)}`);
      }
      created = Object.values(answer.body.data)[0];
    }
  }

  // ---- equality: both gateways answer every workload alike, or nothing is measured ----
  const chosen = workloads.filter((w) => settings.only.length === 0 || settings.only.includes(w.name));
  log('Checking that both gateways answer every workload alike...');
  for (const workload of chosen) {
    const answers = [];
    for (const gateway of gateways) {
      const headers = workload.kind === 'public' ? {} : authorization(0);
      if (workload.kind === 'write') {
        const shapes = [];
        let created;
        for (const step of workload.steps) {
          const variables = typeof step.variables === 'function' ? step.variables(created) : step.variables;
          const answer = await post(gateway.url, step.query, variables, headers);
          if (answer.status !== 200 || answer.body.errors) {
            throw new Error(`${workload.name} through ${gateway.label} failed: ${JSON.stringify(answer.body)}`);
          }
          created = Object.values(answer.body.data)[0];
          shapes.push(shapeOf(answer.body));
        }
        answers.push(shapes);
      } else {
        const answer = await post(gateway.url, workload.query, workload.variables, headers);
        if (answer.status !== 200 || answer.body.errors || !answer.body.data) {
          throw new Error(`${workload.name} through ${gateway.label} failed: ${JSON.stringify(answer.body)}`);
        }
        answers.push(answer.body);
      }
    }
    for (let i = 1; i < answers.length; i++) {
      if (!isDeepStrictEqual(answers[0], answers[i])) {
        throw new Error(
          `${workload.name}: ${gateways[0].label} and ${gateways[i].label} answer differently; nothing measured.\n` +
            diff(answers[0], answers[i]),
        );
      }
    }
  }
  log(`All ${chosen.length} workloads answer alike.`);

  // ---- load through the gateways, interleaved ----
  const subgraphPids = Object.values(subgraphProcesses).map((p) => p.pid);
  /**
   * One round's numbers from autocannon's result and the counts before and after it (`cpu`: the gateway's, absent
   * for a round straight at a subgraph; `sub`: each subgraph's CPU; `counts`: their requests and statements).
   */
  const roundOf = (result, before, after, rssMb) => {
    const requests = result.requests.sent;
    return {
      rps: result.requests.total / (result.duration || settings.duration),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + (result.graphqlErrors ?? 0),
      gatewayCpuMs: before.cpu === undefined ? null : (after.cpu - before.cpu) / requests,
      subgraphCpuMs: (sum(after.sub) - sum(before.sub)) / requests,
      // Per subgraph, in the JSON only: which subgraph's CPU a difference between the gateways is in.
      subgraphCpuMsEach: Object.fromEntries(
        Object.keys(subgraphProcesses).map((name, i) => [name, (after.sub[i] - before.sub[i]) / requests]),
      ),
      fetches: (after.counts.requests - before.counts.requests) / requests,
      sql: (after.counts.statements - before.counts.statements) / requests,
      rssMb,
      requests,
    };
  };
  const subgraphRequests = async () => {
    let total = { requests: 0, statements: 0 };
    for (const name of Object.keys(subgraphProcesses)) {
      const counts = await metricsOf(ports[name]);
      total = { requests: total.requests + counts.requests, statements: total.statements + counts.statements };
    }
    return total;
  };
  const restRss = Object.fromEntries(gateways.map((g) => [g.label, rssMb(g.process.pid)]));
  const rows = [];
  for (const workload of chosen) {
    const targets = gateways.filter((g) => !g.label.startsWith('ours-w') || workload.kind !== 'public');
    const results = Object.fromEntries(targets.map((g) => [g.label, []]));
    // The query one subgraph answers alone is asked of that subgraph too, in the same rounds: the p50 through a
    // gateway is compared with the p50 directly at the same minutes of the machine, not at another time.
    const direct =
      workload.name === SINGLE_SUBGRAPH.workload
        ? {
            pid: subgraphProcesses[SINGLE_SUBGRAPH.subgraph].pid,
            driver: directDriver(graphqlUrl(SINGLE_SUBGRAPH.subgraph), workload, SINGLE_SUBGRAPH.subgraph),
          }
        : undefined;
    if (direct) results[SINGLE_SUBGRAPH.label] = [];
    for (const gateway of targets) {
      // Warm-up: plans, caches and the JIT, outside the measurement.
      await load(gateway.url, workload, settings.warmup);
    }
    await direct?.driver.warm();
    for (let round = 1; round <= settings.rounds; round++) {
      if (direct) {
        log(`${workload.name}: round ${round}, ${SINGLE_SUBGRAPH.label}...`);
        results[SINGLE_SUBGRAPH.label].push(await directRound(direct, subgraphPids, subgraphRequests));
      }
      for (const gateway of targets) {
        log(`${workload.name}: round ${round}, ${gateway.label}...`);
        await settle(gateway.process.pid, subgraphRequests);
        const before = {
          cpu: cpuMs(gateway.process.pid),
          sub: subgraphPids.map(cpuMs),
          counts: await subgraphRequests(),
        };
        const peak = sampleRss(gateway.process.pid);
        const result = await load(gateway.url, workload, settings.duration);
        const rss = peak.stop();
        // The requests still in flight when the load stopped are answered (and counted) after it: wait for them,
        // and divide the work by the requests sent, not only by those answered in time.
        await settle(gateway.process.pid, subgraphRequests);
        const after = {
          cpu: cpuMs(gateway.process.pid),
          sub: subgraphPids.map(cpuMs),
          counts: await subgraphRequests(),
        };
        results[gateway.label].push(roundOf(result, before, after, rss));
      }
    }
    for (const [label, rounds] of Object.entries(results)) {
      rows.push({
        ...(label === SINGLE_SUBGRAPH.label && { direct: true }),
        workload: workload.name,
        kind: workload.kind,
        gateway: label,
        ...median(rounds),
        rounds: rounds.length,
      });
    }
  }
  for (const row of rows) {
    const stockRow = rows.find((r) => r.workload === row.workload && r.gateway === 'stock');
    row.rpsRatio = stockRow && !row.direct ? row.rps / stockRow.rps : null;
  }

  // ---- subgraphs directly, against the bare server ----
  log('Asking each subgraph its main queries directly, and the bare server { __typename }...');
  const seen = {};
  {
    const navRef = await post(graphqlUrl('intake'), directQueries.intake[1].query, directQueries.intake[1].variables, {
      [kit.CALLER_HEADER]: await signFor('intake'),
    });
    seen.navRef = navRef.body.data?.participant?.navRef;
  }
  const direct = [];
  const bareResult = await measureDirect('bare', bare.pid, bareUrl, {
    name: '{ __typename }',
    query: '{ __typename }',
  });
  direct.push(bareResult);
  for (const [name, queries] of Object.entries(directQueries)) {
    for (const q of queries) {
      const variables = typeof q.variables === 'function' ? q.variables(seen) : q.variables;
      const check = await post(graphqlUrl(name), q.query, variables, { [kit.CALLER_HEADER]: await signFor(name) });
      if (check.status !== 200 || check.body.errors) {
        throw new Error(`${name} ${q.name} directly failed: ${JSON.stringify(check.body).slice(0, 2000)}`);
      }
      direct.push(await measureDirect(name, subgraphProcesses[name].pid, graphqlUrl(name), { ...q, variables }, name));
    }
  }
  for (const row of direct) {
    row.ratio = row === bareResult ? 1 : row.sequentialMs / row.bareSequentialMs;
    row.cpuRatio = row.cpuMs / bareResult.cpuMs;
  }

  const report = {
    commit,
    date: new Date().toISOString(),
    settings,
    node: process.version,
    rows,
    restRss,
    direct,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  };
  const mdPath = out.replace(/\.json$/, '') + '.md';
  // Formatted as the repository's prettier would (format:check covers bench/results/), tables aligned.
  const markdown = await prettier.format(renderMarkdown(report), {
    ...(await prettier.resolveConfig(mdPath)),
    parser: 'markdown',
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(mdPath, markdown);
  process.stdout.write(`\n${markdown}\n`);
  log(`Results in ${out} and ${out.replace(/\.json$/, '')}.md; ${report.totalSeconds} s in all.`);

  // ---- helpers that need the run ----
  async function waitForGraphQL(name, url) {
    const until = Date.now() + 90_000;
    let last;
    while (Date.now() < until) {
      try {
        const answer = await post(url, '{ __typename }');
        if (answer.status === 200) return;
        last = JSON.stringify(answer);
      } catch (error) {
        // not listening yet
        last = String(error.cause ?? error);
      }
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`${name} did not answer at ${url}: ${last}`);
  }

  function signFor(audience) {
    return kit.signCallerToken(internalKey, {
      audience,
      caller: caseWorker(0),
      requestId: randomUUID(),
    });
  }

  /** Drives `url` with the workload for `seconds`; counts GraphQL errors in 200 answers as errors too. */
  function load(url, workload, seconds) {
    const body = (query, variables) => JSON.stringify({ query, variables });
    const headers = { 'content-type': 'application/json' };
    let graphqlErrors = 0;
    const onResponse = (status, responseBody) => {
      if (status === 200 && responseBody.includes('"errors"')) graphqlErrors++;
    };
    const requests =
      workload.kind === 'write'
        ? [
            {
              method: 'POST',
              body: body(workload.steps[0].query, workload.steps[0].variables),
              onResponse: (status, responseBody, context) => {
                onResponse(status, responseBody);
                try {
                  context.created = JSON.parse(responseBody).data?.createApplication;
                } catch {
                  context.created = undefined;
                }
              },
            },
            {
              method: 'POST',
              // Without a created application the step is skipped (autocannon starts the sequence again).
              setupRequest: (request, context) =>
                context.created && {
                  ...request,
                  body: body(workload.steps[1].query, workload.steps[1].variables(context.created)),
                },
              onResponse,
            },
          ]
        : [{ method: 'POST', body: body(workload.query, workload.variables), onResponse }];
    let connection = 0;
    return new Promise((done, failLoad) => {
      autocannon(
        {
          url,
          connections: settings.connections,
          duration: seconds,
          headers,
          requests,
          // A different signed-in caller per connection for personal workloads and writes.
          setupClient:
            workload.kind === 'public'
              ? undefined
              : (client) => {
                  const auth = authorization(connection++);
                  for (const request of client.requestIterator.requests) request.headers = { ...headers, ...auth };
                  client.requestIterator.setRequests(client.requestIterator.requests);
                },
        },
        (error, result) => (error ? failLoad(error) : done({ ...result, graphqlErrors })),
      );
    });
  }

  /** Drives one subgraph (or the bare server) directly, each request with a caller token of its own. */
  function directDriver(url, q, audience) {
    const body = JSON.stringify({ query: q.query, variables: q.variables });
    const makeRequests = (pool) => [
      {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        ...(audience && {
          // Each token is good for one request (the subgraph's replay cache): a fresh one from the pool each time.
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json', [kit.CALLER_HEADER]: pool.pop() ?? 'exhausted' },
          }),
        }),
      },
    ];
    const drive = (pool, seconds) =>
      new Promise((done, failLoad) =>
        autocannon(
          { url, connections: settings.connections, duration: seconds, requests: makeRequests(pool) },
          (error, result) => (error ? failLoad(error) : done(result)),
        ),
      );
    const signPool = async (size) =>
      audience ? Promise.all(Array.from({ length: size }, () => signFor(audience))) : [];
    let perSecond = 0;
    return {
      body,
      drive,
      /** The warm-up, which also tells how many tokens a round needs. */
      async warm() {
        const warm = await drive(await signPool(4000), settings.warmup);
        perSecond = warm.requests.total / settings.warmup;
      },
      // Four times the warm-up's rate: a warmed process answers faster than during its warm-up (NAV's offers went
      // from a few hundred to a thousand a second and ran out at 1.5×). A token short shows as errors, in bold.
      tokens: (seconds) => signPool(Math.ceil(perSecond * seconds * 4) + 1000),
    };
  }

  /** One round of the single-subgraph workload directly at its subgraph, measured as a gateway's round is. */
  async function directRound({ pid, driver }, subgraphPids, counters) {
    const pool = await driver.tokens(settings.duration);
    await settle(pid, counters);
    const before = { sub: subgraphPids.map(cpuMs), counts: await counters() };
    const result = await driver.drive(pool, settings.duration);
    await settle(pid, counters);
    const after = { sub: subgraphPids.map(cpuMs), counts: await counters() };
    // No gateway: its CPU and memory are not there to measure (null, shown as –).
    return roundOf(result, before, after, null);
  }

  /** One subgraph (or the bare server) driven directly: under load, then one request at a time. */
  async function measureDirect(processName, pid, url, q, audience) {
    const driver = directDriver(url, q, audience);
    await driver.warm();
    const pool = await driver.tokens(settings.duration);
    const counts = async () => (audience ? metricsOf(ports[processName]) : { requests: 0, statements: 0 });
    await settle(pid, counts);
    const beforeCpu = cpuMs(pid);
    const before = await counts();
    const result = await driver.drive(pool, settings.duration);
    await settle(pid, counts);
    const cpu = cpuMs(pid) - beforeCpu;
    const after = await counts();
    const requests = result.requests.sent;
    // One request at a time moves with the machine's speed from one minute to the next: a subgraph's is compared
    // with the bare server's just before and just after it, not with the bare server's of minutes earlier.
    const bare = () => sequentialMs(bareUrl, JSON.stringify({ query: '{ __typename }' }));
    const bareBefore = audience ? await bare() : undefined;
    const sequential = await sequentialMs(url, driver.body, audience && (() => signFor(audience)));
    const bareSequentialMs = audience ? (bareBefore + (await bare())) / 2 : sequential;
    return {
      sequentialMs: sequential,
      bareSequentialMs,
      subgraph: processName,
      query: q.name,
      rps: result.requests.total / settings.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      cpuMs: cpu / requests,
      sql: (after.statements - before.statements) / requests,
      requests,
    };
  }

  /**
   * The mean time of one request at a time (as the issue measured the subgraphs: "sequentially"), over node's own
   * HTTP client on one kept-alive connection: the cost of one answer with nothing else queued, client included.
   */
  async function sequentialMs(url, body, sign, count = SEQUENTIAL_REQUESTS) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const once = async () => {
      const headers = { 'content-type': 'application/json', ...(sign && { [kit.CALLER_HEADER]: await sign() }) };
      const started = process.hrtime.bigint();
      await new Promise((done, failRequest) => {
        const req = httpRequest(url, { method: 'POST', agent, headers }, (res) => {
          res.on('data', () => undefined);
          res.on('end', () => (res.statusCode === 200 ? done() : failRequest(new Error(`${url}: ${res.statusCode}`))));
        });
        req.on('error', failRequest);
        req.end(body);
      });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    try {
      for (let i = 0; i < count / 4; i++) await once();
      let total = 0;
      for (let i = 0; i < count; i++) total += await once();
      return total / count;
    } finally {
      agent.destroy();
    }
  }

  function sampleRss(pid) {
    let peak = rssMb(pid);
    const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
    return {
      stop() {
        clearInterval(timer);
        return Math.max(peak, rssMb(pid));
      },
    };
  }
}

async function post(url, query, variables, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

/**
 * Waits until a process has stopped working: the subgraphs' counters unchanged, and its CPU time grown by at most one
 * clock tick, twice in a row 150 ms apart (at most 15 s), so that a round's numbers include the requests it left in
 * flight and none of the previous round's. One tick, not none: reading a subgraph's counters (`/metrics`) costs that
 * subgraph a little CPU itself, so a subgraph asked directly was never quiet, and the 15 s of reads were counted in
 * its CPU per request.
 */
async function settle(pid, counters) {
  const until = Date.now() + 15_000;
  let last = { cpu: cpuMs(pid), counts: JSON.stringify(await counters()) };
  let quiet = 0;
  while (quiet < 2 && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 150));
    const now = { cpu: cpuMs(pid), counts: JSON.stringify(await counters()) };
    quiet = now.counts === last.counts && now.cpu - last.cpu <= CLOCK_TICK_MS ? quiet + 1 : 0;
    last = now;
  }
}

async function metricsOf(port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const value = (name) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { requests: value('veiinn_graphql_requests_total'), statements: value('veiinn_sql_statements_total') };
}

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(() => done()));
  return port;
}

function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

/** The round with the median requests per second, whole (its numbers belong together). */
function median(rounds) {
  const sorted = [...rounds].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** A write's answer with ids and versions blanked: both gateways create different applications. */
function shapeOf(value) {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

function diff(a, b, path = '') {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys]
      .map((key) => diff(a[key], b[key], `${path}.${key}`))
      .filter(Boolean)
      .slice(0, 20)
      .join('\n');
  }
  return `  ${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
}

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    });
    return dirty.trim() ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

// ---- the tables ----
const TARGETS = {
  subgraphRatio: 3,
  publicRps: 10,
  personalRps: 1,
  rssMb: 300,
  singleSubgraphP50: 1.3,
};
const mark = (ok) => (ok ? '✓' : '✗');
const fixed = (value, digits = 2) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

function renderMarkdown(report) {
  const lines = [];
  const { settings: s } = report;
  lines.push(
    `Commit ${report.commit}, ${report.date}, Node ${report.node}, ${s.postgres ? 'PostgreSQL' : 'SQLite'}, ` +
      `${s.rounds} round(s) of ${s.duration} s per gateway and workload (median round), ${s.connections} connections; ` +
      `${report.totalSeconds} s in all.`,
    '',
    '| workload | gateway | req/s | × stock | target | p50 ms | p99 ms | errors | gateway CPU ms/req | ≤ stock | subgraphs CPU ms/req | fetches/req | SQL/req | peak RSS MB | ≤ 300 |',
    '| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |',
  );
  for (const row of report.rows) {
    const stockRow = report.rows.find((r) => r.workload === row.workload && r.gateway === 'stock');
    const ours = row.gateway !== 'stock' && !row.direct;
    const rpsTarget = row.kind === 'public' ? TARGETS.publicRps : TARGETS.personalRps;
    lines.push(
      `| ${row.workload} (${row.kind}) | ${row.gateway} | ${fixed(row.rps, 0)} | ${ours ? fixed(row.rpsRatio) : ''} | ` +
        `${ours ? `≥ ${rpsTarget}× ${mark(row.rpsRatio >= rpsTarget)}` : ''} | ${fixed(row.p50, 1)} | ${fixed(row.p99, 1)} | ` +
        `${row.errors ? `**${row.errors}**` : 0} | ${fixed(row.gatewayCpuMs, 3)} | ` +
        `${ours && stockRow ? mark(row.gatewayCpuMs <= stockRow.gatewayCpuMs) : ''} | ${fixed(row.subgraphCpuMs, 3)} | ` +
        `${fixed(row.fetches)} | ${fixed(row.sql)} | ${fixed(row.rssMb, 0)} | ${ours ? mark(row.rssMb <= TARGETS.rssMb) : ''} |`,
    );
  }
  const single = (gateway) => report.rows.find((r) => r.workload === SINGLE_SUBGRAPH.workload && r.gateway === gateway);
  const pageDirect = single(SINGLE_SUBGRAPH.label);
  if (pageDirect) {
    lines.push('');
    for (const gateway of ['ours', 'stock']) {
      const page = single(gateway);
      if (!page) continue;
      const ratio = page.p50 / pageDirect.p50;
      lines.push(
        `Catalogue page (${SINGLE_SUBGRAPH.subgraph} alone), p50 in the same rounds: through ${gateway === 'ours' ? 'our gateway' : 'stock'} ` +
          `${fixed(page.p50, 1)} ms, asking ${SINGLE_SUBGRAPH.subgraph} directly ${fixed(pageDirect.p50, 1)} ms: ${fixed(ratio)}×` +
          (gateway === 'ours'
            ? `, target ≤ ${TARGETS.singleSubgraphP50}× ${mark(ratio <= TARGETS.singleSubgraphP50)}.`
            : '.'),
        '',
      );
    }
  }
  const rest = Object.entries(report.restRss ?? {});
  if (rest.length) {
    lines.push(
      `Resident memory at rest, after start and the equality checks: ${rest.map(([label, mb]) => `${label} ${fixed(mb, 0)} MB`).join(', ')}.`,
    );
  }
  lines.push(
    '',
    'Subgraphs asked directly. "One at a time": the mean time of a request when it is the only one, as the issue',
    'measured, divided by the bare @apollo/server answering `{ __typename }` the same way just before and just after',
    "it (the target). Then under load: CPU ms per request of that process, and that divided by the bare server's.",
    '',
    '| subgraph | query | one at a time, ms | × bare | target | req/s | p50 ms | p99 ms | errors | CPU ms/req | CPU × bare | SQL/req |',
    '| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of report.direct) {
    const bareRow = row.subgraph === 'bare';
    lines.push(
      `| ${row.subgraph} | ${row.query} | ${fixed(row.sequentialMs)} | ${fixed(row.ratio)} | ` +
        `${bareRow ? '' : `≤ ${TARGETS.subgraphRatio}× ${mark(row.ratio <= TARGETS.subgraphRatio)}`} | ` +
        `${fixed(row.rps, 0)} | ${fixed(row.p50, 1)} | ${fixed(row.p99, 1)} | ` +
        `${row.errors ? `**${row.errors}**` : 0} | ${fixed(row.cpuMs, 3)} | ${fixed(row.cpuRatio)} | ${fixed(row.sql)} |`,
    );
  }
  lines.push(
    '',
    'SQL statements per request stay constant from 10 to 1 000 rows: gateway/test/path.scale.test.ts (not re-measured here).',
  );
  return lines.join('\n') + '\n';
}

// Last: everything above, the tables' constants included, is defined by now.
try {
  await main();
  await stop(0);
} catch (error) {
  process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stop(1);
}
