import { placesOf } from '../src/common/feed';
import { byName } from '../src/common/sort';
import { occupiedOn } from '../src/group/occupancy';
import { tradeOfName } from '../src/group/trade';
import { addYears, hoursProblems, startProblems } from '../src/placement/placement.rules';

const PARTICIPANT = '5b0a4f3e-8c1d-4a7e-9f2b-3c4d5e6f7a8b';

describe('work-centre rules', () => {
  it('allows more than 0 and at most 30 hours a week', () => {
    expect(hoursProblems(30)).toEqual([]);
    expect(hoursProblems(0.5)).toEqual([]);
    expect(hoursProblems(30.01).map((p) => p.field)).toEqual(['hoursPerWeek']);
    expect(hoursProblems(0)).toHaveLength(1);
    expect(hoursProblems(Number.NaN)).toHaveLength(1);
  });

  it('adds years to a date, keeping 29 February in leap years only', () => {
    expect(addYears('2025-08-18', 2)).toBe('2027-08-18');
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('limits training to 2 years after the start', () => {
    const start = { participantId: PARTICIPANT, hoursPerWeek: 30, startDate: '2026-08-17', endDate: null };
    const plannedEnd = (date: string) =>
      startProblems({ ...start, trainingCandidacy: { goal: 'Kompetansebevis', plannedEnd: date } });
    expect(plannedEnd('2028-08-17')).toEqual([]);
    expect(plannedEnd('2028-08-18').map((p) => p.field)).toEqual(['trainingCandidacy.plannedEnd']);
    expect(plannedEnd('2026-08-16').map((p) => p.field)).toEqual(['trainingCandidacy.plannedEnd']);
  });

  it('counts occupancy on a day, and places only when every group has a capacity', () => {
    const placements = [
      { startDate: '2020-01-01', endDate: null },
      { startDate: '2020-01-01', endDate: '2026-11-22' },
      { startDate: '2026-11-23', endDate: '2026-11-23' },
      { startDate: '2026-11-24', endDate: null },
    ];
    expect(occupiedOn(placements, '2026-11-23')).toBe(2);
    expect(placesOf([{ capacity: 5 }, { capacity: 3 }])).toBe(8);
    expect(placesOf([{ capacity: 5 }, { capacity: null }])).toBeNull();
    expect(placesOf([])).toBeNull();
  });

  it("maps the catalogue's trade names and sorts names as Norwegians do", () => {
    expect(['Design', 'Tre', 'Mat', 'Service', 'Metall'].map(tradeOfName)).toEqual([
      'DESIGN',
      'WOOD',
      'FOOD',
      'SERVICE',
      undefined,
    ]);
    const names = ['Åsen', 'Øvre', 'Ærfugl', 'Zeta'].map((name, i) => ({ name, id: String(i) }));
    expect(byName(names).map((n) => n.name)).toEqual(['Zeta', 'Ærfugl', 'Øvre', 'Åsen']);
  });
});
