import {
  checkIdentityNumber,
  parseIdentityNumber,
  syntheticIdentityNumber,
  withCheckDigits,
} from '../src/identity-number';

/** First number with valid check digits for a date part, trying individual numbers 500-999 (born 2000-2039). */
function firstValid(datePart: string): string {
  for (let n = 500; n <= 999; n++) {
    const number = withCheckDigits(`${datePart}${n}`);
    if (number) return number;
  }
  throw new Error(`no valid number for ${datePart}`);
}

describe('national identity numbers', () => {
  it('makes synthetic numbers that parse back to the same birth date', () => {
    for (const date of ['2008-03-14', '1999-12-31', '1954-01-01', '2000-02-29']) {
      const number = syntheticIdentityNumber(date);
      expect(number).toMatch(/^\d{11}$/);
      expect(parseIdentityNumber(number)).toEqual({ kind: 'synthetic', birthDate: date });
    }
  });

  it('rejects a number whose check digits are wrong', () => {
    const valid = syntheticIdentityNumber('2008-03-14');
    const broken = valid.slice(0, 10) + ((Number(valid[10]) + 1) % 10);
    expect(parseIdentityNumber(broken)).toBeNull();
  });

  it('rejects impossible dates and wrong lengths', () => {
    expect(parseIdentityNumber('3192080012')).toBeNull();
    expect(parseIdentityNumber('abcdefghijk')).toBeNull();
    // 30 February, with otherwise valid check digits computed by the generator's rules, cannot exist.
    expect(() => syntheticIdentityNumber('2007-02-30')).toThrow();
  });

  it('reads D-numbers (day + 40)', () => {
    // Born 31 December 2039: in the future, so no real person can have it.
    const dNumber = firstValid('711239');
    expect(parseIdentityNumber(dNumber)).toEqual({ kind: 'd-number', birthDate: '2039-12-31' });
  });

  it('accepts only synthetic numbers unless real ones are allowed', () => {
    const ordinary = firstValid('311239'); // ordinary form, future birth date: cannot be a real person's
    expect(parseIdentityNumber(ordinary)?.kind).toBe('fodselsnummer');
    expect(checkIdentityNumber(syntheticIdentityNumber('1990-05-05'), false)).toEqual([]);
    expect(checkIdentityNumber(ordinary, false)).toEqual([
      expect.objectContaining({ field: 'nationalIdentityNumber', en: expect.stringMatching(/only synthetic/) }),
    ]);
    expect(checkIdentityNumber(ordinary, true)).toEqual([]);
    expect(checkIdentityNumber('12345678901', true)).toEqual([
      expect.objectContaining({ field: 'nationalIdentityNumber', en: expect.stringMatching(/not a valid/) }),
    ]);
  });
});
