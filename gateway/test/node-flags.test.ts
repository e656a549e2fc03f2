import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GATEWAY_NODE_FLAGS, missingNodeFlags } from '../src/node-flags';

/**
 * The gateway's node flags (../src/node-flags.ts) are given wherever the gateway is started, and the node that runs
 * the project accepts them: a flag its V8 did not know would stop the gateway from starting at all.
 */
const repoRoot = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const ENTRY = 'gateway/dist/src/main.js';
const expected = ['node', ...GATEWAY_NODE_FLAGS, ENTRY];

describe("the gateway's node flags", () => {
  it('are accepted by this node', () => {
    const run = spawnSync(process.execPath, [...GATEWAY_NODE_FLAGS, '-e', '0'], { encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('are on the command of the gateway in docker-compose.yml and in the image', () => {
    const compose = parse(read('docker-compose.yml'), { merge: true }) as {
      services: Record<string, { command?: string[] }>;
    };
    expect(compose.services.gateway?.command).toEqual(expected);
    const cmd = read('Dockerfile')
      .split('\n')
      .find((line) => line.startsWith('CMD '));
    expect(JSON.parse(cmd!.slice('CMD '.length))).toEqual(expected);
  });

  it('are what npm start and the bench start the gateway with', () => {
    // Both spawn node with the module's list; a copy of its values there would drift from it.
    for (const script of ['scripts/start.mjs', 'bench/run.mjs']) {
      const text = read(script);
      expect({ script, imports: text.includes("gateway/dist/src/node-flags.js'") }).toEqual({ script, imports: true });
      expect({ script, passes: /GATEWAY_NODE_FLAGS,?\s*\)/.test(text) }).toEqual({ script, passes: true });
    }
  });

  it('are named when missing, so that the gateway can say it was started without them', () => {
    expect(missingNodeFlags(['--enable-source-maps', ...GATEWAY_NODE_FLAGS])).toEqual([]);
    expect(missingNodeFlags(['--enable-source-maps'])).toEqual([...GATEWAY_NODE_FLAGS]);
  });
});
