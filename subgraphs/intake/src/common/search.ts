import { normalizeSearch } from '@veiinn/kit';

/**
 * Lower-cased NFC text that free-text search matches against (works the same on SQLite and PostgreSQL, æøå
 * included): a decomposed "A\u030Ase" is stored as "åse", as the query is normalised.
 */
export function searchTextOf(parts: (string | null | undefined)[]): string {
  return normalizeSearch(parts.filter((p): p is string => !!p).join(' ')).replace(/\s+/g, ' ');
}

/**
 * Splits a search string into at most 8 lower-cased words. LIKE wildcards (`%`, `_`) and backslashes count as
 * separators: SQLite and PostgreSQL escape them differently, and no catalogue word needs them.
 */
export function searchTerms(search: string | null | undefined): string[] {
  return normalizeSearch(search ?? '')
    .split(/[\s%_\\]+/)
    .filter(Boolean)
    .slice(0, 8);
}
