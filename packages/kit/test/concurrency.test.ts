import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { conflictOnRace, expectVersion, isRace, onRace } from '../src/concurrency';

const lostVersion = () => new OptimisticLockError('version moved');
const lostUnique = () => new UniqueConstraintViolationException(new Error('duplicate key'));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('expectVersion', () => {
  it('passes the version stored now, and checks nothing when none is expected', () => {
    expect(() => expectVersion({ version: 3 }, 3, { nb: 'Søknaden', en: 'Application 7' })).not.toThrow();
    expect(() => expectVersion({ version: 3 }, null, { nb: 'Søknaden', en: 'Application 7' })).not.toThrow();
    expect(() => expectVersion({ version: 3 }, undefined, { nb: 'Søknaden', en: 'Application 7' })).not.toThrow();
  });

  it('refuses a stale version with CONFLICT, the version now and both texts', () => {
    let error: unknown;
    try {
      expectVersion({ version: 4 }, 2, { nb: 'Vedtaket', en: 'Decision 9', it: 'det' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({
      code: 'CONFLICT',
      currentVersion: 4,
      messages: {
        nb: 'Vedtaket er endret siden versjon 2. Nå er det versjon 4. Les det på nytt.',
        en: 'Decision 9 has changed since version 2; it is now version 4.',
      },
    });
  });

  it('says only "Les på nytt" without a pronoun, and counts a record not yet stored as version 0', () => {
    expect(() => expectVersion({}, 1, { nb: 'Deltakeren', en: 'Participant 5' })).toThrow(
      'Deltakeren er endret siden versjon 1. Nå er den versjon 0. Les på nytt. / Participant 5 has changed since version 1; it is now version 0.',
    );
  });
});

describe('conflictOnRace', () => {
  it('returns what the work returns', async () => {
    await expect(conflictOnRace({ nb: 'Plassen', en: 'Placement 1' }, async () => 42)).resolves.toBe(42);
  });

  it('turns a lost version into CONFLICT, changed by someone else at the same time', async () => {
    const error = (await rejection(
      conflictOnRace({ nb: 'Plassen', en: 'Placement 1', it: 'den' }, () => Promise.reject(lostVersion())),
    )) as GraphQLError;
    expect(error.extensions).toEqual({
      code: 'CONFLICT',
      messages: {
        nb: 'Plassen ble endret av noen andre samtidig. Les den på nytt.',
        en: 'Placement 1 was changed by someone else at the same time; read it again.',
      },
    });
  });

  it('lets a unique violation through unless asked, and every other error always', async () => {
    const unique = lostUnique();
    expect(await rejection(conflictOnRace({ nb: 'X', en: 'X' }, () => Promise.reject(unique)))).toBe(unique);
    const other = new Error('database down');
    expect(
      await rejection(conflictOnRace({ nb: 'X', en: 'X' }, () => Promise.reject(other), ['version', 'unique'])),
    ).toBe(other);
    const caught = (await rejection(
      conflictOnRace({ nb: 'Overgangen', en: 'Transition 3' }, () => Promise.reject(lostUnique()), [
        'version',
        'unique',
      ]),
    )) as GraphQLError;
    expect(caught.extensions).toMatchObject({
      code: 'CONFLICT',
      messages: { nb: 'Overgangen ble endret av noen andre samtidig. Les på nytt.' },
    });
  });
});

describe('onRace', () => {
  it('throws the error given instead, or the race itself when none is given', async () => {
    const instead = new Error('the other meeting');
    expect(
      await rejection(
        onRace(
          ['unique'],
          () => Promise.reject(lostUnique()),
          () => instead,
        ),
      ),
    ).toBe(instead);
    const race = lostUnique();
    expect(
      await rejection(
        onRace(
          ['unique'],
          () => Promise.reject(race),
          async () => undefined,
        ),
      ),
    ).toBe(race);
    const version = lostVersion();
    expect(
      await rejection(
        onRace(
          ['unique'],
          () => Promise.reject(version),
          () => instead,
        ),
      ),
    ).toBe(version);
  });

  it('isRace tells the kinds apart', () => {
    expect(isRace(lostVersion())).toBe(true);
    expect(isRace(lostUnique())).toBe(false);
    expect(isRace(lostUnique(), ['unique'])).toBe(true);
    expect(isRace(new Error('x'), ['version', 'unique'])).toBe(false);
  });
});
