import type { Migration } from '@mikro-orm/migrations';
import { normalizeText, norwegianSortKey } from '@veiinn/kit';
import { searchTextOf } from '../common/search';

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Backfills existing rows for issue 11: participants' names in NFC, their Norwegian sort keys, and the search text
 * recomputed from the normalised names (so a decomposed "Åse" is found by "åse"); providers' and offers' sort keys
 * (names and titles in NFC). Computed here in the app, the same way as on every write, so SQLite and PostgreSQL get
 * the same keys. `q` quotes an identifier.
 */
export async function backfillNorwegianNames(migration: Migration, q: (name: string) => string): Promise<void> {
  const rows = (await migration.execute(
    `select ${q('id')}, ${q('given_name')}, ${q('family_name')} from ${q('participant')}`,
  )) as { id: string; given_name: string; family_name: string }[];
  for (const row of rows) {
    const givenName = normalizeText(row.given_name);
    const familyName = normalizeText(row.family_name);
    migration.addSql(
      `update ${q('participant')} set ${q('given_name')} = ${literal(givenName)}, ` +
        `${q('family_name')} = ${literal(familyName)}, ` +
        `${q('given_name_sort')} = ${literal(norwegianSortKey(givenName))}, ` +
        `${q('family_name_sort')} = ${literal(norwegianSortKey(familyName))}, ` +
        `${q('search_text')} = ${literal(searchTextOf([givenName, familyName]))} ` +
        `where ${q('id')} = ${literal(row.id)};`,
    );
  }
  for (const [table, column, sortColumn] of [
    ['provider', 'name', 'name_sort'],
    ['offer', 'title_nb', 'title_sort'],
  ] as const) {
    const named = (await migration.execute(`select ${q('id')}, ${q(column)} from ${q(table)}`)) as Record<
      string,
      string
    >[];
    for (const row of named) {
      const text = normalizeText(row[column]!);
      migration.addSql(
        `update ${q(table)} set ${q(column)} = ${literal(text)}, ${q(sortColumn)} = ${literal(norwegianSortKey(text))} ` +
          `where ${q('id')} = ${literal(row.id!)};`,
      );
    }
  }
}
