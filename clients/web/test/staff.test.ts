// The staff workspaces' shared parts: who sees which workspace, Norwegian sorting of table rows, and a list's
// state in the URL (filters, sort and page survive a reload and "back").
import { describe, expect, it } from 'vitest';
import { sortRows, type Column } from '../src/staff/table-model';
import { readList, withFilters, withPage, withSort } from '../src/staff/list-state';
import { isStaff, workspacesFor } from '../src/staff/workspaces';

describe('the workspaces of a role', () => {
  it('gives each staff role its own and citizens none', () => {
    expect(workspacesFor(['case-worker']).map((w) => w.id)).toEqual(['casework', 'flow']);
    expect(workspacesFor(['provider-staff']).map((w) => w.id)).toEqual(['provider']);
    expect(workspacesFor(['nav-staff']).map((w) => w.id)).toEqual(['nav']);
    expect(workspacesFor(['privacy-officer']).map((w) => w.id)).toEqual(['privacy']);
    expect(workspacesFor(['applicant', 'guardian', 'analyst'])).toEqual([]);
    expect(isStaff(['guardian'])).toBe(false);
    expect(isStaff(['nav-staff'])).toBe(true);
  });
});

describe('sortRows', () => {
  const columns: Column<{ name: string; days: number | null }>[] = [
    { key: 'name', header: 'Navn', cell: (row) => row.name, sortValue: (row) => row.name },
    { key: 'days', header: 'Dager', cell: (row) => row.days, sortValue: (row) => row.days },
  ];
  const rows = [
    { name: 'Åse', days: 3 },
    { name: 'Ørjan', days: null },
    { name: 'Bjørn', days: 10 },
    { name: 'Ærlend', days: 1 },
  ];

  it('sorts names in Norwegian order, æ, ø and å last', () => {
    expect(sortRows(rows, columns, 'name', 'asc').map((row) => row.name)).toEqual(['Bjørn', 'Ærlend', 'Ørjan', 'Åse']);
    expect(sortRows(rows, columns, 'name', 'desc').map((row) => row.name)).toEqual(['Åse', 'Ørjan', 'Ærlend', 'Bjørn']);
  });

  it('sorts numbers as numbers, with empty values last either way', () => {
    expect(sortRows(rows, columns, 'days', 'asc').map((row) => row.days)).toEqual([1, 3, 10, null]);
    expect(sortRows(rows, columns, 'days', 'desc').map((row) => row.days)).toEqual([10, 3, 1, null]);
  });
});

describe('a list in the URL', () => {
  const defaults = { filters: ['status', 'q'] as const, sort: 'submitted', direction: 'desc' as const };
  const at = (search: string) => new URLSearchParams(search);

  it('reads filters, sort and page from the URL, with defaults for what is not there', () => {
    expect(readList(at('status=SUBMITTED&page=3'), defaults)).toEqual({
      filters: { status: 'SUBMITTED', q: '' },
      sort: 'submitted',
      direction: 'desc',
      page: 3,
    });
  });

  it('writes a filter and goes back to page 1; an empty value removes it', () => {
    expect(withFilters(at('status=SUBMITTED&page=3'), { q: 'Nordmann', status: '' }).toString()).toBe('q=Nordmann');
  });

  it('sorts ascending by a new column, and the other way when pressed again', () => {
    const once = withSort(at('page=2'), 'name', defaults);
    expect(readList(once, defaults)).toMatchObject({ sort: 'name', direction: 'asc', page: 1 });
    const twice = withSort(once, 'name', defaults);
    expect(readList(twice, defaults)).toMatchObject({ sort: 'name', direction: 'desc' });
    expect(withPage(twice, 4).toString()).toBe('sort=name&dir=desc&page=4');
    expect(withPage(withPage(twice, 4), 1).toString()).toBe('sort=name&dir=desc');
  });

  it('takes a broken page number or direction as the default', () => {
    expect(readList(at('page=-2&dir=sideways'), defaults)).toMatchObject({ page: 1, direction: 'desc' });
  });
});
