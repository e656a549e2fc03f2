import type { EntityManager } from '@mikro-orm/core';
import { StatTable, type Caller, type StatCount } from '@veiinn/kit';
import { NavMeasureCode } from '../measure/measure.enums';
import { NavParticipantStatus } from '../participant-record/participant-record.enums';

/** The statuses of a record that took up a place: those who take part now, and those who did and have left. */
const TOOK_PART = [
  NavParticipantStatus.DELTAR,
  NavParticipantStatus.HAR_SLUTTET,
  NavParticipantStatus.FULLFORT,
  NavParticipantStatus.AVBRUTT,
];

/** One row of state VTA places on a day: a municipality's places that year, and the day they are counted on. */
export interface StateVtaCell {
  key: string;
  municipality: string;
  places: number;
  asOf: string;
}

export interface StateVtaUse {
  inUse: StatCount;
  free: StatCount;
}

/**
 * How many of a municipality's state VTA places are in use on a day: NAV's own VTA participations (measure
 * VARIG_TILRETTELAGT_ARBEID_SKJERMET) at instances whose place of attendance is the municipality, that took part
 * (DELTAR, or have since left) and ran on that day by their first and last day. Counted by dates, not by today's
 * status, so a past day's figure is what it was then. Free is places − in use, not below 0.
 *
 * One statement whatever the number of records and cells: the VTA records' days and municipality (no person's
 * pseudonym), counted here for each cell. All cells are one table for suppression: in use + free = places, with
 * places shown, when free is not capped at 0.
 */
export async function stateVtaUse(
  em: EntityManager,
  cells: readonly StateVtaCell[],
  caller: Caller | null,
): Promise<Map<string, StateVtaUse>> {
  const result = new Map<string, StateVtaUse>();
  if (!cells.length) return result;
  const days = cells.map((c) => c.asOf).sort();
  const rows = (await em.getConnection().execute(
    `select r.start_date as start_date, r.end_date as end_date, i.place_of_attendance as municipality
       from participant_record r join measure_instance i on i.id = r.measure_instance_id
      where r.deleted_at is null and i.measure_code = ? and r.status in (${TOOK_PART.map(() => '?').join(', ')})
        and r.start_date is not null and r.start_date <= ? and (r.end_date is null or r.end_date >= ?)`,
    [NavMeasureCode.VARIG_TILRETTELAGT_ARBEID_SKJERMET, ...TOOK_PART, days[days.length - 1], days[0]],
    'all',
    em.getTransactionContext(),
  )) as { start_date: string; end_date: string | null; municipality: string | null }[];
  const table = new StatTable();
  for (const cell of cells) {
    const inUse = rows.filter(
      (r) =>
        r.municipality === cell.municipality &&
        r.start_date <= cell.asOf &&
        (r.end_date === null || r.end_date >= cell.asOf),
    ).length;
    const free = Math.max(0, cell.places - inUse);
    table.count(`${cell.key}:inUse`, inUse);
    table.count(`${cell.key}:free`, free);
    table.fixed(`${cell.key}:places`, cell.places);
    // Capped at 0, free says only that in use is at least the places: no equation.
    if (free > 0 || inUse === cell.places) table.sum(`${cell.key}:places`, [`${cell.key}:inUse`, `${cell.key}:free`]);
  }
  const of = table.resolve(caller);
  for (const cell of cells) result.set(cell.key, { inUse: of(`${cell.key}:inUse`), free: of(`${cell.key}:free`) });
  return result;
}

/** The day a year's allocation is counted on: its last day, today while it runs, its first day before it begins. */
export function allocationAsOf(year: number, today: string): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today > last ? last : today < first ? first : today;
}
