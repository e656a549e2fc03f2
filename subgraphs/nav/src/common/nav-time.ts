import { osloToday } from '@veiinn/kit';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

// Made once: a new Intl.DateTimeFormat costs far more than formatting with one (it was a hot spot of the import).
const osloWallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The offset of Norwegian time from UTC at an instant, in milliseconds. */
function osloOffset(instant: number): number {
  const parts = osloWallClock.formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Reads one of NAV's timestamps. NAV writes LocalDateTime without a zone ("2026-03-02T08:00:00"), meaning
 * Norwegian time; an explicit zone is honoured. Returns null when the text is not such a timestamp.
 */
export function parseNavDateTime(text: unknown): Date | null {
  if (typeof text !== 'string') return null;
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s = '0', fraction = '0', zone] = match;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const back = new Date(wall);
  if (back.getUTCMonth() !== Number(mo) - 1 || back.getUTCDate() !== Number(d) || Number(h) > 23) return null;
  if (Number(mi) > 59 || Number(s) > 59) return null;
  if (zone) {
    const offset =
      zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    return new Date(wall - offset * 60_000);
  }
  // Norwegian wall time to an instant: guess with the offset at the wall time read as UTC, then correct once.
  let instant = wall - osloOffset(wall);
  instant = wall - osloOffset(instant);
  return new Date(instant);
}

/** The day in Norway (YYYY-MM-DD) of an instant. */
export function osloDate(instant: Date): string {
  return osloToday(instant);
}
