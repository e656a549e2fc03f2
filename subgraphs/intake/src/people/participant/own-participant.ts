import type { EntityManager } from '@mikro-orm/core';
import { hasRole, personRef, Role, type Caller } from '@veiinn/kit';
import { Guardianship } from './guardianship.entity';
import { Participant } from './participant.entity';

/**
 * A citizen signed in with ID-porten carries their identity number (`pid`), not a participant id. The hub completes
 * the caller from its own rows, once per request:
 * - an applicant: the participant with that number is their own, as if the token named it in `participantIds`;
 * - a guardian: the young people whose guardianship the allocation office has confirmed are theirs likewise. A
 *   guardianship only claimed (`registerWard`) adds nothing here: the guardian's `personRef` lets them see the
 *   applications they submitted themselves, and no more (access/row-scope.ts).
 * A guardian's `pid` is the guardian's own number, never the young person's. Read in a fork, so the partial rows never
 * enter the identity map the resolvers use.
 */
export async function withOwnParticipant(caller: Caller, em: EntityManager, personRefKey: string): Promise<Caller> {
  if (!caller.pid) return caller;
  const applicant = hasRole(caller, Role.APPLICANT);
  const guardian = hasRole(caller, Role.GUARDIAN);
  if (!applicant && !guardian) return caller;
  const ref = personRef(caller.pid, personRefKey);
  const reader = em.fork();
  const own: string[] = [];
  if (applicant) {
    const self = await reader.findOne(Participant, { nationalIdentityNumber: caller.pid }, { fields: ['id'] });
    if (self) own.push(self.id);
  }
  if (guardian) {
    const confirmed = await reader.find(
      Guardianship,
      { guardianRef: ref, confirmedAt: { $ne: null } },
      { fields: ['participant'] },
    );
    own.push(...confirmed.map((g) => g.participant.id));
  }
  const participantIds = [...new Set([...(caller.participantIds ?? []), ...own])];
  return { ...caller, personRef: ref, ...(participantIds.length && { participantIds }) };
}
