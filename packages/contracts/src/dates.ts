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
