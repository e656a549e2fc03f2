import { describe, expect, it } from 'vitest';
import {
  ago,
  ageOn,
  correctionInput,
  feedState,
  leftReasonKeys,
  openApplications,
  registerSchema,
  waitedDays,
  waitedText,
} from '../src/staff/casework/participants/logic';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('registering a participant', () => {
  const valid = {
    givenName: 'Vilde',
    familyName: 'Nordhagen',
    nationalIdentityNumber: '20850812345',
    email: '',
    phone: '',
  };
  it('takes names and an 11-digit number, spaces left out', () => {
    const result = registerSchema.safeParse({ ...valid, nationalIdentityNumber: '208508 12345' });
    expect(result.success).toBe(true);
    expect(result.data?.nationalIdentityNumber).toBe('20850812345');
  });
  it('says what is wrong at each field', () => {
    const result = registerSchema.safeParse({
      givenName: ' ',
      familyName: 'x'.repeat(101),
      nationalIdentityNumber: '1234',
      email: 'not-an-address',
      phone: '12',
    });
    expect(issues(result)).toEqual([
      ['givenName', 'required'],
      ['familyName', 'tooLong'],
      ['nationalIdentityNumber', 'identityNumber'],
      ['email', 'email'],
      ['phone', 'phone'],
    ]);
  });
  it('wants the identity number', () => {
    expect(issues(registerSchema.safeParse({ ...valid, nationalIdentityNumber: '' }))).toEqual([
      ['nationalIdentityNumber', 'required'],
    ]);
  });
});

describe('correcting a participant', () => {
  const before = { givenName: 'Tiril', familyName: 'Eikeland', email: null, phone: '00030016' };
  it('sends only what changed, and an emptied contact as null', () => {
    expect(
      correctionInput(before, { givenName: 'Tiril', familyName: 'Eikeland', email: 'a@example.com', phone: '' }),
    ).toEqual({
      email: 'a@example.com',
      phone: null,
    });
  });
  it('sends nothing when nothing changed', () => {
    expect(
      correctionInput(before, { givenName: ' Tiril ', familyName: 'Eikeland', email: '', phone: '00030016' }),
    ).toEqual({});
  });
});

describe('ages and waiting times', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageOn('2008-03-14', '2026-03-13')).toBe(17);
    expect(ageOn('2008-03-14', '2026-03-14')).toBe(18);
  });
  it('counts waiting to the day they left, or to today', () => {
    expect(waitedDays({ since: '2026-03-02', leftOn: '2026-03-16' }, '2026-12-01')).toBe(14);
    expect(waitedDays({ since: '2026-11-24', leftOn: null }, '2026-12-01')).toBe(7);
  });
  it('says weeks and days', () => {
    expect(waitedText(3)).toEqual({ key: 'days', weeks: 0, days: 3 });
    expect(waitedText(14)).toEqual({ key: 'weeks', weeks: 2, days: 0 });
    expect(waitedText(17)).toEqual({ key: 'weeksDays', weeks: 2, days: 3 });
  });
});

describe('why someone left a list', () => {
  it('splits NAV’s status and reason, and knows its own words', () => {
    expect(leftReasonKeys('IKKE_AKTUELL/FATT_JOBB')).toEqual({ status: 'IKKE_AKTUELL', cause: 'FATT_JOBB' });
    expect(leftReasonKeys('PLACED')).toEqual({ status: 'PLACED', cause: null });
  });
  it('leaves unknown words to the source', () => {
    expect(leftReasonKeys('MOVED_AWAY')).toEqual({ status: null, cause: null });
    expect(leftReasonKeys(null)).toEqual({ status: null, cause: null });
  });
});

describe('how fresh a feed is', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('says seconds, minutes, hours and days ago', () => {
    expect(ago('2026-12-01T11:59:30Z', now)).toEqual({ value: -30, unit: 'second' });
    expect(ago('2026-12-01T11:58:00Z', now)).toEqual({ value: -2, unit: 'minute' });
    expect(ago('2026-12-01T09:00:00Z', now)).toEqual({ value: -3, unit: 'hour' });
    expect(ago('2026-11-28T12:00:00Z', now)).toEqual({ value: -3, unit: 'day' });
  });
  it('tells a failing, a lagging, an unread and a current feed apart', () => {
    expect(feedState({ behind: 0, lastSyncedAt: null, lastError: 'down' })).toBe('failing');
    expect(feedState({ behind: 0, lastSyncedAt: null })).toBe('never');
    expect(feedState({ behind: 4, lastSyncedAt: '2026-12-01T11:00:00Z' })).toBe('behind');
    expect(feedState({ behind: 0, lastSyncedAt: '2026-12-01T11:00:00Z', lastError: null })).toBe('current');
  });
});

describe('open applications', () => {
  it('counts submitted and those under assessment only', () => {
    expect(
      openApplications([
        { status: 'DRAFT' },
        { status: 'SUBMITTED' },
        { status: 'UNDER_ASSESSMENT' },
        { status: 'DECIDED' },
        { status: 'WITHDRAWN' },
      ]),
    ).toBe(2);
  });
});
