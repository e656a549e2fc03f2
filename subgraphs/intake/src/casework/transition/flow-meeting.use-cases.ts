import { ConflictError, onRace, UserInputError } from '@veiinn/kit';
import { requireCaseWorker } from '../../access/write-rules';
import { CALENDAR_WEEKS, isoWeekFriday, isoWeekMonday } from '../calendar/intake-calendar';
import type { IntakeContext } from '../../context';
import { FlowMeeting } from './transition.entity';
import { CreateFlowMeetingInput } from './transition.inputs';
import { assertFlowMeetingNotPast } from './transition.rules';
import { CASE_WORK } from './transition.change';

/**
 * CONFLICT for a second flow meeting of the same year and week (the meeting's key, unique in the table), with the
 * existing meeting's id in `extensions.flowMeetingId`, so a client can open it instead.
 */
function flowMeetingExists(meeting: FlowMeeting): ConflictError {
  return new ConflictError(
    {
      nb: `Det finnes allerede et flytmøte i uke ${meeting.week} ${meeting.year} (id ${meeting.id}).`,
      en: `A flow meeting already exists for week ${meeting.week} ${meeting.year} (id ${meeting.id}).`,
    },
    { flowMeetingId: meeting.id },
  );
}

/** Creates the flow meeting of a year’s week on the intake calendar; the loser of two at once is told which won. */
export async function createFlowMeeting(ctx: IntakeContext, input: CreateFlowMeetingInput): Promise<FlowMeeting> {
  const { em, app, caller } = ctx;
  requireCaseWorker(caller, CASE_WORK);
  const problems = [];
  if (!(CALENDAR_WEEKS.flowMeetings as readonly number[]).includes(input.week))
    problems.push({
      field: 'week',
      nb: `må være en uke med flytmøte: ${CALENDAR_WEEKS.flowMeetings.join(' eller ')}.`,
      en: `must be a flow meeting week: ${CALENDAR_WEEKS.flowMeetings.join(' or ')}.`,
    });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    problems.push({ field: 'year', nb: 'må være et år fra 2000 til 2100.', en: 'must be a year from 2000 to 2100.' });
  if (problems.length) throw new UserInputError(problems);
  assertFlowMeetingNotPast(input.year, input.week, app.today());
  // Two creations at once: the unique index (year, week) decides, and the loser is told which meeting won.
  return onRace(
    ['unique'],
    () =>
      em.transactional(async (tx) => {
        const existing = await tx.findOne(FlowMeeting, { year: input.year, week: input.week });
        if (existing) throw flowMeetingExists(existing);
        const meeting = tx.create(FlowMeeting, {
          year: input.year,
          week: input.week,
          startDate: isoWeekMonday(input.year, input.week),
          endDate: isoWeekFriday(input.year, input.week),
          createdAt: new Date(),
        } as never);
        return meeting;
      }),
    async () => {
      const existing = await em.fork().findOne(FlowMeeting, { year: input.year, week: input.week });
      return existing ? flowMeetingExists(existing) : undefined;
    },
  );
}
