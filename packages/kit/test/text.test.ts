import {
  characterCount,
  compareNorwegian,
  normalizeSearch,
  normalizeText,
  norwegianSortKey,
  textProblems,
} from '../src/text';

describe('Norwegian text (issue 11)', () => {
  // "Åse" typed on a keyboard that sends A + combining ring was stored as it came and not found by "åse".
  it('normalises a decomposed "Åse" to the same NFC text and search words as a composed one', () => {
    expect(normalizeText(' A\u030Ase ')).toBe('\u00C5se');
    expect(normalizeSearch('A\u030Ase')).toBe(normalizeSearch('åse'));
  });

  // Length was UTF-16 units: 60 emoji counted 120 and were refused under a 100 limit.
  it('counts 60 emoji as 60 characters, under a limit of 100', () => {
    const emoji = '😀'.repeat(60);
    expect(emoji.length).toBe(120);
    expect(characterCount(emoji)).toBe(60);
    expect(textProblems('givenName', emoji, { max: 100 })).toEqual([]);
    expect(textProblems('givenName', 'å'.repeat(101), { max: 100 })).toEqual([
      expect.objectContaining({ field: 'givenName', nb: 'kan ha høyst 100 tegn (har 101).' }),
    ]);
  });

  // A TAB or BEL in a name was stored and broke letters and exports.
  it('refuses a TAB or BEL in a name, and a line break in a one-line field', () => {
    for (const name of ['Per\tOla', 'Per\u0007', 'Per\nOla', 'Per\u200BOla']) {
      expect(textProblems('givenName', name, { max: 100 })).toEqual([
        expect.objectContaining({ field: 'givenName', en: expect.stringContaining('invisible character') }),
      ]);
    }
  });

  it('lets multi-line text keep its line breaks (\\r\\n as \\n) but no other control character', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(textProblems('note', 'Første linje\r\nAndre linje', { max: 100, multiline: true })).toEqual([]);
    expect(textProblems('note', 'Første\tlinje', { max: 100, multiline: true })).toHaveLength(1);
  });

  it('keeps emoji made with a zero-width joiner', () => {
    expect(textProblems('note', 'Familie 👨‍👩‍👧', { max: 100 })).toEqual([]);
  });

  it('asks for a required text in plain words, in both languages', () => {
    expect(textProblems('givenName', '  ', { max: 100 })).toEqual([
      { field: 'givenName', nb: 'må fylles ut.', en: 'must be filled in.' },
    ]);
  });

  // Byte order put "Ørnvik" before "Zahl" and "Aasen" first; Norwegian order is … X, Y, Z, Æ, Ø, Å with Aa as Å.
  it('sorts … Z, Æ, Ø, Å, with "Aa" as Å and é as e', () => {
    const names = ['Åsheim', 'Aasen', 'Ørnvik', 'Zahl', 'Ærø', 'Berg', 'Éva', 'eide', 'Andersen'];
    expect([...names].sort(compareNorwegian)).toEqual([
      'Andersen',
      'Berg',
      'eide',
      'Éva',
      'Zahl',
      'Ærø',
      'Ørnvik',
      'Aasen',
      'Åsheim',
    ]);
    expect(norwegianSortKey('A\u030Asheim')).toBe(norwegianSortKey('åsheim'));
  });
});
