/**
 * Node's flags for the gateway's process, given on its command line wherever it is started: `npm start`
 * (scripts/start.mjs), the image (Dockerfile), docker-compose.yml and the bench. Workers of `GATEWAY_WORKERS`
 * inherit them (node's cluster forks with the primary's flags).
 *
 * `--heap-growing-percent=100`: after each full collection V8 lets the heap grow to twice what survived it before the
 * next. Left to itself it allows up to four times under a high allocation rate: the gateway holds about 50 MB of live
 * heap under load (a heap snapshot after the bench's offer workload), yet its heap reached 240 MB of garbage and its
 * RSS 300–350 MB, over the 300 MB of issue 14. With the flag the peak was 200–215 MB in the same run, at the same CPU
 * per request (docs/performance.md). It bounds garbage relative to what is live, so unlike `--max-old-space-size` it
 * sets no ceiling that a burst of large requests could hit and crash the process on.
 *
 * It is a V8 flag: node refuses it in NODE_OPTIONS, and a node whose V8 did not know it would refuse to start, which
 * gateway/test/node-flags.test.ts checks on the node that runs the tests.
 */
export const GATEWAY_NODE_FLAGS: readonly string[] = ['--heap-growing-percent=100'];

/** The gateway's flags that this process was started without (`process.execArgv`). */
export function missingNodeFlags(execArgv: readonly string[] = process.execArgv): string[] {
  return GATEWAY_NODE_FLAGS.filter((flag) => !execArgv.includes(flag));
}
