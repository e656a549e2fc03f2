import type { FieldProblem } from './errors';
/**
 * Norwegian national identity numbers (fødselsnummer, 11 digits: DDMMYY, a 3-digit individual number, two
 * mod-11 check digits), D-numbers (day + 40) and synthetic test numbers. Synthetic numbers, issued by
 * Skatteetaten's test register Tenor, add 80 to the month, so they can never belong to a real person.
 * Veiinn's seeds and tests use only those, and outside production only those are accepted.
 */
const WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  return rest === 10 ? null : rest;
}

export type IdentityNumberKind = 'fodselsnummer' | 'd-number' | 'synthetic';

export interface ParsedIdentityNumber {
  kind: IdentityNumberKind;
  birthDate: string;
}

/** Century from the individual number and two-digit year, as the Norwegian population register assigns them. */
function century(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (individual >= 500 && yy <= 39) return 2000;
  if (individual >= 900 && yy >= 40) return 1900;
  return null;
}

/** Parses and checks a number; returns null when it is not a valid identity number. */
export function parseIdentityNumber(text: string): ParsedIdentityNumber | null {
  if (!/^\d{11}$/.test(text)) return null;
  const digits = [...text].map(Number);
  if (checkDigit(digits, WEIGHTS_1) !== digits[9] || checkDigit(digits, WEIGHTS_2) !== digits[10]) return null;
  let day = Number(text.slice(0, 2));
  let month = Number(text.slice(2, 4));
  const yy = Number(text.slice(4, 6));
  let kind: IdentityNumberKind = 'fodselsnummer';
  if (month > 80) {
    month -= 80;
    kind = 'synthetic';
  }
  if (day > 40) {
    day -= 40;
    if (kind === 'fodselsnummer') kind = 'd-number';
  }
  const base = century(Number(text.slice(6, 9)), yy);
  if (base === null) return null;
  const year = base + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { kind, birthDate: date.toISOString().slice(0, 10) };
}

/** Appends the two check digits to the first nine digits; null when no valid number starts with them. */
export function withCheckDigits(head: string): string | null {
  const digits = [...head].map(Number);
  const k1 = checkDigit(digits, WEIGHTS_1);
  if (k1 === null) return null;
  const k2 = checkDigit([...digits, k1], WEIGHTS_2);
  return k2 === null ? null : `${head}${k1}${k2}`;
}

/**
 * Makes a synthetic identity number (month + 80) for a birth date, for seeds and tests. Tries individual numbers
 * from `individual` upward until the check digits exist (about one in eleven has none).
 */
export function syntheticIdentityNumber(birthDate: string, individual = 100): string {
  const [year, month, day] = birthDate.split('-').map(Number);
  const yy = year % 100;
  const lowest = year < 1900 ? 500 : year < 2000 ? 0 : 500;
  for (let n = Math.max(individual, lowest); n <= 999; n++) {
    const head = `${String(day).padStart(2, '0')}${String(month + 80).padStart(2, '0')}${String(yy).padStart(2, '0')}${String(n).padStart(3, '0')}`;
    const candidate = withCheckDigits(head);
    if (candidate && parseIdentityNumber(candidate)?.birthDate === birthDate) return candidate;
  }
  throw new Error(`No synthetic identity number left for ${birthDate} from individual number ${individual}.`);
}

/**
 * Checks a national identity number. Outside production only synthetic numbers (month + 80) are accepted,
 * so that a demo or test database can never hold a real person's number.
 */
export function checkIdentityNumber(
  value: string,
  allowReal: boolean,
  field = 'nationalIdentityNumber',
): FieldProblem[] {
  const parsed = parseIdentityNumber(value.trim());
  if (!parsed)
    return [
      {
        field,
        nb: 'er ikke et gyldig fødselsnummer eller D-nummer (11 sifre).',
        en: 'is not a valid national identity number or D-number (11 digits with correct check digits).',
      },
    ];
  if (!allowReal && parsed.kind !== 'synthetic') {
    return [
      {
        field,
        nb: 'bare syntetiske testnumre (måned + 80) kan brukes her.',
        en: 'only synthetic test numbers (month + 80) are accepted in this environment.',
      },
    ];
  }
  return [];
}
