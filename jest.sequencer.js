/**
 * Runs the longest suites first, so no worker is left with one long suite while the others are done. Jest orders by
 * the durations of the last run in its cache and, without one (a clean checkout, as in CI), by file size; the
 * suites below are small files that run long (a scale seed, a soak, a fuzz run, real processes started and killed),
 * so by size they would start last and end the run alone. Measured by CPU and wall time per suite in one run.
 */
const Sequencer = require('@jest/test-sequencer').default;

const LONG = [
  'gateway/test/path.scale.test.ts',
  'gateway/test/fuzz.test.ts',
  'gateway/test/start.test.ts',
  'gateway/test/memory.soak.test.ts',
  'gateway/test/feed.restart.test.ts',
  'gateway/test/transition.api.test.ts',
  'subgraphs/intake/test/pool-deadlock.test.ts',
  'subgraphs/nav/test/ingest.api.test.ts',
];

const rank = (path) => {
  const index = LONG.findIndex((suffix) => path.endsWith(suffix));
  return index === -1 ? LONG.length : index;
};

class LongestFirst extends Sequencer {
  sort(tests) {
    const known = tests.some((test) => this.time(test) !== undefined);
    if (known) return super.sort(tests);
    // Stable: the ranked suites first in their order, then jest's own order (by file size) for the rest.
    const bySize = super.sort(tests);
    return bySize
      .map((test, i) => [rank(test.path), i, test])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map((e) => e[2]);
  }
}

module.exports = LongestFirst;
