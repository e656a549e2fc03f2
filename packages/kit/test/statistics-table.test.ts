import { daysBetween, nearestRank, StatTable, type Caller } from '../src';

/** The kit's table of one statistics answer: suppression by caller over the whole table, and its small helpers. */
const ANALYST: Caller = { sub: 'test-analyst', roles: ['analyst'] };
const CASE_WORKER: Caller = { sub: 'test-case-worker', roles: ['case-worker'] };

function table() {
  const t = new StatTable();
  // 30 places: 3 in use, 27 free. The 3 is small, and 27 would give it away. Free is ranked to stay visible, so
  // only its being fixed keeps the engine from hiding the places instead.
  t.fixed('places', 30);
  t.count('inUse', 3);
  t.count('free', 27, 1);
  t.sum('places', ['inUse', 'free']);
  return t;
}

describe('StatTable', () => {
  it('gives case workers every count as it is', () => {
    const cell = table().resolve(CASE_WORKER);
    expect([cell('inUse'), cell('free')].map((c) => [c.value, c.suppressed])).toEqual([
      [3, false],
      [27, false],
    ]);
  });

  it('hides a small count and the count it could be worked out from, never a fixed cell', () => {
    const cell = table().resolve(ANALYST);
    expect([cell('inUse'), cell('free'), cell('places')].map((c) => c.value)).toEqual([null, null, 30]);
    expect(cell('inUse').reason).toMatch(/Skjult.*Hidden/s);
  });

  it('refuses a cell it does not have, so a typo in a key is not a silent zero', () => {
    expect(() => table().resolve(ANALYST)('occupied')).toThrow('No cell occupied');
  });
});

describe('nearestRank and daysBetween', () => {
  it('takes the nearest rank', () => {
    expect(nearestRank([], 0.5)).toBeNull();
    expect(nearestRank([9, 1, 5, 3], 0.5)).toBe(3);
    expect(nearestRank([9, 1, 5, 3, 7], 0.5)).toBe(5);
    expect(
      nearestRank(
        [...Array(10)].map((_, i) => i + 1),
        0.9,
      ),
    ).toBe(9);
  });

  it('counts whole days between calendar days, across the change to summer time and leap days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
  });
});
