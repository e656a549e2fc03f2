// A development stack's day can be moved by a file (VEIINN_CLOCK_FILE) for the browser suite's flow meeting; never
// in production, and an empty or broken file means today.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as dates from '../src/dates';

const { clockFileOf, osloToday } = dates;

describe('the settable clock of a development stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veiinn-clock-'));
  const file = join(dir, 'today');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function todayWith(env: NodeJS.ProcessEnv, at: Date) {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      let today = '';
      // A fresh module: the clock file is read from the environment once per process.
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('../src/dates') as typeof dates;
        today = fresh.settableToday(at);
      });
      return today;
    } finally {
      for (const key of Object.keys(env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  }

  it('is today in Oslo without a clock file', () => {
    const at = new Date('2026-12-04T23:30:00Z');
    expect(todayWith({}, at)).toBe(osloToday(at));
    expect(osloToday(at)).toBe('2026-12-05');
  });

  it('is the file’s day while it holds one, and today again when it is emptied or broken', () => {
    writeFileSync(file, '2027-10-11\n');
    expect(todayWith({ VEIINN_CLOCK_FILE: file }, new Date('2026-12-04T12:00:00Z'))).toBe('2027-10-11');
    writeFileSync(file, '');
    expect(todayWith({ VEIINN_CLOCK_FILE: file }, new Date('2026-12-04T12:00:00Z'))).toBe('2026-12-04');
    writeFileSync(file, 'next tuesday');
    expect(todayWith({ VEIINN_CLOCK_FILE: file }, new Date('2026-12-04T12:00:00Z'))).toBe('2026-12-04');
  });

  it('is refused in production', () => {
    expect(() => clockFileOf({ VEIINN_CLOCK_FILE: file, NODE_ENV: 'production' })).toThrow(
      /refused with NODE_ENV=production/,
    );
  });
});
