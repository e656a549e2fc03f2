import { FailedPreconditionError, UserInputError } from '@veiinn/kit';
import { AftPeriodKind } from '../src/aft/aft-period.entity';
import { extensionOf, initialAftPeriod, lastGrantedDay } from '../src/aft/aft.rules';
import { addMonths, lastDayOfYears } from '../src/common/dates';
import { ArbaMeasure, ArbaMunicipality } from '../src/common/enums';
import { nextEvaluationDue } from '../src/goal/goal.rules';
import { noFreePlace } from '../src/participation/participation.rules';
import { supervisorRatio } from '../src/supervisor/supervisor-ratio';

const { BAERUM, ASKER } = ArbaMunicipality;

describe('dates', () => {
  it('ends a year the day before the same date a year later, also from a leap day', () => {
    expect(lastDayOfYears('2026-01-05', 1)).toBe('2027-01-04');
    expect(lastDayOfYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(lastDayOfYears('2025-03-01', 1)).toBe('2026-02-28');
    expect(lastDayOfYears('2025-01-01', 2)).toBe('2026-12-31');
  });

  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-05-11', 6)).toBe('2026-11-11');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});

describe('AFT periods', () => {
  const initial = initialAftPeriod('2026-01-05');
  const failure = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a failure');
  };
  const rule = (error: Error) => (error as FailedPreconditionError).extensions.rule;

  it('starts with one year', () => {
    expect(initial).toEqual({ kind: AftPeriodKind.INITIAL, startDate: '2026-01-05', endDate: '2027-01-04' });
  });

  it('extends from the day after the initial period by at most a year', () => {
    expect(extensionOf([initial], '2027-07-04')).toEqual({
      kind: AftPeriodKind.EXTENSION,
      startDate: '2027-01-05',
      endDate: '2027-07-04',
    });
    expect(extensionOf([initial], '2028-01-04').endDate).toBe('2028-01-04');
    expect(rule(failure(() => extensionOf([initial], '2028-01-05')))).toBe('AFT_MAX_DURATION');
  });

  it('refuses an end that is not after the initial period as bad input', () => {
    const error = failure(() => extensionOf([initial], '2027-01-04'));
    expect(error).toBeInstanceOf(UserInputError);
    expect((error as UserInputError).problems.map((p) => p.field)).toEqual(['endDate']);
  });

  it('allows one extension only', () => {
    const extension = extensionOf([initial], '2027-06-30');
    expect(rule(failure(() => extensionOf([initial, extension], '2027-12-31')))).toBe('AFT_ONE_EXTENSION');
  });

  it('keeps two years in all even when an initial period on record is longer than a year', () => {
    // Not made by this subgraph, but a guard for periods entered before the rule was checked.
    const long = { kind: AftPeriodKind.INITIAL, startDate: '2025-01-01', endDate: '2026-06-30' };
    const error = failure(() => extensionOf([long], '2027-03-01'));
    expect(rule(error)).toBe('AFT_MAX_DURATION');
    expect(error.message).toContain('two years in all');
    expect(extensionOf([long], '2026-12-31').endDate).toBe('2026-12-31');
  });

  it('knows the last granted day', () => {
    expect(lastGrantedDay([])).toBeNull();
    expect(lastGrantedDay([initial, extensionOf([initial], '2027-07-04')])).toBe('2027-07-04');
  });
});

describe('free places', () => {
  const vta = (occupying: ArbaMunicipality[]) => ({
    measure: ArbaMeasure.VTA,
    places: 114,
    reservations: [{ municipality: ASKER, places: 18 }],
    occupying,
  });
  const times = (n: number, m: ArbaMunicipality) => Array.from({ length: n }, () => m);

  it('lets Bærum use the places not reserved for Asker, and no more', () => {
    expect(noFreePlace(vta(times(95, BAERUM)), BAERUM, '2027-01-04')).toBeNull();
    const full = noFreePlace(vta(times(96, BAERUM)), BAERUM, '2027-01-04');
    expect(full?.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'NO_FREE_PLACE', reserved: 18 });
    expect(full?.message).toContain('18 for Asker kommune');
  });

  it('lets Asker use its reserved places and free places beyond them', () => {
    expect(noFreePlace(vta(times(96, BAERUM)), ASKER, '2027-01-04')).toBeNull();
    expect(noFreePlace(vta([...times(80, BAERUM), ...times(20, ASKER)]), ASKER, '2027-01-04')).toBeNull();
  });

  it('refuses anyone when every place is taken', () => {
    const full = noFreePlace(vta([...times(96, BAERUM), ...times(18, ASKER)]), ASKER, '2027-01-04');
    expect(full?.extensions).toMatchObject({ rule: 'NO_FREE_PLACE', places: 114, taken: 114 });
    expect(full?.message).toContain('all 114 places are taken');
  });

  it('does not count an offer without a number of places', () => {
    expect(noFreePlace({ ...vta(times(500, BAERUM)), places: null }, BAERUM, '2027-01-04')).toBeNull();
  });
});

describe('supervisor ratio', () => {
  it('compares participants per supervisor with the norm of the measure', () => {
    expect(supervisorRatio(ArbaMeasure.VTA, null, 12, 4)).toMatchObject({
      participantsPerSupervisor: 3,
      norm: 5,
      meetsNorm: true,
    });
    expect(supervisorRatio(ArbaMeasure.AFT, null, 13, 2)).toMatchObject({
      participantsPerSupervisor: 6.5,
      norm: 6,
      meetsNorm: false,
    });
    expect(supervisorRatio(ArbaMeasure.VTA, null, 10, 3).participantsPerSupervisor).toBe(3.33);
  });

  it('has no ratio without supervisors, and meets the norm only when nobody needs following', () => {
    expect(supervisorRatio(ArbaMeasure.VTA, null, 1, 0)).toMatchObject({
      participantsPerSupervisor: null,
      meetsNorm: false,
    });
    expect(supervisorRatio(ArbaMeasure.VTA, null, 0, 0)).toMatchObject({
      participantsPerSupervisor: null,
      meetsNorm: true,
    });
  });
});

describe('VTA goal evaluations', () => {
  it('are due six months after the last evaluation, or after the goal was set', () => {
    expect(nextEvaluationDue('2026-05-11', [])).toBe('2026-11-11');
    expect(nextEvaluationDue('2025-11-10', ['2026-11-09', '2026-05-11'])).toBe('2027-05-09');
  });
});
