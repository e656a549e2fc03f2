import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run demo:journey` runs against a started stack (CI: .ci/run); this checks, without one, that each of its
 * operations and each operation and variables of docs/walkthrough.md still match the committed API, so a rename in a
 * subgraph shows here, in the suite, and not first in a newcomer's terminal.
 */
describe('the demo journey and the walkthrough', () => {
  it('use only operations and variables that schema/api.graphql accepts', () => {
    const run = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'demo-journey.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+ operations match schema\/api\.graphql\.\n$/);
  });
});
