import {
  LockMode,
  OptimisticLockError,
  UniqueConstraintViolationException,
  type EntityManager,
  type EntityName,
  type FilterQuery,
} from '@mikro-orm/core';
import { ConflictError, isUuid } from '@veiinn/contracts';

/**
 * How a record is named in the texts of a conflict: `nb` in the definite form that opens a sentence ('Søknaden'),
 * `en` as it opens the English one ('Application 42', 'The career plan'). `it` is the Norwegian pronoun ('det' for
 * neuter nouns such as vedtaket, tilbudet); with it the texts ask to read "it" again ("Les den på nytt"), without it
 * they say only "Les på nytt", as the oldest texts do.
 */
export interface RecordName {
  nb: string;
  en: string;
  it?: 'den' | 'det';
}

const readAgain = (name: RecordName): string => (name.it ? `Les ${name.it} på nytt.` : 'Les på nytt.');

/**
 * CONFLICT unless the caller read the version stored now: `expected` left out (null) checks nothing. A record not
 * yet stored counts as version 0. `extensions.currentVersion` tells the client what to read.
 */
export function expectVersion(
  record: { version?: number | null },
  expected: number | null | undefined,
  name: RecordName,
): void {
  const current = record.version ?? 0;
  if (expected == null || expected === current) return;
  throw new ConflictError(
    {
      nb: `${name.nb} er endret siden versjon ${expected}. Nå er ${name.it ?? 'den'} versjon ${current}. ${readAgain(name)}`,
      en: `${name.en} has changed since version ${expected}; it is now version ${current}.`,
    },
    { currentVersion: current },
  );
}

/**
 * What a lost race looks like: `version` is a write the ORM's version column refused (someone committed in between),
 * `unique` a row a unique index refused (someone inserted the same key in between).
 */
export type RaceKind = 'version' | 'unique';

/** Whether `error` is a lost race of one of `kinds`. */
export function isRace(error: unknown, kinds: readonly RaceKind[] = ['version']): boolean {
  return (
    (kinds.includes('version') && error instanceof OptimisticLockError) ||
    (kinds.includes('unique') && error instanceof UniqueConstraintViolationException)
  );
}

/**
 * Runs `work`; a lost race of one of `kinds` is handed to `instead`, whose error is thrown in its place. When
 * `instead` returns nothing the race is thrown as it was (e.g. the winner could not be found to be named).
 */
export async function onRace<T>(
  kinds: readonly RaceKind[],
  work: () => Promise<T>,
  instead: (error: unknown) => unknown,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isRace(error, kinds)) throw error;
    const replacement = await instead(error);
    throw replacement ?? error;
  }
}

/** The text of a lost race, "was changed by someone else at the same time". */
export const changedAtTheSameTime = (name: RecordName) => ({
  nb: `${name.nb} ble endret av noen andre samtidig. ${readAgain(name)}`,
  en: `${name.en} was changed by someone else at the same time; read it again.`,
});

/**
 * Runs a change; a lost race of one of `kinds` (the version column by default) becomes CONFLICT, "changed by
 * someone else at the same time", so the caller reads again.
 */
export function conflictOnRace<T>(
  name: RecordName,
  work: () => Promise<T>,
  kinds: readonly RaceKind[] = ['version'],
): Promise<T> {
  return onRace(kinds, work, () => new ConflictError(changedAtTheSameTime(name)));
}

/**
 * Reads a row by id and locks it until the transaction ends, so that the rule checks that follow (a full group, two
 * open transitions for one participant) cannot be passed by two writers at once: null for no such row, and for an id
 * that is no uuid (no query is sent). PostgreSQL locks the row (`select ... for update`); SQLite has one connection,
 * so its transactions run one at a time anyway. Call it inside `em.transactional`, with the transaction's `em`.
 */
export async function lockForWrite<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
): Promise<T | null> {
  if (!isUuid(id)) return null;
  return em.findOne(entity, { id } as FilterQuery<T>, { lockMode: LockMode.PESSIMISTIC_WRITE });
}
