/** What every change of a transition shares: finding it at the version read, stepping its status, its notes. */
import { type EntityManager } from '@mikro-orm/core';
import {
  conflictOnRace,
  expectVersion,
  type RecordName,
  NotFoundError,
  UserInputError,
  normalizeOptional,
} from '@veiinn/kit';
import { requireActingFor } from '../../access/write-rules';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { Transition, TransitionStatusChange, TransitionStep } from './transition.entity';
import { TransitionProposer, TransitionStatus, TransitionStepKind, TransitionStepOutcome } from './transition.enums';
import { textProblem } from './transition.rules';
import { stepTransition } from './transition.state';

/** Runs a change; a concurrent change caught by a version column or a unique index becomes CONFLICT. */
export function changing<T>(what: RecordName, work: () => Promise<T>): Promise<T> {
  return conflictOnRace(what, work, ['version', 'unique']);
}

/** The allocation office's own steps of a transition and its flow meetings. */
export const CASE_WORK = { no: 'behandle overganger og flytmøter', en: 'handle transitions and flow meetings' };

/**
 * The transition, or NOT_FOUND; CONFLICT when `expectedVersion` is stale. With `ctx`, FORBIDDEN first unless the
 * caller may act for its participant (an unknown id is refused alike).
 */
export async function transitionFor(
  tx: EntityManager,
  id: string,
  expectedVersion?: number | null,
  ctx?: IntakeContext,
): Promise<Transition> {
  const transition = isUuid(id) ? await tx.findOne(Transition, { id }) : null;
  if (ctx) {
    await requireActingFor(ctx, transition?.participant.id ?? '', {
      no: 'endre overgangen',
      en: 'change this transition',
    });
  }
  if (!transition) throw new NotFoundError('Transition', id);
  expectVersion(transition, expectedVersion, { nb: 'Overgangen', en: `Transition ${transition.id}`, it: 'den' });
  return transition;
}

/** Moves the transition to `to` (or TRANSITION_STATE) and writes the history row, in the caller's transaction. */
export async function step(
  tx: EntityManager,
  transition: Transition,
  to: TransitionStatus,
  by: TransitionProposer,
  note: string | null,
): Promise<void> {
  transition.status = stepTransition(transition.status, to);
  transition.updatedAt = new Date();
  const position = await tx.count(TransitionStatusChange, { transition: transition.id });
  tx.persist(tx.create(TransitionStatusChange, { transition, status: to, by, note, position, at: new Date() }));
}

export const noteOf = (field: string, note: string | null | undefined, required = false): string | null => {
  const problem = textProblem(field, note, required);
  if (problem) throw new UserInputError([problem]);
  return normalizeOptional(note) || null;
};

/**
 * A REVERTING transition whose UNDO_END steps are all RESTORED becomes REVERTED (final), dated `today`: its changed
 * decision is then annulled. Anything else is left as it is.
 */
export async function finishRevert(
  em: EntityManager,
  transitionId: string,
  by: TransitionProposer,
  today: string,
): Promise<void> {
  await changing({ nb: 'Overgangen', en: `Transition ${transitionId}` }, () =>
    em.fork().transactional(async (tx) => {
      const transition = await tx.findOneOrFail(Transition, { id: transitionId });
      if (transition.status !== TransitionStatus.REVERTING) return;
      const undo = await tx.find(TransitionStep, { transition: transitionId, kind: TransitionStepKind.UNDO_END });
      if (undo.some((s) => s.outcome !== TransitionStepOutcome.RESTORED)) return;
      await step(tx, transition, TransitionStatus.REVERTED, by, null);
      transition.revertedOn = today;
    }),
  );
}
