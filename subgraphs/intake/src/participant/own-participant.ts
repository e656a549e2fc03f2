import type { EntityManager } from '@mikro-orm/core';
import { hasRole, Role, type Caller } from '@veiinn/kit';
import { Participant } from './participant.entity';

/**
 * A citizen signed in with ID-porten carries their identity number (`pid`), not a participant id: the hub finds the
 * participant with that number and treats it as the caller's own, as if the token had named it in `participantIds`.
 * Only for the role applicant: a guardian's `pid` is the guardian's own number, never the young person's.
 * Read in a fork, so the partial row never enters the identity map the resolvers use.
 */
export async function withOwnParticipant(caller: Caller, em: EntityManager): Promise<Caller> {
  if (!caller.pid || !hasRole(caller, Role.APPLICANT)) return caller;
  const own = await em.fork().findOne(Participant, { nationalIdentityNumber: caller.pid }, { fields: ['id'] });
  if (!own || caller.participantIds?.includes(own.id)) return caller;
  return { ...caller, participantIds: [...(caller.participantIds ?? []), own.id] };
}
