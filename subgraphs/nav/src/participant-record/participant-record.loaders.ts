import type { EntityManager } from '@mikro-orm/core';
import { findByKeys } from '@veiinn/kit';
import DataLoader from 'dataloader';
import { groupByKeys } from '../common/group';
import { NavParticipantStatus } from './participant-record.enums';
import { NavParticipantRecord } from './participant-record.entity';

/** A person's live records (tombstoned ones are gone), newest status first, for many people in one query. */
export function recordsByPersonRefLoader(em: EntityManager) {
  return new DataLoader<string, NavParticipantRecord[]>(async (refs) => {
    const rows = await findByKeys(
      em,
      NavParticipantRecord,
      'personRef',
      [...refs],
      { deletedAt: null },
      {
        statusAt: 'desc',
        id: 'asc',
      },
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
    const rows = await findByKeys(
      em,
      NavParticipantRecord,
      'measureInstance',
      [...instanceIds],
      { status: NavParticipantStatus.VENTELISTE, deletedAt: null },
      { statusAt: 'asc', id: 'asc' },
    );
    return groupByKeys(instanceIds, rows, (row) => row.measureInstance.id);
  });
}
