// The provider workspace's rules: whose placements a provider sees and in which phase, the follow-up at Arba, and how
// the forms read what a person types.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  aftFollowUp,
  countByPhase,
  dueGoals,
  filterRows,
  ourRows,
  pageOf,
  phaseOf,
  providerKind,
  readDay,
  readHours,
  readWhole,
} from '../src/staff/provider/logic';
import { readTableSort, withTableSort } from '../src/staff/table-sort';
import { errorCode, offersReload } from '../src/staff/write-state';

const TODAY = '2026-12-04';
const title = (nb: string) => ({ nb, en: nb });

/** Each participant's placements, as `ownPlacements` gives them: each with its participant. */
const flat = <P>(participants: { id: string; fullName: string; placements: P[] }[]) =>
  participants.flatMap(({ id, fullName, placements }) =>
    placements.map((p) => ({ ...p, participant: { id, fullName } })),
  );

interface TestPlacement {
  id: string;
  status: string;
  startDate: string;
  endDate: string | null;
  provider: { id: string };
  offer: { title: { nb: string; en: string } } | null;
  arba: { arena: string; hours: number } | null;
}

describe('our participants', () => {
  const participants: { id: string; fullName: string; placements: TestPlacement[] }[] = [
    {
      id: 'p1',
      fullName: 'Åse Berg',
      placements: [
        {
          id: 'a',
          status: 'ACTIVE',
          startDate: '2020-01-01',
          endDate: null,
          provider: { id: 'arba' },
          offer: { title: title('VTA') },
          arba: { arena: 'Montering', hours: 30 },
        },
      ],
    },
    {
      id: 'p2',
      fullName: 'Bo Dahl',
      placements: [
        {
          id: 'c',
          status: 'PLANNED',
          startDate: '2027-01-04',
          endDate: null,
          provider: { id: 'arba' },
          offer: { title: title('AFT') },
          arba: { arena: 'Grafisk', hours: 20 },
        },
        {
          id: 'd',
          status: 'ACTIVE',
          startDate: '2025-01-01',
          endDate: '2026-12-20',
          provider: { id: 'arba' },
          offer: { title: title('VTA') },
          arba: { arena: 'ISI', hours: 30 },
        },
        {
          id: 'e',
          status: 'ENDED',
          startDate: '2020-01-01',
          endDate: '2021-01-01',
          provider: { id: 'arba' },
          offer: null,
          arba: null,
        },
      ],
    },
  ];
  const rows = ourRows(flat(participants), TODAY, (p) =>
    p.arba ? { group: p.arba.arena, hoursPerWeek: p.arba.hours } : null,
  );

  it("keeps the provider's current and planned placements, with its own detail", () => {
    expect(rows.map((row) => [row.placementId, row.fullName, row.group, row.hoursPerWeek, row.phase])).toEqual([
      ['a', 'Åse Berg', 'Montering', 30, 'now'],
      ['c', 'Bo Dahl', 'Grafisk', 20, 'starting'],
      ['d', 'Bo Dahl', 'ISI', 30, 'ending'],
    ]);
    expect(countByPhase(rows)).toEqual({ now: 1, starting: 1, ending: 1 });
  });

  it('says which phase a placement is in: planned starts, an end within eight weeks is soon', () => {
    expect(phaseOf({ status: 'PLANNED', endDate: null }, TODAY)).toBe('starting');
    expect(phaseOf({ status: 'ACTIVE', endDate: addDays(TODAY, 56) }, TODAY)).toBe('ending');
    expect(phaseOf({ status: 'ACTIVE', endDate: addDays(TODAY, 57) }, TODAY)).toBe('now');
    expect(phaseOf({ status: 'ACTIVE', endDate: null }, TODAY)).toBe('now');
  });

  it('filters by phase and by every word of the name, in any case', () => {
    expect(filterRows(rows, 'ending', '').map((r) => r.placementId)).toEqual(['d']);
    expect(filterRows(rows, '', 'dahl BO').map((r) => r.placementId)).toEqual(['c', 'd']);
    expect(filterRows(rows, '', 'åse').map((r) => r.placementId)).toEqual(['a']);
    expect(filterRows(rows, 'now', 'dahl')).toEqual([]);
  });

  it('pages the rows, and a page past the end shows the last', () => {
    const many = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(many, 1, 20)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(many, 1).pages).toBe(1);
    expect(pageOf(many, 3, 20).rows).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(many, 9, 20).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });

  it("knows the three providers' subgraphs by the token's provider id", () => {
    expect(providerKind('arba')).toBe('arba');
    expect(providerKind('baerum-kommunale-dagtilbud')).toBe('dayServices');
    expect(providerKind('baerum-arbeidssenter')).toBe('workCentre');
    expect(providerKind('asker-produkt')).toBeNull();
    expect(providerKind(undefined)).toBeNull();
  });
});

describe('follow-up at Arba', () => {
  const goal = (id: string, due: string, evaluationDue: boolean) => ({
    id,
    description: `Mål ${id}`,
    nextEvaluationDue: due,
    evaluationDue,
  });
  const participants = [
    {
      id: 'p1',
      fullName: 'Åse Berg',
      placements: [
        {
          id: 'vta',
          status: 'ACTIVE',
          arba: { measure: 'VTA', goals: [goal('g1', '2026-11-11', true), goal('g2', '2027-05-01', false)] },
        },
        {
          id: 'old',
          status: 'ENDED',
          arba: { measure: 'VTA', endDate: '2020-01-01', goals: [goal('g0', '2020-06-01', true)] },
        },
      ],
    },
    {
      id: 'p2',
      fullName: 'Bo Dahl',
      placements: [
        { id: 'vta2', status: 'ACTIVE', arba: { measure: 'VTA', goals: [goal('g3', '2026-02-04', true)] } },
        { id: 'aft', status: 'ACTIVE', arba: { measure: 'AFT', aftGrantedUntil: '2027-01-31', goals: [] } },
      ],
    },
    {
      id: 'p3',
      fullName: 'Cato Eng',
      placements: [
        { id: 'aft-late', status: 'ACTIVE', arba: { measure: 'AFT', aftGrantedUntil: '2027-12-31', goals: [] } },
        {
          id: 'aft-ended',
          status: 'ENDED',
          arba: { measure: 'AFT', endDate: '2026-03-01', outcome: 'WORK', goals: [] },
        },
        {
          id: 'aft-long-ago',
          status: 'ENDED',
          arba: { measure: 'AFT', endDate: '2024-03-01', outcome: 'OTHER', goals: [] },
        },
      ],
    },
  ];

  it('lists the goals of running placements whose evaluation is due, the longest due first', () => {
    expect(dueGoals(flat(participants)).map((g) => [g.goalId, g.fullName, g.due])).toEqual([
      ['g3', 'Bo Dahl', '2026-02-04'],
      ['g1', 'Åse Berg', '2026-11-11'],
    ]);
  });

  it('lists AFT ending within 90 days, and AFT that ended in the last year with its outcome', () => {
    const { endingSoon, ended } = aftFollowUp(flat(participants), TODAY);
    expect(endingSoon.map((r) => [r.placementId, r.until])).toEqual([['aft', '2027-01-31']]);
    expect(ended.map((r) => [r.placementId, r.until, r.outcome])).toEqual([['aft-ended', '2026-03-01', 'WORK']]);
  });
});

describe('what a person types', () => {
  it('reads hours with a comma or a point, above 0 and at most the maximum', () => {
    expect(readHours('22,5', 30)).toBe(22.5);
    expect(readHours(' 30 ', 30)).toBe(30);
    expect(readHours('37.5', 37.5)).toBe(37.5);
    for (const bad of ['0', '31', '', 'tjue', '-5', '1e1', '22,555']) expect(readHours(bad, 30)).toBeNull();
  });

  it('reads whole numbers within bounds', () => {
    expect(readWhole('12', 0, 500)).toBe(12);
    expect(readWhole('0', 0, 500)).toBe(0);
    for (const bad of ['501', '-1', '2.5', '', 'ti']) expect(readWhole(bad, 0, 500)).toBeNull();
  });

  it('reads real days only', () => {
    expect(readDay('2026-12-31')).toBe('2026-12-31');
    expect(readDay('2026-02-30')).toBeNull();
    expect(readDay('31.12.2026')).toBeNull();
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('the short tables’ sorts and a write’s conflict', () => {
  it('keeps each table’s sort in the URL under its own name, beside the page’s own sort', () => {
    const url = new URLSearchParams('sort=offer&dir=desc');
    expect(readTableSort(url, 'grupper', 'group')).toEqual({ sort: 'group', direction: 'asc' });
    const once = withTableSort(url, 'grupper', 'free', 'group');
    expect(once.toString()).toBe('sort=offer&dir=desc&grupper=free&grupper-dir=asc');
    expect(readTableSort(once, 'grupper', 'group')).toEqual({ sort: 'free', direction: 'asc' });
    const twice = withTableSort(once, 'grupper', 'free', 'group');
    expect(readTableSort(twice, 'grupper', 'group')).toEqual({ sort: 'free', direction: 'desc' });
    // The default column, pressed first, turns the other way; a table with a descending default starts there.
    expect(readTableSort(withTableSort(url, 'aft', 'until', 'until'), 'aft', 'until').direction).toBe('desc');
    expect(readTableSort(url, 'aft-slutt', 'ended', 'desc')).toEqual({ sort: 'ended', direction: 'desc' });
    expect(readTableSort(new URLSearchParams('aft=name&aft-dir=sideways'), 'aft', 'until')).toEqual({
      sort: 'name',
      direction: 'asc',
    });
    // The page's own list is left as it was.
    expect(twice.get('sort')).toBe('offer');
    expect(twice.get('dir')).toBe('desc');
  });

  it('offers to load again after a CONFLICT only', () => {
    const refused = (code: string) => Object.assign(new Error(code), { code });
    expect(offersReload(refused('CONFLICT'))).toBe(true);
    expect(offersReload(refused('FAILED_PRECONDITION'))).toBe(false);
    expect(offersReload(new Error('CONFLICT'))).toBe(false);
    expect(offersReload(undefined)).toBe(false);
    expect(errorCode(refused('NOT_FOUND'))).toBe('NOT_FOUND');
    expect(errorCode({ code: 7 })).toBeUndefined();
  });
});
