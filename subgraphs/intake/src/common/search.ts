/** Lower-cased text that free-text search matches against (works the same on SQLite and PostgreSQL, æøå included). */
export function searchTextOf(parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .join(' ')
    .toLocaleLowerCase('nb')
    .replace(/\s+/g, ' ');
}

/**
 * Splits a search string into at most 8 lower-cased words. LIKE wildcards (`%`, `_`) and backslashes count as
 * separators: SQLite and PostgreSQL escape them differently, and no catalogue word needs them.
 */
export function searchTerms(search: string | null | undefined): string[] {
  return (search ?? '')
    .toLocaleLowerCase('nb')
    .split(/[\s%_\\]+/)
    .filter(Boolean)
    .slice(0, 8);
}
