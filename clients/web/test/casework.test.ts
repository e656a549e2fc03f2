// The applications pages' logic: the URL's list state as the worklist's variables and cursors, where a page sits,
// the row's choices, the main-intake deadline, the decide form as decideApplication's input, a DateTime as an Oslo
// day, what a decision's placement tells, the refusal's advice, the VTA menu's start and a CONFLICT.
import { describe, expect, it } from 'vitest';
import { casework } from '../src/texts/casework';
import {
  choiceColumns,
  deadlineOf,
  decisionInput,
  isConflict,
  osloDay,
  PAGE_SIZE,
  placementOutcome,
  placementSettled,
  refusalAdvice,
  vtaStartOutcome,
  withoutCursor,
  withPageCursor,
  worklistPosition,
  worklistVariables,
  type DecideForm,
} from '../src/staff/casework/applications/logic';

// The graph's largest page (MAX_PAGE_SIZE in packages/kit/src/pagination.ts): more is refused with BAD_USER_INPUT.
const MAX_PAGE_SIZE = 100;
const noFilters = { status: '', round: '', kind: '', provider: '', q: '', after: '', before: '' };

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
      filters: {
        ...noFilters,
        status: 'SUBMITTED,UNDER_ASSESSMENT',
        round: 'MAIN',
        kind: 'ACTIVITY',
        provider: 'bkd',
        q: '  Åse ',
        after: 'end-of-page-2',
      },
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
      first: PAGE_SIZE,
      after: 'end-of-page-2',
    });
    expect(worklistVariables({ filters: noFilters, sort: 'deadline', direction: 'asc', page: 1 }).orderBy.field).toBe(
      'DEADLINE',
    );
    expect(worklistVariables({ filters: noFilters, sort: 'status', direction: 'asc', page: 1 }).orderBy.field).toBe(
      'STATUS',
    );
  });

  it('asks for one page after the cursor, never more than the graph answers, however far the page', () => {
    for (const page of [2, 5, 6, 7, 50]) {
      const variables = worklistVariables({
        filters: { ...noFilters, after: 'cursor-of-row-100' },
        sort: 'submitted',
        direction: 'asc',
        page,
      });
      expect(variables).toMatchObject({ first: PAGE_SIZE, after: 'cursor-of-row-100' });
      expect(variables.first).toBeLessThanOrEqual(MAX_PAGE_SIZE);
      expect(variables).not.toHaveProperty('last');
    }
  });

  it('pages back from the cursor before the page, and a page number without a cursor is the first page', () => {
    expect(
      worklistVariables({
        filters: { ...noFilters, before: 'cursor-of-row-101' },
        sort: 'name',
        direction: 'asc',
        page: 5,
      }),
    ).toEqual({
      filter: {},
      orderBy: { field: 'NAME', direction: 'ASC' },
      last: PAGE_SIZE,
      before: 'cursor-of-row-101',
    });
    expect(worklistVariables({ filters: noFilters, sort: 'submitted', direction: 'asc', page: 6 })).toEqual({
      filter: {},
      orderBy: { field: 'SUBMITTED_AT', direction: 'ASC' },
      first: PAGE_SIZE,
    });
  });
});

describe('the worklist’s cursors in the URL', () => {
  const pageInfo = { startCursor: 'start-of-page-5', endCursor: 'end-of-page-5' };

  it('goes forward from the end of the page shown and back from its start, with the page’s number', () => {
    const at = new URLSearchParams('status=SUBMITTED&after=end-of-page-4&page=5');
    expect(withPageCursor(at, 6, 5, pageInfo).toString()).toBe('status=SUBMITTED&after=end-of-page-5&page=6');
    expect(withPageCursor(at, 4, 5, pageInfo).toString()).toBe('status=SUBMITTED&before=start-of-page-5&page=4');
    // The first page needs no cursor.
    expect(withPageCursor(at, 1, 2, pageInfo).toString()).toBe('status=SUBMITTED');
  });

  it('starts over after a new filter or sort: the cursor belonged to the old order', () => {
    expect(withoutCursor(new URLSearchParams('sort=name&before=x&page=3')).toString()).toBe('sort=name');
  });

  it('places the rows shown, and says when the page or its cursor is past the end', () => {
    const at = (page: number, cursor: Partial<typeof noFilters> = {}) => ({
      page,
      filters: { ...noFilters, ...cursor },
    });
    // Row 101 to 120 of 130: page 6 of 7.
    expect(worklistPosition(at(6, { after: 'c' }), PAGE_SIZE, 130)).toEqual({ kind: 'page', page: 6, pages: 7 });
    // The cursor after the last row: nothing there, though applications match.
    expect(worklistPosition(at(8, { after: 'c' }), 0, 130)).toEqual({ kind: 'pastEnd', page: 8, pages: 7 });
    expect(worklistPosition(at(3, { after: 'c' }), 0, 45)).toEqual({ kind: 'pastEnd', page: 3, pages: 3 });
    // A typed page number past the end says so; one inside the list shows the first page (no cursor to it).
    expect(worklistPosition(at(9), PAGE_SIZE, 45)).toEqual({ kind: 'pastEnd', page: 9, pages: 3 });
    expect(worklistPosition(at(2), PAGE_SIZE, 45)).toEqual({ kind: 'page', page: 1, pages: 3 });
    // No application matches: the table says so, not "past the end".
    expect(worklistPosition(at(1), 0, 0)).toEqual({ kind: 'page', page: 1, pages: 1 });
  });
});

describe('choiceColumns', () => {
  const choice = (rank: number, title: string, provider: string, kind: string) => ({
    rank,
    offer: { kind, title: { nb: title, en: `${title} (en)` }, provider: { name: provider } },
  });

  it('shows every choice in the applicant’s order, and each provider and kind once', () => {
    const choices = [
      choice(3, 'Kafé Binna', 'BKD', 'ACTIVITY'),
      choice(1, 'Grøntarbeid', 'Bærum Arbeidssenter', 'ADAPTED_WORK'),
      choice(2, 'Kreativt verksted', 'BKD', 'ACTIVITY'),
    ];
    expect(choiceColumns(choices, 'nb')).toEqual({
      offers: ['Grøntarbeid', 'Kreativt verksted', 'Kafé Binna'],
      providers: ['Bærum Arbeidssenter', 'BKD'],
      kinds: ['ADAPTED_WORK', 'ACTIVITY'],
    });
    expect(choiceColumns(choices, 'en').offers[0]).toBe('Grøntarbeid (en)');
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

describe('placementOutcome', () => {
  const text = (language: 'nb' | 'en', key: string) =>
    key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], casework[language].placed);

  it('says what the provider answered to the grant, after sending it and after asking again', () => {
    const grant = (placementStatus: 'PLACEMENT_CREATED' | 'PLACEMENT_REQUESTED' | 'PLACEMENT_REFUSED') =>
      ({ outcome: 'GRANTED', placementStatus }) as const;
    expect(placementOutcome('decided', grant('PLACEMENT_CREATED'))).toBe('decided.PLACEMENT_CREATED');
    expect(placementOutcome('decided', grant('PLACEMENT_REFUSED'))).toBe('decided.PLACEMENT_REFUSED');
    expect(placementOutcome('retried', grant('PLACEMENT_REFUSED'))).toBe('retried.PLACEMENT_REFUSED');
    expect(placementOutcome('retried', grant('PLACEMENT_REQUESTED'))).toBe('retried.PLACEMENT_REQUESTED');
    expect(text('nb', 'retried.PLACEMENT_REFUSED')).toMatch(/sa nei igjen/);
    expect(text('en', 'retried.PLACEMENT_CREATED')).toMatch(/placed/);
    expect(text('nb', 'decided.PLACEMENT_REQUESTED')).toMatch(/ikke svart/);
  });

  it('says a rejection and a waiting list without a placement', () => {
    expect(placementOutcome('decided', { outcome: 'REJECTED', placementStatus: null })).toBe('decided.REJECTED');
    expect(placementOutcome('decided', { outcome: 'WAITING' })).toBe('decided.WAITING');
  });

  it('has a text in nb and en for every outcome of every write', () => {
    const outcomes = ['GRANTED', 'REJECTED', 'WAITING'] as const;
    const statuses = ['PLACEMENT_REQUESTED', 'PLACEMENT_CREATED', 'PLACEMENT_REFUSED', 'ARRANGED_DIRECTLY'] as const;
    for (const write of ['decided', 'retried'] as const) {
      for (const key of [
        ...outcomes.map((outcome) => placementOutcome(write, { outcome })),
        ...statuses.map((placementStatus) => placementOutcome(write, { outcome: 'GRANTED', placementStatus })),
      ]) {
        expect(typeof text('nb', key), key).toBe('string');
        expect(typeof text('en', key), key).toBe('string');
      }
    }
  });

  it('counts a refusal and an unanswered request as asking for more, a place as settled', () => {
    expect(placementSettled('PLACEMENT_CREATED')).toBe(true);
    expect(placementSettled('ARRANGED_DIRECTLY')).toBe(true);
    expect(placementSettled(null)).toBe(true);
    expect(placementSettled('PLACEMENT_REFUSED')).toBe(false);
    expect(placementSettled('PLACEMENT_REQUESTED')).toBe(false);
  });
});

describe('refusalAdvice', () => {
  it('has advice for the providers’ placement rules, and general advice for anything else', () => {
    expect(refusalAdvice('GROUP_FULL')).toBe('GROUP_FULL');
    expect(refusalAdvice('ALREADY_PLACED')).toBe('ALREADY_PLACED');
    expect(refusalAdvice('NO_FREE_PLACE')).toBe('NO_FREE_PLACE');
    expect(refusalAdvice('DAYS_PER_WEEK')).toBe('other');
    expect(refusalAdvice(null)).toBe('other');
    for (const rule of ['GROUP_FULL', 'ALREADY_PLACED', 'NO_FREE_PLACE', 'other'] as const) {
      expect(casework.nb.decision.advice[rule]).toBeTruthy();
      expect(casework.en.decision.advice[rule]).toBeTruthy();
    }
    expect(casework.nb.decision.advice.GROUP_FULL).toMatch(/annen gruppe/);
  });
});

describe('vtaStartOutcome', () => {
  it('starts the menu on the outcome recorded, and on none while not assessed', () => {
    expect(vtaStartOutcome('NOT_RECOMMENDED')).toBe('NOT_RECOMMENDED');
    expect(vtaStartOutcome('NEEDS_TRIAL')).toBe('NEEDS_TRIAL');
    expect(vtaStartOutcome('RECOMMENDED')).toBe('RECOMMENDED');
    expect(vtaStartOutcome('PENDING')).toBe('');
    expect(vtaStartOutcome(undefined)).toBe('');
  });
});

describe('isConflict', () => {
  it('knows a CONFLICT from any other failure', () => {
    expect(isConflict({ code: 'CONFLICT' })).toBe(true);
    expect(isConflict({ code: 'BAD_USER_INPUT' })).toBe(false);
    expect(isConflict(new Error('CONFLICT'))).toBe(false);
    expect(isConflict(null)).toBe(false);
  });
});
