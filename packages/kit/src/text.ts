import { type FieldProblem } from '@veiinn/contracts';

/**
 * Norwegian text as people write it, the same on SQLite and PostgreSQL: one normal form (NFC), lengths in
 * characters as people count them, no invisible control characters, and Norwegian alphabetical order.
 */

/** NFC, `\r\n` and lone `\r` as `\n`, trimmed: the form names and texts are checked and stored in. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** `normalizeText` that keeps null and undefined as they are (an input field left out). */
export function normalizeOptional<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? normalizeText(text) : text) as T;
}

/**
 * Characters as a person counts them: code points of the NFC form, so "å" is one and an emoji is one (not the two
 * UTF-16 units `length` counts). Code points, not grapheme clusters, so a text within the limit also fits the
 * database's `varchar(n)`, which PostgreSQL counts in code points.
 */
export function characterCount(text: string): number {
  return [...text].length;
}

/**
 * Control characters (Unicode category Cc: TAB, BEL, NUL…) and invisible format characters (Cf: zero-width
 * space, bidirectional overrides, soft hyphen, BOM…). Kept: the zero-width joiner and non-joiner and the emoji
 * tag characters, which emoji sequences are made of. `\n` is allowed in multi-line text only (see `textProblems`).
 */
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/u;
const isEmojiPart = (codePoint: number) =>
  codePoint === 0x200c || codePoint === 0x200d || (codePoint >= 0xe0020 && codePoint <= 0xe007f);

/** Whether the text holds a control or invisible format character (a line break counts unless `multiline`). */
export function hasInvisibleCharacter(text: string, multiline = false): boolean {
  for (const character of text) {
    if (multiline && character === '\n') continue;
    if (CONTROL_OR_FORMAT.test(character) && !isEmojiPart(character.codePointAt(0)!)) return true;
  }
  return false;
}

export interface TextRule {
  /** At most this many characters (`characterCount`). */
  max: number;
  /** Required (the default): an empty text is a problem. */
  required?: boolean;
  /** Line breaks allowed (notes, wishes, reasons); one-line fields (names, titles) refuse them. */
  multiline?: boolean;
  /** The bokmål and English advice when an optional text is given empty, e.g. "la feltet stå tomt" / "leave it out". */
  whenEmpty?: { nb: string; en: string };
}

/**
 * The problems with one text field, checked in its normal form (`normalizeText`): empty when required, longer
 * than `max` characters, or holding a control or invisible character. Store the normal form too.
 */
export function textProblems(field: string, value: string | null | undefined, rule: TextRule): FieldProblem[] {
  const text = normalizeText(value ?? '');
  if (!text) {
    if (rule.required === false && value == null) return [];
    if (rule.required === false) {
      const advice = rule.whenEmpty ?? { nb: 'la feltet stå tomt', en: 'leave it out' };
      return [{ field, nb: `kan ikke være tomt; ${advice.nb}.`, en: `must not be empty; ${advice.en}.` }];
    }
    return [{ field, nb: 'må fylles ut.', en: 'must be filled in.' }];
  }
  if (hasInvisibleCharacter(text, rule.multiline)) {
    return rule.multiline
      ? [
          {
            field,
            nb: 'har et usynlig tegn (for eksempel tabulator). Bruk bare vanlige tegn og linjeskift.',
            en: 'has an invisible character (a tab, for example). Use only ordinary characters and line breaks.',
          },
        ]
      : [
          {
            field,
            nb: 'har et usynlig tegn eller linjeskift. Skriv alt på én linje med vanlige tegn.',
            en: 'has an invisible character or a line break. Write it on one line with ordinary characters.',
          },
        ];
  }
  const length = characterCount(text);
  if (length > rule.max) {
    return [
      {
        field,
        nb: `kan ha høyst ${rule.max} tegn (har ${length}).`,
        en: `may have at most ${rule.max} characters (has ${length}).`,
      },
    ];
  }
  return [];
}

/**
 * Letters after z in the key, in Norwegian order: æ, ø, å. ASCII `{`, `|`, `}` follow `z` in code point order,
 * so byte order (SQLite's BINARY, PostgreSQL's `COLLATE "C"`, `compareSortKeys`) puts them after z and in order.
 */
const AE = '{';
const OE = '|';
const AA = '}';

/**
 * The key a name or title sorts by, in Norwegian alphabetical order when keys are compared byte by byte:
 * NFC, case-folded; æ, ø, å after z (ä as æ, ö as ø, "aa" as å: "Aasen" after "Ørnvik"); other diacritics
 * folded away (é as e, ü as y as Norwegian dictionaries do). Store it beside the text and order by it and the id.
 */
export function norwegianSortKey(text: string): string {
  return (
    normalizeText(text)
      .toLocaleLowerCase('nb')
      // The three stand-ins are punctuation nobody sorts by; other text using them goes to the end.
      .replace(/[{|}]/g, '~')
      .replace(/aa/g, 'å')
      .replace(/[æä]/g, AE)
      .replace(/[øö]/g, OE)
      .replace(/å/g, AA)
      .replace(/ü/g, 'y')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
  );
}

/** Compares two sort keys byte by byte in UTF-8, as SQLite and PostgreSQL (`COLLATE "C"`) do. */
export function compareSortKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Norwegian alphabetical order of two texts, for sorts in memory: the same order as the stored sort keys. */
export function compareNorwegian(a: string, b: string): number {
  return compareSortKeys(norwegianSortKey(a), norwegianSortKey(b));
}

/** The words of a search, normalised like stored search text: NFC and lower-cased. */
export function normalizeSearch(text: string): string {
  return normalizeText(text).toLocaleLowerCase('nb');
}

/** What `backfillSortKeys` needs of a MikroORM migration: its `execute` and `addSql`. */
export interface BackfillingMigration {
  execute(sql: string): Promise<Record<string, unknown>[]>;
  addSql(sql: string): void;
}

const sqlLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * For a migration that adds a sort key column: normalises `column` to NFC in every existing row of `table` and sets
 * `sortColumn` to its `norwegianSortKey`, computed in the app as on every write, so SQLite and PostgreSQL get the
 * same keys. `quote` quotes an identifier for the migration's dialect.
 */
export async function backfillSortKeys(
  migration: BackfillingMigration,
  quote: (name: string) => string,
  table: string,
  column: string,
  sortColumn: string,
): Promise<void> {
  const q = quote;
  const rows = await migration.execute(`select ${q('id')}, ${q(column)} from ${q(table)}`);
  for (const row of rows) {
    const text = normalizeText(String(row[column]));
    migration.addSql(
      `update ${q(table)} set ${q(column)} = ${sqlLiteral(text)}, ${q(sortColumn)} = ${sqlLiteral(norwegianSortKey(text))} ` +
        `where ${q('id')} = ${sqlLiteral(String(row.id))};`,
    );
  }
}
