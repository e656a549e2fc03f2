import { intakeCalendar, isoWeekFriday, isoWeekMonday } from '../src/casework/calendar/intake-calendar';

/** ISO 8601 week of a date, computed the other way round (the Thursday rule), to check isoWeekMonday against. */
function isoWeekOf(date: string): { year: number; week: number } {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return { year, week };
}

describe('intake calendar (årshjul)', () => {
  it('finds the Monday of an ISO week', () => {
    expect(isoWeekMonday(2027, 18)).toBe('2027-05-03');
    expect(isoWeekMonday(2026, 41)).toBe('2026-10-05');
    expect(isoWeekMonday(2026, 1)).toBe('2025-12-29'); // week 1 of 2026 begins in 2025
    expect(isoWeekMonday(2021, 1)).toBe('2021-01-04'); // 2020 had a week 53
    expect(isoWeekMonday(2026, 39)).toBe('2026-09-21');
    expect(isoWeekFriday(2027, 18)).toBe('2027-05-07');
  });

  it('agrees with the ISO week of every Monday from 2020 to 2035', () => {
    for (let year = 2020; year <= 2035; year++) {
      for (const week of [1, 2, 4, 18, 39, 41, 52]) {
        const monday = isoWeekMonday(year, week);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(isoWeekOf(monday)).toEqual({ year, week });
      }
    }
  });

  it('lays out the intake with the deadline 1 February 2027', () => {
    expect(intakeCalendar(2027).map((e) => [e.kind, e.startDate, e.endDate])).toEqual([
      ['INFORMATION_MEETING', '2026-09-21', '2026-09-25'],
      ['OPEN_DAYS', '2027-01-11', '2027-01-29'],
      ['APPLICATION_DEADLINE', '2027-02-01', '2027-02-01'],
      ['FLOW_MEETING', '2027-05-03', '2027-05-07'],
      ['FLOW_MEETING', '2027-10-11', '2027-10-15'],
    ]);
  });

  it('puts the flow meetings of 2026 in weeks 18 and 41 and titles every event in nb and en', () => {
    const events = intakeCalendar(2026);
    expect(events.filter((e) => e.kind === 'FLOW_MEETING').map((e) => e.startDate)).toEqual([
      '2026-04-27',
      '2026-10-05',
    ]);
    for (const e of events) {
      expect(e.title.nb && e.title.en && e.description.nb && e.description.en).toBeTruthy();
      expect(e.startDate <= e.endDate).toBe(true);
    }
  });
});
