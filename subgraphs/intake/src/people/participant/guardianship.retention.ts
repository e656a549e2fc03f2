import type { RetentionRule } from '../../hub-module';
import { Guardianship } from './guardianship.entity';

const unconfirmed = (cutoff: Date) => ({ confirmedAt: null, claimedAt: { $lt: cutoff } });

/** A guardian's claim the office never confirmed: it names the guardian (by pseudonym) and the young person. */
export const unconfirmedGuardianships: RetentionRule = {
  name: 'UNCONFIRMED_GUARDIANSHIPS',
  what: 'guardians’ claims to act for a young person that the office never confirmed',
  days: 365,
  count: (em, cutoff) => em.count(Guardianship, unconfirmed(cutoff)),
  purge: (em, cutoff) => em.nativeDelete(Guardianship, unconfirmed(cutoff)),
};
