// The applications pages' logic: the URL's list state as the worklist's variables and its page of rows, the
// main-intake deadline, the decide form as decideApplication's input, and a DateTime as an Oslo day.
import { describe, expect, it } from 'vitest';
import {
  deadlineOf,
  decisionInput,
  osloDay,
  PAGE_SIZE,
  pageRows,
  worklistVariables,
  type DecideForm,
} from '../src/staff/casework/applications/logic';

const noFilters = { status: '', round: '', kind: '', provider: '', q: '' };

describe('worklistVariables', () => {
  it('asks for every application by submission, oldest first, when the URL says nothing', () => {
    expect(worklistVariables({ filters: noFilters, sort: 'submitted', direction: 'asc', page: 1 })).toEqual({
      filter: {},
      orderBy: { field: 'SUBMITTED_AT', direction: 'ASC' },
      first: PAGE_SIZE,
    });
  });

  it('turns each filter, the sort and the page into the query’s terms', () => {
    const variables = worklistVariables({
      filters: { status: 'SUBMITTED,UNDER_ASSESSMENT', round: 'MAIN', kind: 'ACTIVITY', provider: 'bkd', q: '  Åse ' },
      sort: 'name',
      direction: 'desc',
      page: 3,
    });
    expect(variables).toEqual({
      filter: {
        status: ['SUBMITTED', 'UNDER_ASSESSMENT'],
        round: 'MAIN',
        kind: 'ACTIVITY',
        providerId: 'bkd',
        search: 'Åse',
      },
      orderBy: { field: 'NAME', direction: 'DESC' },
      first: 3 * PAGE_SIZE,
    });
    expect(worklistVariables({ filters: noFilters, sort: 'deadline', direction: 'asc', page: 1 }).orderBy.field).toBe(
      'DEADLINE',
    );
    expect(worklistVariables({ filters: noFilters, sort: 'status', direction: 'asc', page: 1 }).orderBy.field).toBe(
      'STATUS',
    );
  });

  it('shows the page’s rows out of the rows asked for', () => {
    const rows = Array.from({ length: 2 * PAGE_SIZE + 3 }, (_, i) => i);
    expect(pageRows(rows, 1)).toEqual(rows.slice(0, PAGE_SIZE));
    expect(pageRows(rows, 3)).toEqual([2 * PAGE_SIZE, 2 * PAGE_SIZE + 1, 2 * PAGE_SIZE + 2]);
  });
});

describe('deadlineOf and osloDay', () => {
  it('gives 1 February of the intake year, and none for continuous intake', () => {
    expect(deadlineOf(2027)).toBe('2027-02-01');
    expect(deadlineOf(null)).toBeNull();
  });

  it('gives the day in Oslo, also just after midnight there', () => {
    expect(osloDay('2026-12-03T23:30:00.000Z')).toBe('2026-12-04');
    expect(osloDay('2026-06-30T21:59:00.000Z')).toBe('2026-06-30');
  });
});

describe('decisionInput', () => {
  const form: DecideForm = {
    outcome: 'GRANTED',
    offerId: 'offer-1',
    groupId: 'group-1',
    startDate: '2027-01-04',
    daysPerWeek: '3',
    hoursPerWeek: '',
    reason: '  ',
  };

  it('sends what a grant takes, numbers as numbers, blanks left out', () => {
    expect(decisionInput('app-1', 4, form)).toEqual({
      applicationId: 'app-1',
      expectedVersion: 4,
      outcome: 'GRANTED',
      offerId: 'offer-1',
      groupId: 'group-1',
      startDate: '2027-01-04',
      daysPerWeek: 3,
    });
    expect(decisionInput('app-1', 4, { ...form, daysPerWeek: '', hoursPerWeek: '12,5' }).hoursPerWeek).toBe(12.5);
  });

  it('sends only the reason for a rejection, and the offer waited for on the waiting list', () => {
    expect(decisionInput('app-1', 4, { ...form, outcome: 'REJECTED', reason: ' Ingen plass. ' })).toEqual({
      applicationId: 'app-1',
      expectedVersion: 4,
      outcome: 'REJECTED',
      reason: 'Ingen plass.',
    });
    expect(decisionInput('app-1', 4, { ...form, outcome: 'WAITING' })).toEqual({
      applicationId: 'app-1',
      expectedVersion: 4,
      outcome: 'WAITING',
      offerId: 'offer-1',
    });
  });
});
