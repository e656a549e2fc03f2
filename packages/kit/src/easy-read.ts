import { type FieldProblem } from '@veiinn/contracts';
import { normalizeText, textProblems } from './text';

/**
 * Easy-read text (lettlest): a short version of an offer's description in simple words, for people with an
 * intellectual disability — short sentences, common words, one idea per sentence. The rule an editor is held to:
 * 40–80 words in each language, at most 800 characters, line breaks allowed (one sentence a line reads well).
 */
export const EASY_READ_RULE = { minWords: 40, maxWords: 80, maxCharacters: 800 } as const;

/** Words as a reader counts them: runs of letters or digits (a hyphenated word or "1." counts once). */
export function wordCount(text: string): number {
  return normalizeText(text).match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The problems with an easy-read text in one language (`field` like "easyRead.nb"); empty when it may be saved. */
export function easyReadProblems(field: string, value: string | null | undefined): FieldProblem[] {
  const problems = textProblems(field, value, { max: EASY_READ_RULE.maxCharacters, multiline: true });
  if (problems.length) return problems;
  const words = wordCount(value ?? '');
  const { minWords, maxWords } = EASY_READ_RULE;
  if (words < minWords || words > maxWords)
    return [
      {
        field,
        nb: `en lettlest tekst skal ha ${minWords}–${maxWords} ord (har ${words}). Skriv korte setninger med vanlige ord.`,
        en: `an easy-read text has ${minWords}–${maxWords} words (this has ${words}). Write short sentences with common words.`,
      },
    ];
  return [];
}
