import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkIdentityNumber, parseIdentityNumber } from '@veiinn/contracts';

/** `npm run fnr` (scripts/fnr.mjs), run as a newcomer would; it reads the kit's built generator. */
const script = join(__dirname, '..', '..', '..', 'scripts', 'fnr.mjs');
const fnr = (...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' })
    .trim()
    .split('\n');

describe('npm run fnr', () => {
  it('prints numbers the validator takes as synthetic outside production, and never as a real person’s', () => {
    const lines = fnr('--count', '40');
    expect(lines).toHaveLength(40);
    expect(new Set(lines).size).toBe(40);
    const leavingSchool = String(new Date().getUTCFullYear() - 19);
    for (const number of lines) {
      expect(number).toMatch(/^\d{11}$/);
      expect(checkIdentityNumber(number, false)).toEqual([]);
      const parsed = parseIdentityNumber(number);
      // Month + 80: neither a fødselsnummer nor a D-number, so no real person can have it.
      expect(parsed?.kind).toBe('synthetic');
      expect(Number(number.slice(2, 4))).toBeGreaterThan(80);
      expect(parsed?.birthDate.slice(0, 4)).toBe(leavingSchool);
    }
  });

  it('gives every number the birth date asked for, and prints it with --dates', () => {
    const lines = fnr('--count', '5', '--born', '2008-04-17', '--dates');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const [number, date] = line.split(/\s+/);
      expect(date).toBe('2008-04-17');
      expect(parseIdentityNumber(number)).toEqual({ kind: 'synthetic', birthDate: '2008-04-17' });
    }
  });

  it('refuses a date that does not exist and a count out of range, saying how to ask', () => {
    for (const args of [
      ['--born', '2008-02-30'],
      ['--count', '0'],
      ['--colour', 'blue'],
    ]) {
      const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: npm run fnr');
    }
  });
});
