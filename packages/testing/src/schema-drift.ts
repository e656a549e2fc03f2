import type { MikroORM } from '@mikro-orm/core';

const normalize = (sql: string) => sql.replace(/\s+/g, ' ').replace(/;$/, '').trim().toLowerCase();

/**
 * A CREATE TABLE reduced to its set of column and constraint definitions: `alter table add column` appends a column
 * at the end, while a fresh create lists it where the entity has it, and the order means nothing to the data.
 */
function tableShape(sql: string): string {
  const text = normalize(sql);
  const body = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return `${text.slice(0, text.indexOf('('))}(${parts.sort().join(', ')})`;
}

/**
 * The statements needed to bring the database to what the entities describe: empty when the migrations are
 * complete. MikroORM cannot read CHECK constraints back from SQLite, so on SQLite it proposes to rebuild every table
 * with an enum even when nothing changed; a rebuild whose new table is identical to the existing one (and whose
 * indexes exist already) is such a no-op and is left out. Any real difference still shows.
 */
export async function schemaDrift(orm: MikroORM): Promise<string[]> {
  const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  const statements = diff
    // MikroORM glues some statements without a newline ("...on;alter table"); no DDL here has ';' inside a literal.
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  if (orm.config.getDriver().constructor.name !== 'LibSqlDriver') return statements;

  const existing = new Map<string, string>();
  const rows = await orm.em
    .getConnection()
    .execute<{ name: string; sql: string | null }[]>('select name, sql from sqlite_master where sql is not null');
  for (const row of rows) existing.set(row.name, normalize(row.sql ?? ''));

  const kept: string[] = [];
  for (let i = 0; i < statements.length; i++) {
    const create = /^create table `(\w+)__temp_alter`/i.exec(statements[i + 1] ?? '');
    if (/^pragma foreign_keys = off$/i.test(statements[i]) && create) {
      const table = create[1];
      const end = statements.findIndex((s, j) => j > i && /^pragma foreign_keys = on$/i.test(s));
      const group = statements.slice(i, end + 1);
      const sameTable =
        tableShape(statements[i + 1].replace(`\`${table}__temp_alter\``, `\`${table}\``)) ===
        tableShape(existing.get(table) ?? '');
      const indexesExist = group
        .filter((s) => /^create (unique )?index/i.test(s))
        .every((s) => [...existing.values()].includes(normalize(s)));
      if (sameTable && indexesExist && end > i) {
        i = end;
        continue;
      }
    }
    kept.push(statements[i]);
  }
  return kept;
}
