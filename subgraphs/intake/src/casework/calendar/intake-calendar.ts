import { mainIntakeDeadline } from '../application/application.rules';

export enum IntakeEventKind {
  INFORMATION_MEETING = 'INFORMATION_MEETING',
  OPEN_DAYS = 'OPEN_DAYS',
  APPLICATION_DEADLINE = 'APPLICATION_DEADLINE',
  FLOW_MEETING = 'FLOW_MEETING',
}

export interface IntakeEvent {
  kind: IntakeEventKind;
  title: { nb: string; en: string };
  description: { nb: string; en: string };
  /** YYYY-MM-DD, a day in Norway. */
  startDate: string;
  endDate: string;
}

/** Weeks of the yearly calendar (årshjul), ISO 8601 weeks as used in Norway. */
export const CALENDAR_WEEKS = {
  /** The joint information meeting, in the autumn before the deadline (domain brief: proposed in week 39). */
  informationMeeting: 39,
  /** Open days at the providers: the three weeks before the deadline week, so applicants can visit before applying. */
  openDays: { from: 2, to: 4 },
  /** Dynamisk flyt: the providers, the allocation office and NAV meet in week 18 and week 41. */
  flowMeetings: [18, 41],
} as const;

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Monday of ISO week `week` of ISO year `year`: week 1 is the week with 4 January in it. */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 .. Sunday 6
  return iso(new Date(jan4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS));
}

/** Friday of the same ISO week: the calendar's events are on working days. */
export function isoWeekFriday(year: number, week: number): string {
  return iso(new Date(Date.parse(isoWeekMonday(year, week)) + 4 * DAY_MS));
}

/**
 * The intake calendar of the main intake whose deadline is 1 February `year`: the information meeting the autumn
 * before (week 39 of `year - 1`), open days in weeks 2-4, the deadline, and the two flow meetings of `year`
 * (weeks 18 and 41). Dates only: the calendar is in Norway, and a week is the same there as anywhere.
 */
export function intakeCalendar(year: number): IntakeEvent[] {
  const week = (w: number, y = year) => ({ startDate: isoWeekMonday(y, w), endDate: isoWeekFriday(y, w) });
  const deadline = mainIntakeDeadline(year);
  const [spring, autumn] = CALENDAR_WEEKS.flowMeetings;
  const events: IntakeEvent[] = [
    {
      kind: IntakeEventKind.INFORMATION_MEETING,
      title: { nb: 'Informasjonsmøte om arbeid og aktivitet', en: 'Information meeting on work and activity' },
      description: {
        nb: `Felles møte for elever, foresatte og lærere om tilbudene og hvordan du søker før fristen 1. februar ${year}. Dagen kunngjøres på nettsiden.`,
        en: `A joint meeting for pupils, guardians and teachers about the offers and how to apply before the deadline of 1 February ${year}. The day is announced on the web page.`,
      },
      ...week(CALENDAR_WEEKS.informationMeeting, year - 1),
    },
    {
      kind: IntakeEventKind.OPEN_DAYS,
      title: { nb: 'Åpne dager hos tilbyderne', en: 'Open days at the providers' },
      description: {
        nb: 'Besøk arbeidssentrene og dagtilbudene og se hva de gjør, før du søker.',
        en: 'Visit the work centres and day services and see what they do, before you apply.',
      },
      startDate: isoWeekMonday(year, CALENDAR_WEEKS.openDays.from),
      endDate: isoWeekFriday(year, CALENDAR_WEEKS.openDays.to),
    },
    {
      kind: IntakeEventKind.APPLICATION_DEADLINE,
      title: { nb: 'Søknadsfrist for hovedopptaket', en: 'Application deadline of the main intake' },
      description: {
        nb: 'Siste dag å søke kommunal plass til høsten. Nye innbyggere i kommunen kan søke senere. Arba og NAV har løpende inntak.',
        en: 'The last day to apply for a municipal place from the autumn. Newcomers to the municipality may apply later. Arba and NAV take applications at any time.',
      },
      startDate: deadline,
      endDate: deadline,
    },
    ...[spring, autumn].map((w) => ({
      kind: IntakeEventKind.FLOW_MEETING,
      title: { nb: `Flytmøte uke ${w}`, en: `Flow meeting, week ${w}` },
      description: {
        nb: 'Arba, Bærum arbeidssenter, dagtilbudene, Tildelingskontoret og NAV tar opp ønsker om bytte eller endring av tilbud (dynamisk flyt).',
        en: 'Arba, the work centre, the day services, the allocation office and NAV take up wishes to move between or change offers (dynamisk flyt).',
      },
      ...week(w),
    })),
  ];
  return events.sort((a, b) => a.startDate.localeCompare(b.startDate));
}
