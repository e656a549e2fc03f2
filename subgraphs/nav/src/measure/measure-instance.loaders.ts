import type { EntityManager } from '@mikro-orm/core';
import { findByKeys } from '@veiinn/kit';
import DataLoader from 'dataloader';
import { groupByKeys } from '../common/group';
import { isUuid } from '../common/ids';
import { NavParticipantStatus } from '../participant-record/participant-record.enums';
import { NavParticipantRecord } from '../participant-record/participant-record.entity';
import { NavMeasureInstance } from './measure-instance.entity';

/** How many of an instance's records take part and how many wait. */
export interface PlaceCounts {
  participants: number;
  waiting: number;
}

/** The measure instances delivered as each catalogue offer; ids that are not NAV-shaped have none. */
export function instancesByOfferLoader(em: EntityManager) {
  return new DataLoader<string, NavMeasureInstance[]>(async (offerIds) => {
    const ids = offerIds.filter(isUuid);
    const rows = ids.length ? await findByKeys(em, NavMeasureInstance, 'offerId', ids, {}, { number: 'asc' }) : [];
    return groupByKeys(offerIds, rows, (row) => row.offerId);
  });
}

/**
 * Participants (DELTAR) and waiting people (VENTELISTE) per instance, counted by the database in one grouped
 * query for all instances of a request, so a list of instances costs one statement however long it is.
 */
export function placeCountsLoader(em: EntityManager) {
  return new DataLoader<string, PlaceCounts>(async (instanceIds) => {
    const rows = await em
      .getConnection()
      .execute<{ measure_instance_id: string; status: string; n: number | string }[]>(
        'select measure_instance_id, status, count(*) as n from participant_record ' +
          'where deleted_at is null and status in (?, ?) ' +
          `and measure_instance_id in (${instanceIds.map(() => '?').join(', ')}) ` +
          'group by measure_instance_id, status',
        [NavParticipantStatus.DELTAR, NavParticipantStatus.VENTELISTE, ...instanceIds],
      );
    const counts = new Map<string, PlaceCounts>(instanceIds.map((id) => [id, { participants: 0, waiting: 0 }]));
    for (const row of rows) {
      const entry = counts.get(row.measure_instance_id);
      if (!entry) continue;
      if (row.status === NavParticipantStatus.DELTAR) entry.participants = Number(row.n);
      else entry.waiting = Number(row.n);
    }
    return instanceIds.map((id) => counts.get(id)!);
  });
}

/** How many live records of one instance are in one NAV status. */
export interface StatusCount {
  status: NavParticipantStatus;
  count: number;
}

/**
 * Live records per instance and status, counted by the database in one grouped query for all instances of a
 * request; statuses without records are left out, the rest in the order of NavParticipantStatus.
 */
export function statusCountsLoader(em: EntityManager) {
  return new DataLoader<string, StatusCount[]>(async (instanceIds) => {
    const rows = await em
      .getConnection()
      .execute<{ measure_instance_id: string; status: string; n: number | string }[]>(
        'select measure_instance_id, status, count(*) as n from participant_record ' +
          `where deleted_at is null and measure_instance_id in (${instanceIds.map(() => '?').join(', ')}) ` +
          'group by measure_instance_id, status',
        [...instanceIds],
      );
    const order = Object.values(NavParticipantStatus) as string[];
    const counts = new Map<string, StatusCount[]>(instanceIds.map((id) => [id, []]));
    for (const row of rows) {
      counts.get(row.measure_instance_id)?.push({ status: row.status as NavParticipantStatus, count: Number(row.n) });
    }
    return instanceIds.map((id) => counts.get(id)!.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status)));
  });
}

/** The live records of each instance, newest status first (then by id, so the order is total). */
export function recordsByInstanceLoader(em: EntityManager) {
  return new DataLoader<string, NavParticipantRecord[]>(async (instanceIds) => {
    const rows = await findByKeys(
      em,
      NavParticipantRecord,
      'measureInstance',
      [...instanceIds],
      { deletedAt: null },
      { statusAt: 'desc', id: 'asc' },
    );
    return groupByKeys(instanceIds, rows, (row) => row.measureInstance.id);
  });
}
