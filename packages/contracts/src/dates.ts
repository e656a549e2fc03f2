import { readFileSync } from 'node:fs';

/**
 * Made once: constructing an Intl.DateTimeFormat (time-zone data, locale) cost more than formatting with it, and
 * today's date is asked for by many fields of every request.
 */
const osloDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Norway as YYYY-MM-DD: deadlines such as 1 February are days in Oslo, not in UTC. */
export function osloToday(now: Date = new Date()): string {
  return osloDate.format(now);
}

/**
 * Where a development stack's day comes from when it must not be today: `VEIINN_CLOCK_FILE` names a file holding a
 * date (YYYY-MM-DD), read again at most every 200 ms, so a browser test can move every process of `npm start` to a
 * flow meeting's week and back. An empty or missing file means today. Refused with NODE_ENV=production (see
 * `clockFileOf`), and never set by anything but the browser harness.
 */
export function clockFileOf(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.VEIINN_CLOCK_FILE;
  if (!file) return undefined;
  if (env.NODE_ENV === 'production') {
    throw new Error('VEIINN_CLOCK_FILE moves the day for tests; it is refused with NODE_ENV=production.');
  }
  return file;
}

let clock: { file: string; readAt: number; day: string | null } | undefined;
/** The process's clock file, read from the environment once (today is asked for by many fields of a request). */
let clockFile: string | null | undefined;

/** Today in Oslo, or the day in VEIINN_CLOCK_FILE when a development stack sets one. */
export function settableToday(now: Date = new Date()): string {
  if (clockFile === undefined) clockFile = clockFileOf() ?? null;
  const file = clockFile;
  if (!file) return osloToday(now);
  if (!clock || clock.file !== file || now.getTime() - clock.readAt > 200) {
    let day: string | null = null;
    try {
      const text = readFileSync(file, 'utf8').trim();
      day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
    } catch {
      day = null;
    }
    clock = { file, readAt: now.getTime(), day };
  }
  return clock.day ?? osloToday(now);
}
