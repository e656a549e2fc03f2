import { EASY_READ_RULE, easyReadProblems, wordCount } from '../src/easy-read';

describe('easy-read texts (lettlest)', () => {
  it('counts words as a reader does: a hyphenated word, a number and a word with æ, ø, å count once each', () => {
    expect(wordCount('Transport- og servicegruppen jobber ute.')).toBe(5);
    expect(wordCount('Du må søke innen 1. februar.')).toBe(6);
    expect(wordCount('Grønt-gruppa  på\nEmma Hjorth')).toBe(4);
    expect(wordCount('   ')).toBe(0);
  });

  it('holds a text to 40–80 words, in bokmål and English, and passes one within it', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'ord').join(' ');
    expect(easyReadProblems('easyRead.nb', words(EASY_READ_RULE.minWords))).toEqual([]);
    expect(easyReadProblems('easyRead.nb', words(EASY_READ_RULE.maxWords))).toEqual([]);
    expect(easyReadProblems('easyRead.nb', words(39))).toEqual([
      {
        field: 'easyRead.nb',
        nb: 'en lettlest tekst skal ha 40–80 ord (har 39). Skriv korte setninger med vanlige ord.',
        en: 'an easy-read text has 40–80 words (this has 39). Write short sentences with common words.',
      },
    ]);
    expect(easyReadProblems('easyRead.en', words(81))[0]).toMatchObject({ field: 'easyRead.en' });
  });

  it('applies the text rules first: empty, invisible characters, more than 800 characters', () => {
    expect(easyReadProblems('easyRead.nb', '')[0]).toMatchObject({ en: 'must be filled in.' });
    expect(easyReadProblems('easyRead.nb', `Ord\u200b ${'ord '.repeat(45)}`)[0].en).toMatch(/invisible/);
    expect(easyReadProblems('easyRead.nb', 'langordet '.repeat(90))[0].en).toMatch(/at most 800 characters/);
  });
});
