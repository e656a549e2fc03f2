// Pure logic of the NAV workspace, kept apart from the pages so that vitest can check it (test/nav.test.ts).

/**
 * Largest file the import takes through the graph, in bytes: the NAV subgraph's NAV_IMPORT_GRAPH_LIMIT
 * (subgraphs/nav/src/ingest/import.resolver.ts), which keeps the request under the gateway's 1 MB body limit.
 */
export const IMPORT_LIMIT_BYTES = 450_000;

/** Whole kilobytes (1000 bytes), rounded up, as the page and the graph's message say sizes. */
export const kilobytes = (bytes: number) => Math.ceil(bytes / 1000);

export type ImportFileProblem = 'noFile' | 'empty' | 'tooLarge';

/** What keeps a chosen file from being sent, before it is read; null when it may be sent. */
export function importFileProblem(file: { size: number } | null | undefined): ImportFileProblem | null {
  if (!file) return 'noFile';
  if (file.size === 0) return 'empty';
  if (file.size > IMPORT_LIMIT_BYTES) return 'tooLarge';
  return null;
}

/** Text that is not UTF-8 decodes with U+FFFD; a binary file (a spreadsheet, a zip) has NUL bytes. */
export function looksLikeText(text: string): boolean {
  return !text.includes('\u0000') && !text.includes('\uFFFD');
}

export interface RecordRow {
  id: string;
  status: string;
  statusAt: string;
}

/**
 * The waiting list from an instance's records: those with status VENTELISTE, longest waiting first (by the time of
 * the status, then by id), numbered from 1, the order the adapter's own waiting list (`navWaitingList`) has.
 */
export function waitingList<R extends RecordRow>(records: readonly R[]): (R & { position: number })[] {
  return records
    .filter((record) => record.status === 'VENTELISTE')
    .sort((a, b) => a.statusAt.localeCompare(b.statusAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((record, index) => ({ ...record, position: index + 1 }));
}

/** The extent period in force on `today` (YYYY-MM-DD): the latest that has started; null when none has. */
export function currentExtent<E extends { validFrom: string }>(extent: readonly E[], today: string): E | null {
  let current: E | null = null;
  for (const period of extent) {
    if (period.validFrom <= today && (!current || period.validFrom > current.validFrom)) current = period;
  }
  return current;
}

/** One page of rows (1-based `page`), and how many pages there are (at least 1). */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const clamped = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((clamped - 1) * size, clamped * size), pages, page: clamped };
}

const osloDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day in Norway (YYYY-MM-DD) of an instant: a status set at 00:30 Norwegian time belongs to that day. */
export const osloDay = (instant: Date | string = new Date()) => osloDayFormat.format(new Date(instant));
