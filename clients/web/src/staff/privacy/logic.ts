// Pure logic of the privacy officer's workspace, kept apart from the pages so that vitest can check it
// (test/privacy.test.ts): the participant id, the log's filter from the URL, and the CSV export.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A participant id as the officer types or pastes it: trimmed, lower case; null when it is not an id. */
export function participantIdOf(text: string): string | null {
  const id = text.trim().toLowerCase();
  return UUID.test(id) ? id : null;
}

/** The roles the log names readers by (the issuer's roles), in the order the role filter lists them. */
export const READER_ROLES = [
  'case-worker',
  'provider-staff',
  'nav-staff',
  'partner-system',
  'applicant',
  'guardian',
  'analyst',
  'privacy-officer',
  'public',
] as const;

export const CATEGORIES = ['IDENTITY', 'PATH', 'PROVIDER_DETAIL', 'NAV', 'APPLICATIONS', 'IPLOS', 'AUDIT'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The log's filters as the URL keeps them (?leser=&rolle=&kategori=&fra=&til=). */
export const LOG_FILTERS = ['leser', 'rolle', 'kategori', 'fra', 'til'] as const;
export type LogFilterName = (typeof LOG_FILTERS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The graph's AuditLogFilter from the URL's filters; null when nothing is filtered. A value the graph would refuse
 * (an unknown role or category, a malformed day) is left out rather than sent: a hand-edited URL still shows a log.
 */
export function auditFilterOf(filters: Record<LogFilterName, string>) {
  const filter: { readerSub?: string; role?: string; category?: Category; from?: string; to?: string } = {};
  if (filters.leser.trim()) filter.readerSub = filters.leser.trim();
  if ((READER_ROLES as readonly string[]).includes(filters.rolle)) filter.role = filters.rolle;
  if ((CATEGORIES as readonly string[]).includes(filters.kategori)) filter.category = filters.kategori as Category;
  if (DAY.test(filters.fra)) filter.from = filters.fra;
  if (DAY.test(filters.til)) filter.to = filters.til;
  if (filter.from && filter.to && filter.to < filter.from) delete filter.to;
  return Object.keys(filter).length ? filter : null;
}

/** A problem of the filter form, by field: the to date before the from date. */
export function filterProblems(values: { fra: string; til: string }): { field: 'til'; key: 'toBeforeFrom' }[] {
  return values.fra && values.til && values.til < values.fra ? [{ field: 'til', key: 'toBeforeFrom' }] : [];
}

export interface LogRow {
  readAt: string;
  readerSub: string;
  readerRoles: string[];
  category: string;
  operationName?: string | null;
  requestId: string;
  subgraph: string;
}

const osloTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An instant as Norwegian wall time, "2026-11-23 11:00:00": what Excel reads as a date and time. */
export function osloDateTime(iso: string): string {
  const parts = Object.fromEntries(osloTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/**
 * One CSV cell: quoted when it holds the separator, a quote or a line break (quotes doubled). A value that a
 * spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage return) gets a leading
 * apostrophe, so a reader id cannot smuggle a formula into the officer's Excel.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export interface CsvHeaders {
  readAt: string;
  reader: string;
  roles: string;
  category: string;
  operation: string;
  requestId: string;
  subgraph: string;
}

/**
 * The log as CSV for Excel in Norway: a UTF-8 byte order mark (so æ, ø, å come out right), semicolons (Norwegian
 * Excel's list separator), a header row in the person's language, one row per read, CRLF line ends.
 */
export function auditCsv(rows: readonly LogRow[], headers: CsvHeaders, category: (code: string) => string): string {
  const lines = [
    [
      headers.readAt,
      headers.reader,
      headers.roles,
      headers.category,
      headers.operation,
      headers.requestId,
      headers.subgraph,
    ],
    ...rows.map((row) => [
      osloDateTime(row.readAt),
      row.readerSub,
      row.readerRoles.join(' '),
      category(row.category),
      row.operationName ?? '',
      row.requestId,
      row.subgraph,
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** The download's name: whose log and when it was taken, e.g. innsynslogg-9dc7e90e-2026-12-04.csv. */
export function csvFileName(participantId: string, now: Date = new Date()): string {
  return `innsynslogg-${participantId.slice(0, 8)}-${osloDateTime(now.toISOString()).slice(0, 10)}.csv`;
}

/** Rows per request when the export pages through the log: the graph's largest page. */
export const EXPORT_PAGE_SIZE = 100;
/** Rows per page of the log's table. */
export const LOG_PAGE_SIZE = 25;
