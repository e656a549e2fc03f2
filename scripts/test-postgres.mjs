// `npm run test:postgres`: the suites that reach a database, again on PostgreSQL: every subgraph's own suite, and
// the gateway's suites that open one (startTestGraph, startIssuerAndGraph, createTestDatabase). The gateway's tests
// of its own behaviour run on tiny in-process subgraphs with no database, so the dialect cannot change them: they run
// once, in `npm test`. Each test file creates and drops its own databases. Without a reachable server the suite is
// skipped with the reason printed, except under CI=true, where that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const adminUrl = process.env.VEIINN_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ci = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Gateway suites left out though they open a database, with the reason. The ones that stay are those whose subject
 * is a write across organisations or a crash (applications, decisions, transitions, NAV grants, the feed, sign-in
 * that registers or claims, the audit log) and the fuzz test. Reads through the graph run SQL that is each
 * subgraph's own and runs on PostgreSQL in that subgraph's suite (access rules, loaders, pages).
 */
const leftOut = {
  // npm start runs on the embedded SQLite default by design; it is covered by `npm test`.
  'start.test.ts': 'npm start runs on SQLite by design',
  'graph.api.test.ts': 'reads',
  'path.api.test.ts': 'reads',
  'path.scale.test.ts': "reads; the loaders' statement counts are each subgraph's",
  'easy-read.api.test.ts': 'reads',
  'bilingual-errors.api.test.ts': 'input refused before any write',
  'roles.table.test.ts': "refusals and row rules, each subgraph's access suite",
  'roles.hub.api.test.ts': 'reads',
  'routes.trust.test.ts': 'service trust on the routes, no SQL of its own',
  'letter.gateway.test.ts': 'reads',
  'sign-in.participant.test.ts': 'reads',
  'response-cache.test.ts': "the gateway's cache of public reads, no SQL of its own",
  'my-data.api.test.ts': 'reads (each subgraph answers its part of the copy with its own rules, tested per subgraph)',
  'chaos.test.ts': "the gateway's answers while a provider is stopped, killed and restarted; no SQL of its own",
};

/**
 * Suites of the subgraphs' projects left out on PostgreSQL, with the reason: what they test runs no SQL of its own
 * beyond what other suites there cover.
 */
const leftOutOfProjects = {
  'subgraphs/intake/test/statistics.suppression.api.test.ts':
    'suppression is arithmetic over the counts; the counts themselves are checked on PostgreSQL by statistics.known and statistics.count',
};

const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  const { rows } = await client.query('show server_version');
  console.log(`PostgreSQL ${rows[0].server_version} at ${adminUrl.replace(/\/\/[^@]*@/, '//')}`);
} catch (error) {
  const reason = `PostgreSQL is not reachable at ${adminUrl} (${error.message}).`;
  if (ci) {
    console.error(`${reason} CI requires the PostgreSQL suite; failing.`);
    process.exit(1);
  }
  console.log(`${reason} Skipping the PostgreSQL suite; set VEIINN_TEST_PG_URL to run it (under CI=true this fails).`);
  process.exit(0);
} finally {
  await client.end().catch(() => undefined);
}

const gatewayTests = join(root, 'gateway', 'test');
const opensADatabase = (file) =>
  /\b(startTestGraph|startIssuerAndGraph|createTestDatabase)\(/.test(readFileSync(join(gatewayTests, file), 'utf8'));
const gatewayFiles = readdirSync(gatewayTests).filter((file) => file.endsWith('.test.ts'));
// A renamed suite must not slip into or out of this list unnoticed.
const stale = Object.keys(leftOut).filter((file) => !gatewayFiles.includes(file));
if (stale.length) throw new Error(`scripts/test-postgres.mjs leaves out suites that do not exist: ${stale.join(', ')}`);
const chosen = gatewayFiles.filter((file) => opensADatabase(file) && !leftOut[file]);
const skipped = gatewayFiles.filter((file) => !chosen.includes(file));
for (const [file, reason] of Object.entries(leftOutOfProjects)) {
  if (!existsSync(join(root, file)))
    throw new Error(`scripts/test-postgres.mjs leaves out ${file}, which does not exist`);
  console.log(`Not on PostgreSQL: ${file} (${reason}).`);
}
console.log(
  `Gateway suites on PostgreSQL: ${chosen.join(', ')}. Not again: ${skipped
    .map((file) => `${file} (${leftOut[file] ?? 'no database'})`)
    .join(', ')}.`,
);

const jest = spawnSync(
  process.execPath,
  [
    require.resolve('jest/bin/jest'),
    '--selectProjects',
    // The hub's whole suite, the statistics' too (statistics.known/suppression/count.api.test.ts: the periods'
    // VALUES list, the casts and the counts' bigints differ on PostgreSQL).
    'intake',
    'day-services',
    'work-centre',
    'arba',
    'asker-produkt',
    'nav',
    'gateway',
    // The five providers' feeds and entities, read as a partner's would be.
    'conformance',
    '--testPathIgnorePatterns',
    ...skipped.map((file) => `gateway/test/${file.replace(/\./g, '\\.')}$`),
    ...Object.keys(leftOutOfProjects).map((file) => `${file.replace(/\./g, '\\.')}$`),
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      VEIINN_TEST_DB: 'postgres',
      // The fuzz test's first 1000 requests: hostile input reaching the resolvers on PostgreSQL (its own errors,
      // e.g. for a malformed uuid) without repeating all of the SQLite run's 3000.
      FUZZ_COUNT: process.env.FUZZ_COUNT ?? '1000',
    },
  },
);
process.exit(jest.status ?? 1);
