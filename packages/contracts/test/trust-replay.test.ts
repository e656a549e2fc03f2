import { ReplayCache } from '../src/trust';

describe('ReplayCache', () => {
  it('accepts a token once until it expires, then forgets it', () => {
    const cache = new ReplayCache(10);
    expect(cache.accept('gw\na', 2_000, 1_000)).toBe(true);
    expect(cache.accept('gw\na', 2_000, 1_500)).toBe(false);
    // Past its expiry the token is refused by its `exp` anyway; the entry is no longer needed.
    expect(cache.accept('gw\na', 3_000, 2_001)).toBe(true);
  });

  it('drops expired entries as new tokens come, and stays within its bound', () => {
    const cache = new ReplayCache(3);
    for (const key of ['a', 'b', 'c']) expect(cache.accept(key, 2_000, 1_000)).toBe(true);
    expect(cache.size).toBe(3);
    // All three expired: the next token clears them.
    expect(cache.accept('d', 4_000, 3_000)).toBe(true);
    expect(cache.size).toBe(1);
    for (const key of ['e', 'f', 'g', 'h']) cache.accept(key, 9_000, 3_000);
    expect(cache.size).toBe(3);
    // The oldest live ones made room; the newest are still refused a second time.
    expect(cache.accept('h', 9_000, 3_000)).toBe(false);
  });
});
