import { type EntityManager } from '@mikro-orm/core';
import { conflictOnRace, expectVersion, FailedPreconditionError, NotFoundError, lockForWrite } from '@veiinn/kit';
import { ArbaParticipation } from './participation.entity';

/**
 * The participation a mutation changes, locked for the rest of the transaction: NOT_FOUND when there is none,
 * CONFLICT when the caller read an older version.
 */
export async function findTarget(
  tx: EntityManager,
  id: string,
  expectedVersion?: number | null,
): Promise<ArbaParticipation> {
  const participation = await lockForWrite(tx, ArbaParticipation, id);
  if (!participation) throw new NotFoundError('ArbaPlacement', id);
  expectVersion(participation, expectedVersion, { nb: 'Plassen', en: `Placement ${id}`, it: 'den' });
  return participation;
}

/** A participation that has ended takes no more changes. */
export function assertRunning(participation: ArbaParticipation): void {
  if (participation.endDate !== null) {
    throw new FailedPreconditionError('ALREADY_ENDED', {
      nb: `Plassen sluttet ${participation.endDate}. En plass som har sluttet, kan ikke endres.`,
      en: `Placement ${participation.id} ended on ${participation.endDate}; an ended placement cannot be changed.`,
    });
  }
}

/** Runs a mutation on one participation, turning a concurrent write caught by the version check into CONFLICT. */
export function withVersionCheck<T>(id: string, change: () => Promise<T>): Promise<T> {
  return conflictOnRace({ nb: 'Plassen', en: `Placement ${id}`, it: 'den' }, change);
}
