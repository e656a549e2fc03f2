import {
  bilingualMessage,
  DateScalar,
  isIsoDate,
  SUPPRESSED_REASON,
  UserInputError,
  type FieldProblem,
} from '@veiinn/contracts';
import { Directive, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * The shared shapes of statistics over time (issue 18): a period input, the calendar periods it covers, and counts
 * that may be hidden (packages/contracts/src/suppression.ts decides which). Every subgraph that owns a figure uses
 * these, so the dashboard reads one shape from the hub, Arba and NAV. `@shareable` for the output types.
 */
export enum StatisticsInterval {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(StatisticsInterval, {
  name: 'StatisticsInterval',
  description: 'The length of each period in statistics over time; periods follow the calendar.',
  valuesConfig: {
    WEEK: { description: 'ISO weeks, Monday to Sunday.' },
    MONTH: { description: 'Calendar months.' },
    YEAR: { description: 'Calendar years.' },
  },
});

@InputType({ description: 'The days and the interval of statistics over time.' })
export class StatisticsPeriodInput {
  @Field(() => DateScalar, { description: 'First day counted (YYYY-MM-DD); its whole period is given.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day counted (YYYY-MM-DD); its whole period is given.' })
  to!: string;

  @Field(() => StatisticsInterval, { defaultValue: StatisticsInterval.MONTH, description: 'Length of each period.' })
  interval: StatisticsInterval = StatisticsInterval.MONTH;
}

@Directive('@shareable')
@ObjectType({ description: 'One period of statistics over time.' })
export class StatisticsPeriod {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  start!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  end!: string;

  @Field(() => DateScalar, {
    description:
      "The day the period's stocks (occupied, waiting) are counted on: its last day, or today while it runs.",
  })
  asOf!: string;

  @Field(() => String, { description: 'A short label, e.g. "2026-11", "2026-W48", "2026".' })
  label!: string;
}

@Directive('@shareable')
@ObjectType({
  description:
    'A count of people, or why it is not given: outside case work a count from 1 to 4, and any count it could be worked out from, is hidden (null, `suppressed` true).',
})
export class StatCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when hidden.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'Whether the count is hidden to protect small numbers of people.' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is hidden, in bokmål and English; null when shown.' })
  reason!: string | null;
}

@Directive('@shareable')
@ObjectType({
  description: 'A share of people: a part of a whole. Not given when the whole is under 5 people or either is hidden.',
})
export class StatShare {
  @Field(() => StatCount, { description: 'The people counted in the share.' })
  part!: StatCount;

  @Field(() => StatCount, { description: 'All the people the share is of.' })
  whole!: StatCount;

  @Field(() => Float, { nullable: true, description: 'part / whole, from 0 to 1, to four decimals; null when hidden.' })
  share!: number | null;

  @Field(() => Boolean, { description: 'Whether the share is hidden.' })
  suppressed!: boolean;
}

const HIDDEN_REASON = bilingualMessage(SUPPRESSED_REASON);

/** A count as the graph gives it: hidden when `hidden` says so. */
export function statCount(value: number, hidden: boolean): StatCount {
  return hidden ? { value: null, suppressed: true, reason: HIDDEN_REASON } : { value, suppressed: false, reason: null };
}

/** A share of two counts as given: hidden when either is, or the whole is under 5 (a share of 1 in 3 points). */
export function statShare(part: StatCount, whole: StatCount): StatShare {
  const suppressed = part.suppressed || whole.suppressed || (whole.value ?? 0) < 5;
  return {
    part,
    whole,
    share: suppressed || !whole.value ? null : Math.round((part.value! / whole.value) * 10_000) / 10_000,
    suppressed,
  };
}

/** The most periods one request may ask for: weekly over about four years, monthly over 16 years. */
export const MAX_STATISTICS_PERIODS = 200;

/**
 * The calendar periods from `from` to `to` at `interval`, each with the day its stocks are counted on (its end, or
 * `today` while it runs); periods wholly after today are left out. Bad input is a UserInputError with bilingual
 * messages, before anything is read.
 */
export function statisticsPeriods(input: StatisticsPeriodInput, today: string): StatisticsPeriod[] {
  const problems: FieldProblem[] = [];
  if (!isIsoDate(input.from))
    problems.push({ field: 'from', nb: 'må være en dato (ÅÅÅÅ-MM-DD).', en: 'must be a date (YYYY-MM-DD).' });
  if (!isIsoDate(input.to))
    problems.push({ field: 'to', nb: 'må være en dato (ÅÅÅÅ-MM-DD).', en: 'must be a date (YYYY-MM-DD).' });
  if (!problems.length && input.to < input.from) {
    problems.push({
      field: 'to',
      nb: `Slutten (${input.to}) er før starten (${input.from}).`,
      en: `The end (${input.to}) is before the start (${input.from}).`,
    });
  }
  if (problems.length) throw new UserInputError(problems);
  const periods: StatisticsPeriod[] = [];
  let start = periodStart(input.from, input.interval);
  const last = input.to < today ? input.to : today;
  while (start <= last) {
    const end = periodEnd(start, input.interval);
    periods.push({ start, end, asOf: end < today ? end : today, label: periodLabel(start, input.interval) });
    if (periods.length > MAX_STATISTICS_PERIODS) {
      throw new UserInputError([
        {
          field: 'from',
          nb: `Perioden har mer enn ${MAX_STATISTICS_PERIODS} intervaller; velg en kortere periode eller et lengre intervall.`,
          en: `The period has more than ${MAX_STATISTICS_PERIODS} intervals; choose a shorter period or a longer interval.`,
        },
      ]);
    }
    start = addDays(end, 1);
  }
  return periods;
}

/** The first day of the period that holds `day`. */
export function periodStart(day: string, interval: StatisticsInterval): string {
  if (interval === StatisticsInterval.YEAR) return `${day.slice(0, 4)}-01-01`;
  if (interval === StatisticsInterval.MONTH) return `${day.slice(0, 7)}-01`;
  const date = utc(day);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  return addDays(day, -weekday);
}

/** The last day of the period that starts on `start`. */
export function periodEnd(start: string, interval: StatisticsInterval): string {
  if (interval === StatisticsInterval.YEAR) return `${start.slice(0, 4)}-12-31`;
  if (interval === StatisticsInterval.WEEK) return addDays(start, 6);
  const date = utc(start);
  return iso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

function periodLabel(start: string, interval: StatisticsInterval): string {
  if (interval === StatisticsInterval.YEAR) return start.slice(0, 4);
  if (interval === StatisticsInterval.MONTH) return start.slice(0, 7);
  // ISO week number: the week's Thursday decides the year.
  const thursday = utc(addDays(start, 3));
  const firstThursday = utc(addDays(periodStart(`${thursday.getUTCFullYear()}-01-04`, interval), 3));
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** `day` moved by `days` (negative for earlier). */
export function addDays(day: string, days: number): string {
  return iso(new Date(utc(day).getTime() + days * 86_400_000));
}
