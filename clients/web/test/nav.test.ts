import { describe, expect, it } from 'vitest';
import {
  currentExtent,
  IMPORT_LIMIT_BYTES,
  importFileProblem,
  kilobytes,
  looksLikeText,
  osloDay,
  pageOf,
  waitingList,
} from '../src/staff/nav/logic';

describe('the import file', () => {
  it('must be chosen, not empty, and at most the graph’s limit', () => {
    expect(importFileProblem(null)).toBe('noFile');
    expect(importFileProblem({ size: 0 })).toBe('empty');
    expect(importFileProblem({ size: IMPORT_LIMIT_BYTES })).toBeNull();
    expect(importFileProblem({ size: IMPORT_LIMIT_BYTES + 1 })).toBe('tooLarge');
  });
  it('keeps the limit of the NAV subgraph (450 kB), said in whole kB rounded up', () => {
    expect(IMPORT_LIMIT_BYTES).toBe(450_000);
    expect(kilobytes(IMPORT_LIMIT_BYTES)).toBe(450);
    expect(kilobytes(1)).toBe(1);
    expect(kilobytes(1001)).toBe(2);
  });
  it('must be text: no NUL bytes, nothing that was not UTF-8', () => {
    expect(looksLikeText('{"key":"a","value":null}\n{"key": "Bærum"}')).toBe(true);
    expect(looksLikeText('PK\u0003\u0004\u0000\u0000')).toBe(false);
    expect(looksLikeText('caf\uFFFD')).toBe(false);
  });
});

describe('the waiting list from the records', () => {
  const records = [
    { id: 'c', status: 'VENTELISTE', statusAt: '2026-03-01T08:00:00.000Z' },
    { id: 'a', status: 'DELTAR', statusAt: '2026-01-01T08:00:00.000Z' },
    { id: 'b', status: 'VENTELISTE', statusAt: '2026-02-01T08:00:00.000Z' },
    { id: 'd', status: 'VENTELISTE', statusAt: '2026-02-01T08:00:00.000Z' },
  ];
  it('takes the waiting records only, longest waiting first, ties by id, numbered from 1', () => {
    expect(waitingList(records).map((r) => [r.position, r.id])).toEqual([
      [1, 'b'],
      [2, 'd'],
      [3, 'c'],
    ]);
  });
  it('leaves the records as they were', () => {
    waitingList(records);
    expect(records.map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('the extent in force', () => {
  const extent = [
    { validFrom: '2026-01-01', percent: 50 },
    { validFrom: '2026-06-01', percent: 80 },
    { validFrom: '2027-01-01', percent: 100 },
  ];
  it('is the latest period that has started', () => {
    expect(currentExtent(extent, '2026-07-15')?.percent).toBe(80);
    expect(currentExtent(extent, '2026-06-01')?.percent).toBe(80);
    expect(currentExtent(extent, '2025-12-31')).toBeNull();
    expect(currentExtent([], '2026-07-15')).toBeNull();
  });
});

describe('days and pages', () => {
  it('takes the day in Norway, not in UTC', () => {
    expect(osloDay('2026-11-04T23:30:00.000Z')).toBe('2026-11-05');
    expect(osloDay('2026-07-01T21:59:00.000Z')).toBe('2026-07-01');
  });
  it('pages rows, and a page past the end shows the last page', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(rows, 1, 20)).toMatchObject({ page: 1, pages: 3, rows: rows.slice(0, 20) });
    expect(pageOf(rows, 3, 20).rows).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(rows, 9, 20).page).toBe(3);
    expect(pageOf([], 1, 20)).toEqual({ page: 1, pages: 1, rows: [] });
  });
});
