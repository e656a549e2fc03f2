/**
 * The hub's shape (issue 13): no source file over 300 lines and no function over 80, so that each file and each use
 * case can be read in one sitting. The rule and its exemptions are in scripts/hub-shape.mjs, run here as from the
 * command line: it lists each breach and exits 1 when there is one.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe("the hub's shape", () => {
  it('has no file over 300 lines and no function over 80', () => {
    const root = join(__dirname, '..', '..', '..');
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'hub-shape.mjs')], { cwd: root, encoding: 'utf8' });
    expect(run.stdout.trim().split('\n')).toEqual(['The hub keeps its shape.']);
    expect(run.status).toBe(0);
  });
});
