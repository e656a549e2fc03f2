import type { MikroORM } from '@mikro-orm/core';
import { personRef } from '@veiinn/kit';
import { Participant } from './participant.entity';

/**
 * Gives every participant registered before pseudonyms existed (or before a key change) its pseudonym. Runs at
 * start; SQL cannot compute an HMAC, so a migration could not. Returns how many were filled in.
 */
export async function backfillPersonRefs(orm: MikroORM, key: string): Promise<number> {
  const em = orm.em.fork();
  const missing = await em.find(
    Participant,
    { personRef: null },
    { fields: ['id', 'nationalIdentityNumber', 'personRef'] },
  );
  for (const participant of missing) participant.personRef = personRef(participant.nationalIdentityNumber, key);
  await em.flush();
  return missing.length;
}
