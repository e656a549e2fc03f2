import type { RetentionRule } from '@veiinn/kit';
import { NavParticipantRecord } from './participant-record.entity';

/**
 * NAV deleted a record (a tombstone on its topic): the adapter keeps an empty record, already without its pseudonym
 * and extent periods and invisible in the graph, so that a late duplicate of an older version cannot bring it back;
 * after the period, the empty record goes too (docs/privacy.md, "Retention"). A version older than the period that
 * arrives after that is stored as new; NAV's topic has compacted it away long before.
 */
export const DELETED_RECORDS: RetentionRule = {
  name: 'DELETED_RECORDS',
  what: "NAV's participant records that NAV deleted (kept empty until then)",
  days: 365,
  count: (em, cutoff) => em.count(NavParticipantRecord, { deletedAt: { $lt: cutoff } }),
  purge: (em, cutoff) => em.nativeDelete(NavParticipantRecord, { deletedAt: { $lt: cutoff } }),
};
