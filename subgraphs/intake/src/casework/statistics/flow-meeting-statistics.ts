import type { EntityManager } from '@mikro-orm/core';
import { StatTable, statisticsPeriods, type Caller, type StatisticsPeriodInput } from '@veiinn/kit';
import { FlowMeeting } from '../transition/transition.entity';
import { FlowMeetingOutcome, TransitionStatus } from '../transition/transition.enums';
import type { FlowMeetingStatistics } from './statistics.types';

/** A meeting's outcome as the status it leaves the transition in; no outcome yet is ON_AGENDA. */
const STATUS_OF: Record<FlowMeetingOutcome, TransitionStatus> = {
  [FlowMeetingOutcome.AGREED]: TransitionStatus.AGREED,
  [FlowMeetingOutcome.REJECTED]: TransitionStatus.REJECTED,
  [FlowMeetingOutcome.POSTPONED]: TransitionStatus.PROPOSED,
};
const STATUSES = [
  TransitionStatus.AGREED,
  TransitionStatus.REJECTED,
  TransitionStatus.PROPOSED,
  TransitionStatus.ON_AGENDA,
] as const;

/**
 * The flow meetings held from the first day of `input`'s first period to its last period's `asOf` (a meeting is
 * held once its week has begun), each with its agenda counted by outcome. Two statements whatever the number of
 * meetings and transitions: the meetings, and their agenda items counted by meeting and outcome in the database.
 */
export async function flowMeetingStatistics(
  em: EntityManager,
  input: StatisticsPeriodInput,
  today: string,
  caller: Caller | null,
): Promise<FlowMeetingStatistics[]> {
  const periods = statisticsPeriods(input, today);
  if (!periods.length) return [];
  const from = periods[0].start;
  const asOf = periods[periods.length - 1].asOf;
  const meetings = await em.find(
    FlowMeeting,
    { startDate: { $gte: from, $lte: asOf } },
    { orderBy: { startDate: 'asc' } },
  );
  if (!meetings.length) return [];
  const rows = (await em.getConnection().execute(
    `select i.flow_meeting_id as meeting, i.outcome as outcome, count(*) as n
       from flow_meeting_item i join flow_meeting m on m.id = i.flow_meeting_id
      where m.start_date >= ? and m.start_date <= ?
      group by i.flow_meeting_id, i.outcome`,
    [from, asOf],
    'all',
    em.getTransactionContext(),
  )) as { meeting: string; outcome: FlowMeetingOutcome | null; n: number | string }[];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const status = row.outcome ? STATUS_OF[row.outcome] : TransitionStatus.ON_AGENDA;
    const key = `${String(row.meeting)}:${status}`;
    counts.set(key, (counts.get(key) ?? 0) + Number(row.n));
  }

  // One table: each meeting's transitions are the sum of its outcomes, and stay visible longest.
  const table = new StatTable();
  for (const meeting of meetings) {
    const parts = STATUSES.map((status) =>
      table.count(`${meeting.id}:${status}`, counts.get(`${meeting.id}:${status}`) ?? 0),
    );
    const total = parts.reduce((sum, key) => sum + (counts.get(key) ?? 0), 0);
    table.sum(table.count(`${meeting.id}:total`, total, 1), parts);
  }
  const cell = table.resolve(caller);
  return meetings.map((meeting) => ({
    meeting,
    date: meeting.startDate,
    week: meeting.week,
    transitions: cell(`${meeting.id}:total`),
    byOutcome: STATUSES.map((status) => ({ status, count: cell(`${meeting.id}:${status}`) })),
  }));
}
