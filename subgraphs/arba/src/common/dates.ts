/** Day arithmetic on YYYY-MM-DD strings, in UTC so no time zone shifts a day. */
const parse = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return { y, m, d };
};
const format = (date: Date) => date.toISOString().slice(0, 10);
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(day: string, days: number): string {
  const { y, m, d } = parse(day);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The same day `months` later; the last day of the month when that month is shorter (31 August + 6 = 28/29 February). */
export function addMonths(day: string, months: number): string {
  const { y, m, d } = parse(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(new Date(Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month)))));
}

/**
 * The last day of a period of `years` that starts on `start`: one year from 2026-01-05 ends 2027-01-04, and one year
 * from 29 February 2024 ends 28 February 2025 (the day before the next 1 March).
 */
export function lastDayOfYears(start: string, years: number): string {
  const { y, m, d } = parse(start);
  return format(new Date(Date.UTC(y + years, m - 1, d - 1)));
}
