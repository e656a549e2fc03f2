import { isIsoDate, DateScalar } from '../src/scalars';
import { osloToday } from '../src/dates';

describe('Date scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-1')).toBe(false);
    expect(DateScalar.parseValue('2027-02-01')).toBe('2027-02-01');
    expect(() => DateScalar.parseValue('01.02.2027')).toThrow(/YYYY-MM-DD/);
  });

  it("takes today's date in Oslo, not in UTC", () => {
    // 23:30 UTC on 31 January is already 1 February in Norway (UTC+1 in winter).
    expect(osloToday(new Date('2027-01-31T23:30:00Z'))).toBe('2027-02-01');
  });
});
