import { describe, expect, it } from 'vitest';
import { careerPlanSchema, monthsBetween, orNull, readerKey, timeline, waitedFor } from '../src/pages/mine/logic';

describe('the career plan form', () => {
  const plan = { shortTermWishes: 'Jobbe på kafé', longTermWishes: '', educationWishes: '' };
  it('takes a plan with one wish', () => {
    expect(careerPlanSchema.safeParse(plan).success).toBe(true);
  });
  it('wants at least one wish, told at the first field', () => {
    const result = careerPlanSchema.safeParse({ shortTermWishes: '  ', longTermWishes: '', educationWishes: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['shortTermWishes', 'mine.plan.empty'],
    ]);
  });
  it('refuses a wish over 2000 characters, at that field', () => {
    const result = careerPlanSchema.safeParse({ ...plan, educationWishes: 'x'.repeat(2001) });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['educationWishes', 'mine.plan.tooLong'],
    ]);
    expect(careerPlanSchema.safeParse({ ...plan, educationWishes: 'x'.repeat(2000) }).success).toBe(true);
  });
  it('sends an empty wish as null, to clear it', () => {
    expect(orNull('  ')).toBeNull();
    expect(orNull(' Snekker ')).toBe('Snekker');
  });
});

describe('who read my data, in words', () => {
  const entry = (readerRoles: string[], subgraph = 'intake', readerSub = 'someone') => ({
    readerRoles,
    subgraph,
    readerSub,
  });
  it('names the reader by role and organisation, never by id', () => {
    expect(readerKey(entry(['case-worker']))).toBe('caseWorker');
    expect(readerKey(entry(['provider-staff'], 'work-centre'))).toBe('workCentre');
    expect(readerKey(entry(['provider-staff'], 'day-services'))).toBe('dayServices');
    expect(readerKey(entry(['provider-staff'], 'arba'))).toBe('arba');
    expect(readerKey(entry(['provider-staff'], 'other'))).toBe('provider');
    expect(readerKey(entry(['nav-staff']))).toBe('nav');
    expect(readerKey(entry(['privacy-officer']))).toBe('privacyOfficer');
    expect(readerKey(entry(['guardian']))).toBe('guardian');
    expect(readerKey(entry([]))).toBe('someone');
  });
  it('says "you" for the signed-in person', () => {
    expect(readerKey(entry(['guardian'], 'intake', 'me'), 'me')).toBe('you');
    expect(readerKey(entry(['applicant']))).toBe('you');
  });
});

describe('waiting time in words', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2026-03-02', '2026-07-02')).toBe(4);
    expect(monthsBetween('2026-03-02', '2026-07-01')).toBe(3);
  });
  it('says days under a month, months under two years, years after', () => {
    expect(waitedFor('2026-11-20', '2026-12-02')).toEqual({ key: 'days', count: 12 });
    expect(waitedFor('2026-08-01', '2026-12-02')).toEqual({ key: 'months', count: 4 });
    expect(waitedFor('2023-11-01', '2026-12-02')).toEqual({ key: 'years', count: 3 });
  });
});

describe('an application’s timeline', () => {
  it('is oldest first, a day in Norway, a repeated status once', () => {
    const steps = timeline([
      { status: 'SUBMITTED', at: '2027-01-10T09:00:00.000Z', by: 'APPLICANT' },
      { status: 'DRAFT', at: '2027-01-05T23:30:00.000Z', by: 'APPLICANT' },
      { status: 'DRAFT', at: '2027-01-06T10:00:00.000Z', by: 'APPLICANT' },
      { status: 'DECIDED', at: '2027-03-12T12:00:00.000Z', by: 'CASE_WORKER' },
    ]);
    expect(steps).toEqual([
      { status: 'DRAFT', day: '2027-01-06', by: 'APPLICANT' },
      { status: 'SUBMITTED', day: '2027-01-10', by: 'APPLICANT' },
      { status: 'DECIDED', day: '2027-03-12', by: 'CASE_WORKER' },
    ]);
  });
});
