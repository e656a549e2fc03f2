import { LockMode, OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { ConflictError, FailedPreconditionError, NotFoundError } from '@veiinn/kit';
import { isUuid } from '../common/ids';
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
  const participation = isUuid(id)
    ? await tx.findOne(ArbaParticipation, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!participation) throw new NotFoundError('ArbaPlacement', id);
  if (expectedVersion != null && expectedVersion !== participation.version) {
    throw new ConflictError(
      {
        nb: `Plassen er endret siden versjon ${expectedVersion}. Nå er den versjon ${participation.version}. Les den på nytt.`,
        en: `Placement ${id} has changed since version ${expectedVersion}; it is now version ${participation.version}.`,
      },
      { currentVersion: participation.version },
    );
  }
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
export async function withVersionCheck<T>(id: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new ConflictError({
        nb: `Plassen ble endret av noen andre samtidig. Les den på nytt.`,
        en: `Placement ${id} was changed by someone else at the same time; read it again.`,
      });
    }
    throw error;
  }
}
