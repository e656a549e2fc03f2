/** Dates as a letter writes them, shared by the letter and the sentences of a changed decision. */
import { LetterLanguage } from './decision.enums';

const MONTHS: Record<LetterLanguage, string[]> = {
  [LetterLanguage.NB]: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  [LetterLanguage.EN]: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "2026-11-23" as "23. november 2026" or "23 November 2026". */
export function writtenDate(day: string, language: LetterLanguage): string {
  const [year, month, date] = day.split('-').map(Number);
  const name = MONTHS[language][month - 1];
  return language === LetterLanguage.NB ? `${date}. ${name} ${year}` : `${date} ${name} ${year}`;
}
