/** Today's date in Norway as YYYY-MM-DD: deadlines such as 1 February are days in Oslo, not in UTC. */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
