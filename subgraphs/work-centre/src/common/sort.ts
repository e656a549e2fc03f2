import { compareNorwegian } from '@veiinn/kit';

/**
 * Orders by name as Norwegians sort (… Z, Æ, Ø, Å; "Aa" as Å), then by id, with the kit's comparator: the same
 * order the other subgraphs get from their stored sort keys. Done here rather than in SQL, so SQLite and
 * PostgreSQL (whose collations differ) give the same order.
 */
export function byName<T extends { name: string; id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => compareNorwegian(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
