// `npm run bench:statistics [-- --postgres]` (docs/performance.md, "Statistics"): the dashboard's two requests
// (capacityStatistics monthly by provider and waitingTimeStatistics, three years) against the real hub on a fresh
// database filled with 10, 1 000 and 10 000 placements over three years, as a case worker and as an analyst (whose
// answer is suppressed). Prints SQL statements and milliseconds per request: the first, and the median of 5 after it.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const postgres = process.argv.includes('--postgres');
if (postgres) process.env.VEIINN_TEST_DB = 'postgres';
const require = createRequire(import.meta.url);
require('reflect-metadata');
const intakeDist = join(root, 'subgraphs/intake/dist');
const { startTrustedTestIntake } = require(join(intakeDist, 'test/support.js'));
const { fillPlacements } = require(join(intakeDist, 'test/statistics.scale.js'));
const { Placement } = require(join(intakeDist, 'src/network/placement/placement.entity.js'));
const { WaitingEntry } = require(join(intakeDist, 'src/network/waiting/waiting-entry.entity.js'));
const { addDays } = require(join(root, 'packages/kit/dist/src/index.js'));

const TODAY = '2026-11-23';
const PERIOD = { from: addDays(TODAY, -3 * 365 + 1), to: TODAY, interval: 'MONTH' };
const DASHBOARD = `query ($period: StatisticsPeriodInput!) {
  capacityStatistics(period: $period, groupBy: PROVIDER) {
    rows { period { label } group { key label } places occupied { value } upcoming { value } free { value }
      waiting { value } started { value } ended { value } }
    totals { occupied { value } }
    freshness { feeds eventsBehind oldestReadToEndAt }
  }
  waitingTimeStatistics(period: $period) { kind waiting { value } medianDays p90Days leftForPlace { value } }
}`;
const callers = [
  ['case worker', { sub: 'saksbehandler-1', roles: ['case-worker'] }],
  ['analyst', { sub: 'analytiker-1', roles: ['analyst'] }],
];

const intake = await startTrustedTestIntake({ today: TODAY });
try {
  const em = intake.orm.em.fork();
  await em.nativeDelete(Placement, {});
  await em.nativeDelete(WaitingEntry, {});
  const lines = [];
  let filled = 0;
  for (const n of [10, 1_000, 10_000]) {
    await fillPlacements(intake.orm.em.fork(), filled, n, TODAY);
    filled = n;
    for (const [who, caller] of callers) {
      const client = intake.as(caller);
      // The first request computes the suppression; the next ones find it remembered (the index has not changed).
      const first = performance.now();
      await client(DASHBOARD, { period: PERIOD });
      const firstMs = Math.round(performance.now() - first);
      const times = [];
      let statements = 0;
      for (let round = 0; round < 5; round++) {
        intake.sql.reset();
        const started = performance.now();
        const response = await client(DASHBOARD, { period: PERIOD });
        times.push(performance.now() - started);
        if (response.errors) throw new Error(JSON.stringify(response.errors));
        statements = intake.sql.count;
      }
      times.sort((a, b) => a - b);
      lines.push({ placements: n, caller: who, statements, firstMs, ms: Math.round(times[2]) });
    }
  }
  console.log(`Statistics dashboard, ${postgres ? 'PostgreSQL' : 'SQLite'}, 36 months:`);
  console.log('| placements | caller | statements | first request, ms | again, ms (median of 5) |');
  console.log('|---:|---|---:|---:|---:|');
  for (const l of lines) console.log(`| ${l.placements} | ${l.caller} | ${l.statements} | ${l.firstMs} | ${l.ms} |`);
} finally {
  await intake.stop();
}
