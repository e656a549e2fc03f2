import type { Language } from './i18n';

/** A YYYY-MM-DD date in words, e.g. "1. februar 2027" / "1 February 2027". */
export function formatDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export const pick = (text: { nb: string; en: string }, language: string) =>
  (language as Language) === 'en' ? text.en : text.nb;

/** Norwegian alphabetical order (æ, ø, å last). */
export const norwegian = new Intl.Collator('nb-NO');
