/**
 * Orders by name as Norwegians sort (æ, ø, å last), then by id. Done here rather than in SQL, so SQLite and
 * PostgreSQL (whose collations differ) give the same order.
 */
export function byName<T extends { name: string; id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.name.localeCompare(b.name, 'nb') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
