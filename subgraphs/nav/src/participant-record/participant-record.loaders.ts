import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { groupByKeys } from '../common/group';
import { NavParticipantStatus } from './participant-record.enums';
import { NavParticipantRecord } from './participant-record.entity';

/** A person's live records (tombstoned ones are gone), newest status first, for many people in one query. */
export function recordsByPersonRefLoader(em: EntityManager) {
  return new DataLoader<string, NavParticipantRecord[]>(async (refs) => {
    const rows = await em.find(
      NavParticipantRecord,
      { personRef: { $in: [...refs] }, deletedAt: null },
      { orderBy: { statusAt: 'desc', id: 'asc' } },
    );
    return groupByKeys(refs, rows, (row) => row.personRef);
  });
}

/**
 * The waiting list of each measure instance: its VENTELISTE records, longest waiting first (by status time, then
 * id, so the order is total). Position 1 is the first of the list.
 */
export function waitingListLoader(em: EntityManager) {
  return new DataLoader<string, NavParticipantRecord[]>(async (instanceIds) => {
    const rows = await em.find(
      NavParticipantRecord,
      { measureInstance: { $in: [...instanceIds] }, status: NavParticipantStatus.VENTELISTE, deletedAt: null },
      { orderBy: { statusAt: 'asc', id: 'asc' } },
    );
    return groupByKeys(instanceIds, rows, (row) => row.measureInstance.id);
  });
}
