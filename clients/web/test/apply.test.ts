// The application's rules in the browser: each step's schema, the mapping of the server's field problems onto the
// form, and which step a person may be on.
import { describe, expect, it } from 'vitest';
import {
  aboutSchema,
  allowedStep,
  answersInput,
  experienceSchema,
  fieldId,
  mapServerFields,
  maskIdentityNumber,
  offersSchema,
  readStep,
  registerSchema,
  stepSearch,
  unionOfForms,
  valuesOfDraft,
  wardSchema,
  type AskedField,
} from '../src/pages/apply/rules';

const label = { nb: 'x', en: 'x' };
const field = (name: string, required = false): AskedField => ({ name, required, label });
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('step 1: who applies', () => {
  it('needs a given and a family name; e-mail and phone may be left out but must be usable when given', () => {
    expect(issues(registerSchema.safeParse({ givenName: ' ', familyName: '', email: '', phone: '' }))).toEqual({
      givenName: 'required',
      familyName: 'required',
    });
    expect(
      issues(registerSchema.safeParse({ givenName: 'Eirik', familyName: 'Bråten', email: 'eirik@', phone: '123' })),
    ).toEqual({ email: 'email', phone: 'phone' });
    expect(
      registerSchema.safeParse({ givenName: 'Eirik', familyName: 'Bråten', email: '', phone: '+4791234567' }).success,
    ).toBe(true);
    expect(
      issues(registerSchema.safeParse({ givenName: 'x'.repeat(101), familyName: 'B', email: '', phone: '' })),
    ).toEqual({ givenName: 'tooLong' });
  });

  it('a guardian names a new young person with 11 digits and a relation; the control digits are the server’s', () => {
    const base = { choice: 'new', givenName: 'Tiril', familyName: 'Nyland', relation: 'PARENT', guardianName: 'Kari' };
    expect(issues(wardSchema.safeParse({ ...base, nationalIdentityNumber: '1234' }))).toEqual({
      nationalIdentityNumber: 'identityNumber',
    });
    expect(wardSchema.safeParse({ ...base, nationalIdentityNumber: '123456 78901' }).success).toBe(true);
    expect(issues(wardSchema.safeParse({ ...base, relation: '', nationalIdentityNumber: '' }))).toEqual({
      nationalIdentityNumber: 'required',
      relation: 'chooseRelation',
    });
    // Picking a young person named before asks for nothing more than the guardian's own name.
    expect(
      wardSchema.safeParse({ ...base, choice: 'g1', givenName: '', relation: '', nationalIdentityNumber: '' }).success,
    ).toBe(true);
    expect(
      issues(wardSchema.safeParse({ ...base, choice: '', guardianName: '', nationalIdentityNumber: '' })),
    ).toMatchObject({ choice: 'chooseWard', guardianName: 'required' });
  });

  it('shows an identity number only as its birth-date part', () => {
    expect(maskIdentityNumber('01010712345')).toBe('010107 *****');
    expect(maskIdentityNumber('123')).toBe('*****');
  });
});

describe('step 2: the offers', () => {
  const offers = [
    { id: 'a', intakeMode: 'MAIN' },
    { id: 'b', intakeMode: 'MAIN' },
    { id: 'c', intakeMode: 'CONTINUOUS' },
    ...['d', 'e', 'f', 'g'].map((id) => ({ id, intakeMode: 'MAIN' })),
  ];
  const schema = offersSchema(offers);
  it('needs at least one offer and at most five', () => {
    expect(issues(schema.safeParse({ offerIds: [], newcomer: false }))).toEqual({ offerIds: 'atLeastOneOffer' });
    expect(issues(schema.safeParse({ offerIds: ['a', 'b', 'd', 'e', 'f', 'g'], newcomer: false }))).toEqual({
      offerIds: 'tooManyOffers',
    });
    expect(schema.safeParse({ offerIds: ['a', 'b'], newcomer: false }).success).toBe(true);
  });
  it('does not mix main intake and continuous intake (the hub refuses it)', () => {
    expect(issues(schema.safeParse({ offerIds: ['a', 'c'], newcomer: false }))).toEqual({ offerIds: 'mixedIntake' });
  });
});

describe('step 3: about you, only what the chosen kinds ask for', () => {
  const today = '2026-12-02';
  it('asks the union of the forms, required when any form requires it', () => {
    const asked = unionOfForms([
      { fields: [field('desiredStartDate'), field('daysPerWeek')] },
      { fields: [field('desiredStartDate', true), field('tradeWishes')] },
    ]);
    expect(asked.map((f) => [f.name, f.required])).toEqual([
      ['desiredStartDate', true],
      ['daysPerWeek', false],
      ['tradeWishes', false],
    ]);
  });
  it('has only the questions asked, and a required one must be answered', () => {
    const schema = aboutSchema([field('desiredStartDate', true), field('daysPerWeek')], today);
    expect(Object.keys(schema.shape)).toEqual(['desiredStartDate', 'daysPerWeek']);
    expect(issues(schema.safeParse({ desiredStartDate: '', daysPerWeek: '' }))).toEqual({
      desiredStartDate: 'required',
    });
  });
  it('refuses a start before today, days outside 1–5, hours outside (0, 37.5], and long texts', () => {
    const schema = aboutSchema(
      ['desiredStartDate', 'daysPerWeek', 'hoursPerWeek', 'activityWishes', 'navContact'].map((n) => field(n)),
      today,
    );
    const ok = { desiredStartDate: today, daysPerWeek: '5', hoursPerWeek: '37,5', activityWishes: '', navContact: '' };
    expect(schema.safeParse(ok).success).toBe(true);
    expect(
      issues(
        schema.safeParse({
          desiredStartDate: '2026-12-01',
          daysPerWeek: '6',
          hoursPerWeek: '0',
          activityWishes: 'x'.repeat(1001),
          navContact: 'x'.repeat(201),
        }),
      ),
    ).toEqual({
      desiredStartDate: 'dateInPast',
      daysPerWeek: 'daysRange',
      hoursPerWeek: 'hoursRange',
      activityWishes: 'tooLong',
      navContact: 'tooLong',
    });
    expect(issues(schema.safeParse({ ...ok, daysPerWeek: '2.5', hoursPerWeek: '38' }))).toEqual({
      daysPerWeek: 'daysRange',
      hoursPerWeek: 'hoursRange',
    });
  });
});

describe('step 4: work trials, job tastes and work practice', () => {
  const schema = experienceSchema([field('workTrials'), field('jobTastes')]);
  it('checks each entry: a place, dates, and no end before the start; at most ten', () => {
    expect(
      issues(
        schema.safeParse({
          workTrials: [{ place: '', startDate: '2026-03-02', endDate: '2026-03-01' }],
          jobTastes: [{ place: 'Kafé', date: '' }],
        }),
      ),
    ).toEqual({
      'workTrials.0.place': 'required',
      'workTrials.0.endDate': 'endBeforeStart',
      'jobTastes.0.date': 'date',
    });
    const many = Array.from({ length: 11 }, () => ({ place: 'Kafé', date: '2026-01-05' }));
    expect(issues(schema.safeParse({ workTrials: [], jobTastes: many }))).toEqual({ jobTastes: 'tooManyEntries' });
    expect(Object.keys(schema.shape)).toEqual(['workTrials', 'jobTastes']);
  });
});

describe('from the form to the draft and back', () => {
  it('sends what is asked, and clears what the chosen offers no longer ask for', () => {
    const values = valuesOfDraft({
      daysPerWeek: 3,
      tradeWishes: 'Snekker',
      experience: [{ kind: 'JOB_TASTE', place: 'Kafé', startDate: '2026-01-05' }],
    });
    expect(values.daysPerWeek).toBe('3');
    expect(values.jobTastes).toEqual([{ place: 'Kafé', date: '2026-01-05' }]);
    const input = answersInput({ ...values, hoursPerWeek: '7,5' }, [field('daysPerWeek'), field('hoursPerWeek')]);
    expect(input).toMatchObject({ daysPerWeek: 3, hoursPerWeek: 7.5, tradeWishes: null, jobTastes: [] });
  });
});

describe('the server’s BAD_USER_INPUT fields on the form', () => {
  it('puts each problem at its step and field, with the id the summary links to', () => {
    const mapped = mapServerFields([
      { field: 'offerIds.1', nb: 'finnes ikke', en: 'unknown' },
      { field: 'workTrials.0.place', nb: 'mangler', en: 'missing' },
      { field: 'daysPerWeek', nb: '1 til 5', en: '1 to 5' },
      { field: 'givenName', nb: 'for lang', en: 'too long' },
      { field: 'somethingElse', nb: '?', en: '?' },
    ]);
    expect(mapped.map(({ step, field, id }) => [step, field, id])).toEqual([
      [2, 'offerIds', 'apply-offerIds'],
      [4, 'workTrials.0.place', 'apply-workTrials-0-place'],
      [3, 'daysPerWeek', 'apply-daysPerWeek'],
      [1, 'givenName', 'apply-givenName'],
      [5, 'somethingElse', 'apply-somethingElse'],
    ]);
    expect(fieldId('jobTastes.2.date')).toBe('apply-jobTastes-2-date');
  });
});

describe('the steps', () => {
  it('reads the step from the URL, step 1 for anything odd', () => {
    expect(readStep('3')).toBe(3);
    expect(readStep('9')).toBe(1);
    expect(readStep('x')).toBe(1);
    expect(readStep(null)).toBe(1);
  });
  it('sends a person back to the first step they can be on', () => {
    expect(allowedStep(4, { applicant: false, draft: false, submitted: false })).toBe(1);
    expect(allowedStep(4, { applicant: true, draft: false, submitted: false })).toBe(2);
    expect(allowedStep(2, { applicant: false, draft: false, submitted: false })).toBe(1);
    expect(allowedStep(5, { applicant: false, draft: true, submitted: false })).toBe(5);
    expect(allowedStep(3, { applicant: true, draft: true, submitted: true })).toBeNull();
  });
  it('keeps the draft in the URL, else the offer chosen on its page', () => {
    expect(stepSearch(3, 'app-1', 'offer-9')).toBe('?utkast=app-1&steg=3');
    expect(stepSearch(2, undefined, 'offer-9')).toBe('?tilbud=offer-9&steg=2');
  });
});
