// The figures pages' rules (src/dashboard/model.ts, chart-model.ts): the filters in the URL, hidden counts as "<5",
// the CSV for Norwegian Excel, the plain-language trend, and the charts' axis and keyboard moves.
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import manifest from '../../persisted-documents.json';
import { DASHBOARD_OPERATIONS } from '../src/dashboard/documents';
import { labelEvery, labelled, nextPosition, niceAxis, segments } from '../src/dashboard/chart-model';
import {
  cellText,
  countText,
  csvFileName,
  defaultFilters,
  filterProblems,
  hiddenReason,
  readFilters,
  roundName,
  shareText,
  toCsv,
  trendOf,
  withDashboardFilters,
  type Count,
  type CsvColumn,
} from '../src/dashboard/model';

const TODAY = '2026-12-06';
const shown = (value: number): Count => ({ value, suppressed: false, reason: null });
const HIDDEN: Count = {
  value: null,
  suppressed: true,
  reason:
    'Skjult: tall under 5 personer vises ikke, og heller ikke tall som de kan regnes ut fra. / Hidden: counts under 5 people are not shown, nor counts they could be worked out from.',
};

describe('the filters in the URL', () => {
  it('default to the last 12 months from the 1st, monthly, by provider', () => {
    expect(defaultFilters(TODAY)).toEqual({ from: '2026-01-01', to: TODAY, interval: 'MONTH', groupBy: 'PROVIDER' });
    // Across a new year: March 2027 goes back to April 2026.
    expect(defaultFilters('2027-03-15').from).toBe('2026-04-01');
    expect(defaultFilters('2027-11-30').from).toBe('2026-12-01');
  });

  it('read what the URL says, and the defaults for what it says wrong', () => {
    const params = new URLSearchParams('from=2025-06-01&to=2026-05-31&interval=YEAR&groupBy=KIND');
    expect(readFilters(params, TODAY)).toEqual({
      from: '2025-06-01',
      to: '2026-05-31',
      interval: 'YEAR',
      groupBy: 'KIND',
    });
    const wrong = new URLSearchParams('from=2026-02-30&to=soon&interval=DAY&groupBy=PERSON');
    expect(readFilters(wrong, TODAY)).toEqual(defaultFilters(TODAY));
  });

  it('leave the defaults out of the URL, so plain /tall is the default view, and keep other parameters', () => {
    const params = new URLSearchParams('lang=nb&interval=YEAR');
    const next = withDashboardFilters(params, { ...defaultFilters(TODAY), interval: 'WEEK' }, TODAY);
    expect(next.toString()).toBe('lang=nb&interval=WEEK');
    const back = withDashboardFilters(next, defaultFilters(TODAY), TODAY);
    expect(back.toString()).toBe('lang=nb');
  });

  it('are refused in the form when a date is not a date or the end is before the start', () => {
    expect(filterProblems({ from: '2026-01-01', to: '2026-12-06' })).toEqual({});
    expect(filterProblems({ from: '', to: '2026-13-01' })).toEqual({ from: 'date', to: 'date' });
    expect(filterProblems({ from: '2026-06-01', to: '2026-05-31' })).toEqual({ to: 'order' });
  });
});

describe('hidden counts', () => {
  it('read "<5" in both languages, and shown counts as Norwegian or English numbers', () => {
    expect(countText(HIDDEN, 'nb')).toBe('<5');
    expect(countText(HIDDEN, 'en')).toBe('<5');
    expect(countText(shown(1234), 'en')).toBe('1,234');
    expect(countText(shown(1234), 'nb').replace(/\s/g, ' ')).toBe('1 234');
    expect(countText(null, 'nb')).toBe('–');
    // A count without a value that is not hidden (free places where none are published) is not "<5".
    expect(countText({ value: null, suppressed: false, reason: null }, 'nb')).toBe('–');
    // A count the graph says is hidden is hidden, whatever value came with it.
    expect(countText({ value: 3, suppressed: true }, 'nb')).toBe('<5');
  });

  it('give the graph’s reason in the chosen language', () => {
    expect(hiddenReason([shown(7), HIDDEN], 'nb', 'fallback')).toMatch(/^Skjult: tall under 5 personer/);
    expect(hiddenReason([HIDDEN], 'en', 'fallback')).toMatch(/^Hidden: counts under 5 people/);
    expect(hiddenReason([shown(7)], 'en', 'fallback')).toBe('fallback');
  });

  it('hide a share as the graph does, and show one as a percentage', () => {
    expect(shareText({ share: 0.64, suppressed: false }, 'nb').replace(/\s/g, ' ')).toBe('64 %');
    expect(shareText({ share: 0.6432, suppressed: false }, 'en')).toBe('64.3%');
    // A hidden share is not "<5" (it is no count), but says it is hidden; even if a value came with it.
    expect(shareText({ share: null, suppressed: true }, 'nb')).toBe('skjult');
    expect(shareText({ share: 0.2, suppressed: true }, 'en')).toBe('hidden');
  });

  it('read alike in a table cell', () => {
    expect(cellText(HIDDEN, 'nb')).toBe('<5');
    expect(cellText(null, 'nb')).toBe('–');
    expect(cellText(12.25, 'en')).toBe('12.3');
    expect(cellText('Arba', 'nb')).toBe('Arba');
  });
});

describe('toCsv', () => {
  interface Row {
    group: string;
    places: number | null;
    occupied: Count;
    share: number;
  }
  const columns: CsvColumn<Row>[] = [
    { header: 'Tilbyder', value: (row) => row.group },
    { header: 'Plasser', value: (row) => row.places },
    { header: 'I bruk', value: (row) => row.occupied },
    { header: 'Median; måneder', value: (row) => row.share },
  ];
  const rows: Row[] = [
    { group: 'Arba', places: 1243, occupied: shown(1200), share: 14.25 },
    { group: 'Bærum kommunale dagsenter', places: null, occupied: HIDDEN, share: 3 },
    { group: '=HYPERLINK("x")', places: 5, occupied: shown(0), share: 0.5 },
    { group: 'Uten plasser', places: null, occupied: { value: null, suppressed: false }, share: 1 },
  ];

  it('has a byte order mark, semicolons, a header row, CRLF, and "<5" for a hidden count', () => {
    const csv = toCsv(columns, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Tilbyder;Plasser;I bruk;"Median; måneder"',
      // No thousands separator (Excel would read "1 243" as text), a decimal comma.
      'Arba;1243;1200;14,3',
      'Bærum kommunale dagsenter;;<5;3',
      // A label that a spreadsheet would run as a formula is made text, and quoted for its quotes.
      `"'=HYPERLINK(""x"")";5;0;0,5`,
      // Not hidden and no value: empty, not "<5".
      'Uten plasser;;;1',
      '',
    ]);
  });

  it('is only the header for no rows, and names the file by what and when', () => {
    expect(toCsv(columns, [])).toBe('\uFEFFTilbyder;Plasser;I bruk;"Median; måneder"\r\n');
    expect(csvFileName('kapasitet-na', { from: '2026-01-01', to: TODAY })).toBe(
      'tall-kapasitet-na-2026-01-01-2026-12-06.csv',
    );
  });
});

describe('the one-sentence trend', () => {
  it('goes from the first shown value to the last, leaving hidden values out', () => {
    expect(trendOf([null, 10, null, 14, null])).toEqual({ kind: 'up', first: 10, last: 14 });
    expect(trendOf([20, 14])).toEqual({ kind: 'down', first: 20, last: 14 });
    expect(trendOf([7, 9, 7])).toEqual({ kind: 'same', first: 7, last: 7 });
    expect(trendOf([null, 8])).toEqual({ kind: 'one', last: 8 });
    expect(trendOf([null, null])).toEqual({ kind: 'none' });
  });
});

describe('intake rounds', () => {
  it('are named from their keys', () => {
    expect(roundName('MAIN-2027')).toEqual({ kind: 'MAIN', year: '2027' });
    expect(roundName('NEWCOMER-2026')).toEqual({ kind: 'NEWCOMER', year: '2026' });
    expect(roundName('CONTINUOUS')).toEqual({ kind: 'CONTINUOUS' });
    expect(roundName('SPECIAL')).toBeNull();
  });
});

describe('the charts', () => {
  it('have a value axis of round steps from 0 that reaches the largest value', () => {
    expect(niceAxis(114)).toEqual({ max: 125, ticks: [0, 25, 50, 75, 100, 125] });
    expect(niceAxis(4)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceAxis(0.64)).toEqual({ max: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8] });
    expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    // Counts of people have whole steps: no 2.5 people.
    expect(niceAxis(12)).toEqual({ max: 12.5, ticks: [0, 2.5, 5, 7.5, 10, 12.5] });
    expect(niceAxis(12, { integer: true })).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(niceAxis(3, { integer: true })).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    for (const max of [1, 7, 19, 129, 999, 10_000]) {
      const axis = niceAxis(max);
      expect(axis.max).toBeGreaterThanOrEqual(max);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
      expect(axis.ticks.length).toBeLessThanOrEqual(7);
    }
  });

  it('label every nth category so that the labels fit', () => {
    expect(labelEvery(12, 8)).toBe(2);
    expect(labelEvery(5, 8)).toBe(1);
    expect(labelEvery(53, 8)).toBe(7);
    // The last label is drawn, and the one just before it left out so they do not overlap.
    const drawn = Array.from({ length: 12 }, (_, i) => i).filter((i) => labelled(i, 12, 2));
    expect(drawn).toEqual([0, 2, 4, 6, 8, 11]);
  });

  it('break a line where a value is hidden', () => {
    expect(segments([1, 2, null, 4, null, null, 7, 8])).toEqual([[0, 1], [3], [6, 7]]);
    expect(segments([null])).toEqual([]);
  });

  it('move the focus with the arrow keys, Home and End, skipping points that are not there', () => {
    const size = { series: 2, categories: 4 };
    const there = ({ series, index }: { series: number; index: number }) => !(series === 0 && index === 1);
    expect(nextPosition('ArrowRight', { series: 0, index: 0 }, size, there)).toEqual({ series: 0, index: 2 });
    expect(nextPosition('ArrowLeft', { series: 0, index: 0 }, size, there)).toEqual({ series: 0, index: 0 });
    expect(nextPosition('ArrowDown', { series: 0, index: 2 }, size, there)).toEqual({ series: 1, index: 2 });
    expect(nextPosition('ArrowDown', { series: 1, index: 2 }, size, there)).toEqual({ series: 1, index: 2 });
    expect(nextPosition('End', { series: 1, index: 0 }, size, there)).toEqual({ series: 1, index: 3 });
    expect(nextPosition('Home', { series: 1, index: 3 }, size, there)).toEqual({ series: 1, index: 0 });
    expect(nextPosition('a', { series: 0, index: 0 }, size, there)).toBeNull();
  });
});

describe('the pages’ operations', () => {
  it('are each registered, under the name the page sends', () => {
    const registered = Object.values(manifest as Record<string, string>);
    const names = DASHBOARD_OPERATIONS.map(
      (document) => (document.definitions[0] as OperationDefinitionNode).name?.value,
    );
    expect(names).toHaveLength(7);
    for (const name of names) expect(registered.some((text) => text.startsWith(`query ${name}(`))).toBe(true);
  });
});
