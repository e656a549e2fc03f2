import { FailedPreconditionError, UserInputError } from '@veiinn/kit';
import { addDays, lastDayOfYears } from '../common/dates';
import { AftPeriodKind } from './aft-period.entity';

/** AFT lasts one year, and NAV may extend it once by at most one more year: two years in all. */
export const AFT_PERIOD_YEARS = 1;
export const AFT_MAX_YEARS = 2;

type Period = { kind: AftPeriodKind; startDate: string; endDate: string };

/** The initial period of an AFT participation that starts on `startDate`: one year. */
export function initialAftPeriod(startDate: string): Period {
  return { kind: AftPeriodKind.INITIAL, startDate, endDate: lastDayOfYears(startDate, AFT_PERIOD_YEARS) };
}

/** The last day NAV has granted, or null for a participation without periods (VTA). */
export function lastGrantedDay(periods: { endDate: string }[]): string | null {
  return periods.reduce<string | null>((last, p) => (last === null || p.endDate > last ? p.endDate : last), null);
}

/**
 * The extension of an AFT participation with these periods to `endDate`, or the error that forbids it: a second
 * extension (AFT_ONE_EXTENSION), an extension longer than a year or beyond two years in all (AFT_MAX_DURATION), or
 * an end that is not after the initial period (BAD_USER_INPUT). The extension starts the day after the initial period.
 */
export function extensionOf(periods: Period[], endDate: string): Period {
  const initial = periods.find((p) => p.kind === AftPeriodKind.INITIAL);
  if (!initial) throw new Error('An AFT participation without its initial period');
  const startDate = addDays(initial.endDate, 1);
  if (endDate < startDate) {
    throw new UserInputError([
      {
        field: 'endDate',
        nb: `må være etter den første perioden, som slutter ${initial.endDate}.`,
        en: `must be after the initial period, which ends ${initial.endDate}.`,
      },
    ]);
  }
  const extension = periods.find((p) => p.kind === AftPeriodKind.EXTENSION);
  if (extension) {
    throw new FailedPreconditionError('AFT_ONE_EXTENSION', {
      nb: `AFT kan forlenges én gang. Denne plassen er allerede forlenget (${extension.startDate} til ${extension.endDate}).`,
      en: `AFT can be extended once; this participation was extended already (${extension.startDate} to ${extension.endDate}).`,
    });
  }
  const longestExtension = lastDayOfYears(startDate, AFT_PERIOD_YEARS);
  if (endDate > longestExtension) {
    throw new FailedPreconditionError(
      'AFT_MAX_DURATION',
      {
        nb: `En forlengelse av AFT er på høyst ett år. Fra ${startDate} kan den vare til og med ${longestExtension}.`,
        en: `An AFT extension is at most one year: from ${startDate} it may end on ${longestExtension} at the latest.`,
      },
      { latestEndDate: longestExtension },
    );
  }
  const longestInAll = lastDayOfYears(initial.startDate, AFT_MAX_YEARS);
  if (endDate > longestInAll) {
    throw new FailedPreconditionError(
      'AFT_MAX_DURATION',
      {
        nb: `AFT varer høyst to år i alt. Fra ${initial.startDate} kan den vare til og med ${longestInAll}.`,
        en: `AFT lasts at most two years in all: from ${initial.startDate} it may end on ${longestInAll} at the latest.`,
      },
      { latestEndDate: longestInAll },
    );
  }
  return { kind: AftPeriodKind.EXTENSION, startDate, endDate };
}
