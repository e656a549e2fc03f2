import type { EntityManager } from '@mikro-orm/core';
import type { RetentionRule } from '../hub-module';
import { CorrectionRequest, Guardian, Guardianship, Participant } from '../people';

/** The names an anonymised participant keeps: the decisions and the log about them stay, under these. */
export const ANONYMISED_NAME = 'Anonymisert';

/**
 * Participants who left long ago (docs/privacy.md, "Retention"): every place they had ended before the cutoff, and
 * nothing is open for them (no application being made or assessed, no waiting-list entry, no transition under way),
 * nor was the person changed since. Casework's rule, since it needs the placement index and casework's own rows.
 * The identity number's column holds an "A" and ten characters of the id once anonymised: never a number again.
 */
async function leftLongAgo(em: EntityManager, cutoff: Date): Promise<string[]> {
  const day = cutoff.toISOString().slice(0, 10);
  const rows = (await em.getConnection().execute(
    `select p.id from participant p
     where p.national_identity_number not like 'A%'
       and exists (select 1 from placement x where x.participant_id = cast(p.id as varchar(64)))
       and not exists (select 1 from placement x where x.participant_id = cast(p.id as varchar(64))
         and (x.end_date is null or x.end_date >= ?))
       and not exists (select 1 from application a where a.participant_id = p.id
         and a.status in ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT'))
       and not exists (select 1 from waiting_entry w where w.participant_id = cast(p.id as varchar(64))
         and w.left_on is null)
       and not exists (select 1 from transition t where t.participant_id = p.id
         and t.status in ('PROPOSED', 'ON_AGENDA', 'AGREED', 'EXECUTING', 'REVERTING'))`,
    [day],
    'all',
    em.getTransactionContext(),
  )) as { id: string }[];
  if (!rows.length) return [];
  const unchanged = await em.find(
    Participant,
    { id: { $in: rows.map((row) => row.id) }, updatedAt: { $lt: cutoff } },
    { fields: ['id'] },
  );
  return unchanged.map((participant) => participant.id);
}

/**
 * Anonymises rather than deletes: decisions are kept under the Archives Act and name their participant, and the
 * log of reads must still say whose data was read. What identifies the person goes: names, identity number and its
 * pseudonym, birth date (the year stays, for statistics), contact details, guardians and their claims, and the
 * values and reasons in requests for correction.
 */
export const leftParticipants: RetentionRule = {
  name: 'LEFT_PARTICIPANTS',
  what: 'participants whose last place ended that long ago, with nothing open (anonymised, not deleted)',
  days: 3653,
  count: async (em, cutoff) => (await leftLongAgo(em, cutoff)).length,
  async purge(em: EntityManager, cutoff) {
    const ids = await leftLongAgo(em, cutoff);
    if (!ids.length) return 0;
    for (const participant of await em.find(Participant, { id: { $in: ids } })) {
      Object.assign(participant, {
        givenName: ANONYMISED_NAME,
        familyName: ANONYMISED_NAME,
        searchText: ANONYMISED_NAME.toLowerCase(),
        nationalIdentityNumber: `A${participant.id.replace(/-/g, '').slice(0, 10)}`,
        personRef: null,
        birthDate: `${participant.birthDate.slice(0, 4)}-01-01`,
        email: null,
        phone: null,
      });
    }
    await em.nativeDelete(Guardian, { participant: { $in: ids } });
    await em.nativeDelete(Guardianship, { participant: { $in: ids } } as never);
    await em.nativeUpdate(
      CorrectionRequest,
      { participant: { $in: ids } } as never,
      { currentValue: null, correctValue: '', previousValue: null, reason: '' } as never,
    );
    await em.flush();
    return ids.length;
  },
};
