// The figures pages' rules, apart from the components so they can be tested without a DOM (test/dashboard.test.ts):
// the filters in the URL, how a count that may be hidden reads, the CSV for Excel, and the plain-language trends.

export type Interval = 'WEEK' | 'MONTH' | 'YEAR';
export type Grouping = 'TOTAL' | 'PROVIDER' | 'KIND' | 'OFFER';
export const INTERVALS: readonly Interval[] = ['WEEK', 'MONTH', 'YEAR'];
export const GROUPINGS: readonly Grouping[] = ['PROVIDER', 'KIND', 'TOTAL', 'OFFER'];

/** What the page shows: the URL's `from`, `to`, `interval` and `groupBy`, or the defaults. */
export interface DashboardFilters {
  from: string;
  to: string;
  interval: Interval;
  groupBy: Grouping;
}

/** A count as the graph gives it (StatCount): null and `suppressed` when hidden to protect small numbers of people. */
export interface Count {
  value?: number | null;
  suppressed: boolean;
  reason?: string | null;
}

/** How a hidden count reads, on the page and in the CSV alike. */
export const HIDDEN_TEXT = '<5';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today in Norway (YYYY-MM-DD): the day the figures are for, whatever the browser's time zone. */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now);
}

/** The defaults: the last 12 months (the current one and the 11 before it, from the 1st), monthly, by provider. */
export function defaultFilters(today: string): DashboardFilters {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)); // 1-12
  const back = month - 11;
  const fromYear = back >= 1 ? year : year - 1;
  const fromMonth = back >= 1 ? back : back + 12;
  return {
    from: `${fromYear}-${String(fromMonth).padStart(2, '0')}-01`,
    to: today,
    interval: 'MONTH',
    groupBy: 'PROVIDER',
  };
}

/** The filters as the URL says, the defaults for what it does not say or says wrong (as the lists' readList does). */
export function readFilters(params: URLSearchParams, today: string): DashboardFilters {
  const defaults = defaultFilters(today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const interval = params.get('interval') as Interval | null;
  const groupBy = params.get('groupBy') as Grouping | null;
  return {
    from: isDay(from) ? from : defaults.from,
    to: isDay(to) ? to : defaults.to,
    interval: interval && INTERVALS.includes(interval) ? interval : defaults.interval,
    groupBy: groupBy && GROUPINGS.includes(groupBy) ? groupBy : defaults.groupBy,
  };
}

/** The URL with these filters: a value equal to its default is left out, so the plain /tall stays the default. */
export function withDashboardFilters(
  params: URLSearchParams,
  filters: DashboardFilters,
  today: string,
): URLSearchParams {
  const defaults = defaultFilters(today);
  const next = new URLSearchParams(params);
  for (const name of ['from', 'to', 'interval', 'groupBy'] as const) {
    if (filters[name] === defaults[name]) next.delete(name);
    else next.set(name, filters[name]);
  }
  return next;
}

/** The problems of filters typed in the form, by field; empty when they can be asked for. */
export function filterProblems(
  filters: Pick<DashboardFilters, 'from' | 'to'>,
): Partial<Record<'from' | 'to', 'date' | 'order'>> {
  const problems: Partial<Record<'from' | 'to', 'date' | 'order'>> = {};
  if (!isDay(filters.from)) problems.from = 'date';
  if (!isDay(filters.to)) problems.to = 'date';
  if (!problems.from && !problems.to && filters.to < filters.from) problems.to = 'order';
  return problems;
}

/** The period input of every figure's query. */
export const periodInput = ({ from, to, interval }: DashboardFilters) => ({ from, to, interval });

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nb-NO');

export function formatNumber(value: number, language: string, digits = 0): string {
  return value.toLocaleString(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** A count as the tables show it: "<5" when hidden, "–" when there is none (or no value), else the number. */
export function countText(count: Count | null | undefined, language: string): string {
  if (!count) return '–';
  if (count.suppressed) return HIDDEN_TEXT;
  // Not hidden, but not there: e.g. free places where none are published.
  if (count.value == null) return '–';
  return formatNumber(count.value, language);
}

/** The value of a count for a chart; null when hidden. */
export const countValue = (count: Count | null | undefined): number | null =>
  count && !count.suppressed && count.value != null ? count.value : null;

/** How a hidden share reads: not "<5", since it is a share, hidden because its whole is under 5 or a count is hidden. */
export const HIDDEN_SHARE = { nb: 'skjult', en: 'hidden' };

/** A share (0-1) as a percentage, "64 %" / "64%"; "skjult" / "hidden" when hidden. */
export function shareText(share: { share?: number | null; suppressed: boolean } | null | undefined, language: string) {
  if (!share) return '–';
  if (share.suppressed || share.share == null) return language === 'en' ? HIDDEN_SHARE.en : HIDDEN_SHARE.nb;
  const percent = formatNumber(Math.round(share.share * 1000) / 10, language, 1);
  return language === 'en' ? `${percent}%` : `${percent} %`;
}

/**
 * The graph's reason for hiding, in the chosen language: StatCount.reason is "<bokmål> / <English>". The first
 * hidden cell's reason stands for all (the graph gives one), else `fallback`.
 */
export function hiddenReason(counts: Iterable<Count | null | undefined>, language: string, fallback: string): string {
  for (const count of counts) {
    if (count?.suppressed && count.reason) {
      const [nb, ...rest] = count.reason.split(' / ');
      return language === 'en' && rest.length > 0 ? rest.join(' / ') : nb;
    }
  }
  return fallback;
}

/** A table cell's content: a count that may be hidden, a number, a text, or nothing. */
export type Cell = Count | number | string | null | undefined;

const isCount = (cell: Cell): cell is Count => typeof cell === 'object' && cell !== null && 'suppressed' in cell;

/** How a cell reads in a table and in the CSV, alike. */
export function cellText(cell: Cell, language: string): string {
  if (isCount(cell)) return countText(cell, language);
  if (cell == null || cell === '') return '–';
  if (typeof cell === 'number') return formatNumber(cell, language, 1);
  return cell;
}

export interface CsvColumn<Row> {
  header: string;
  value(row: Row): Cell;
}

/**
 * One CSV cell: quoted when it holds the separator, a quote or a line break (quotes doubled); a value a spreadsheet
 * would run as a formula (=, +, -, @, a tab or a carriage return first) gets a leading apostrophe. "<5" is text.
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A number for Norwegian Excel: a decimal comma, no thousands separator (Excel would read it as text). */
const csvNumber = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');

/**
 * A table as CSV for Excel in Norway: a UTF-8 byte order mark (so æ, ø, å come out right), semicolons (Norwegian
 * Excel's list separator), a header row, CRLF line ends; a hidden count is "<5" as on the page, nothing is empty.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const text = (cell: Cell): string => {
    if (isCount(cell)) return cell.suppressed ? HIDDEN_TEXT : cell.value == null ? '' : csvNumber(cell.value);
    if (cell == null) return '';
    if (typeof cell === 'number') return csvNumber(cell);
    return cell;
  };
  const lines = [columns.map((column) => column.header), ...rows.map((row) => columns.map((c) => text(c.value(row))))];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The download's name: what and for which days, e.g. tall-kapasitet-2026-01-01-2026-12-06.csv. */
export function csvFileName(what: string, filters: Pick<DashboardFilters, 'from' | 'to'>): string {
  return `tall-${what}-${filters.from}-${filters.to}.csv`;
}

export type Trend =
  { kind: 'none' } | { kind: 'one'; last: number } | { kind: 'up' | 'down' | 'same'; first: number; last: number };

/**
 * How a series went, for a one-sentence summary: from its first shown value to its last (hidden values are left
 * out, so a summary never tells what the table hides).
 */
export function trendOf(values: readonly (number | null)[]): Trend {
  const shown = values.filter((value): value is number => value != null);
  if (shown.length === 0) return { kind: 'none' };
  const last = shown[shown.length - 1];
  if (shown.length === 1) return { kind: 'one', last };
  const first = shown[0];
  return { kind: last > first ? 'up' : last < first ? 'down' : 'same', first, last };
}

/** The largest shown value and the label it is at, for "most ... at X"; null when none is shown. */
export function largest<T>(items: readonly T[], value: (item: T) => number | null): { item: T; value: number } | null {
  let best: { item: T; value: number } | null = null;
  for (const item of items) {
    const v = value(item);
    if (v != null && (!best || v > best.value)) best = { item, value: v };
  }
  return best;
}

/** An intake round's key as a text to translate: "MAIN-2027", "NEWCOMER-2027", "CONTINUOUS"; null for another. */
export function roundName(round: string): { kind: 'MAIN' | 'NEWCOMER' | 'CONTINUOUS'; year?: string } | null {
  if (round === 'CONTINUOUS') return { kind: 'CONTINUOUS' };
  const match = /^(MAIN|NEWCOMER)-(\d{4})$/.exec(round);
  return match ? { kind: match[1] as 'MAIN' | 'NEWCOMER', year: match[2] } : null;
}
