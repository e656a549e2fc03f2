/** The steps of a transition that ask the providers: executing it, retrying a step, reverting it. */
import { FailedPreconditionError, NotFoundError } from '@veiinn/kit';
import { proposerOf, requireCaseWorker } from '../../access/write-rules';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { Offer } from '../../catalogue';
import { assertNavGranted } from '../../network';
import { FlowMeeting, Transition, TransitionStep } from './transition.entity';
import { TransitionProposer, TransitionStatus, TransitionStepKind, TransitionStepOutcome } from './transition.enums';
import { inPhase, runTransitionSteps, stepOpen } from './transition.execute';
import { RetryTransitionStepInput, RevertTransitionInput, TransitionStepInput } from './transition.inputs';
import { assertFlowMeetingHeld } from './transition.rules';
import { CASE_WORK, changing, finishRevert, noteOf, step, transitionFor } from './transition.change';

/** Executes an AGREED transition (NAV’s grant read again), then asks each provider for its steps outside the transaction. */
export async function executeTransition(ctx: IntakeContext, input: TransitionStepInput): Promise<Transition> {
  const { em, app, caller, requestId } = ctx;
  requireCaseWorker(caller, CASE_WORK);
  await changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
    em.transactional(async (tx) => {
      const transition = await transitionFor(tx, input.transitionId, input.expectedVersion);
      await step(tx, transition, TransitionStatus.EXECUTING, proposerOf(caller, input.by), null);
      // The outcome is recorded only once the meeting's week has begun; checked again here, as the last step before
      // providers are asked to move anyone.
      if (transition.flowMeeting)
        assertFlowMeetingHeld(await tx.findOneOrFail(FlowMeeting, { id: transition.flowMeeting.id }), app.today());
      // NAV's grant is read again: NAV may have put the person back on its waiting list since the proposal.
      const starts = await tx.find(TransitionStep, { transition: transition.id, kind: TransitionStepKind.START });
      const offers = await tx.find(Offer, { id: { $in: starts.map((s) => s.offerId) } });
      await assertNavGranted(tx, transition.participant.id, offers);
      transition.executedOn = app.today();
    }),
  );
  await runTransitionSteps(em, app.providerClient, input.transitionId, { caller, requestId });
  return em.fork().findOneOrFail(Transition, { id: input.transitionId });
}

/** Asks a provider again for one refused or unanswered step, then ends a revert whose undoing is complete. */
export async function retryTransitionStep(ctx: IntakeContext, input: RetryTransitionStepInput): Promise<Transition> {
  const { em, app, caller, requestId } = ctx;
  requireCaseWorker(caller, CASE_WORK);
  await changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
    em.transactional(async (tx) => {
      const transition = await transitionFor(tx, input.transitionId, input.expectedVersion);
      if (transition.status !== TransitionStatus.EXECUTING && transition.status !== TransitionStatus.REVERTING) {
        throw new FailedPreconditionError(
          'TRANSITION_STATE',
          {
            nb: `Bare en overgang som er i gang eller blir tilbakeført (EXECUTING, REVERTING), har steg som kan prøves igjen. Denne er ${transition.status}.`,
            en: `Only an EXECUTING or REVERTING transition has steps to retry; this one is ${transition.status}.`,
          },
          { from: transition.status, to: transition.status },
        );
      }
      const target = isUuid(input.stepId)
        ? await tx.findOne(TransitionStep, { id: input.stepId, transition: transition.id })
        : null;
      if (!target) throw new NotFoundError('TransitionStep', input.stepId);
      // A REVERTING transition asks only for its UNDO_END steps; its refused START steps are not asked again.
      if (
        !stepOpen(target) ||
        target.outcome === TransitionStepOutcome.NOT_ASKED ||
        !inPhase(transition.status, target)
      ) {
        throw new FailedPreconditionError(
          'TRANSITION_STEP_STATE',
          {
            nb: `Bare et steg som er avslått eller ikke besvart, kan sendes igjen. Dette er ${target.outcome}.`,
            en: `Only a refused or unanswered step can be asked again; this one is ${target.outcome}.`,
          },
          { outcome: target.outcome },
        );
      }
      transition.updatedAt = new Date();
    }),
  );
  await runTransitionSteps(em, app.providerClient, input.transitionId, { caller, requestId }, input.stepId);
  await finishRevert(em, input.transitionId, proposerOf(caller, TransitionProposer.CASE_WORKER), app.today());
  return em.fork().findOneOrFail(Transition, { id: input.transitionId });
}

/** Reverts an EXECUTING transition none of whose targets started: an UNDO_END for each end that may have happened. */
export async function revertTransition(ctx: IntakeContext, input: RevertTransitionInput): Promise<Transition> {
  const { em, app, caller, requestId } = ctx;
  requireCaseWorker(caller, CASE_WORK);
  const reason = noteOf('reason', input.reason, true);
  const by = proposerOf(caller, TransitionProposer.CASE_WORKER);
  await changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
    em.transactional(async (tx) => {
      const transition = await transitionFor(tx, input.transitionId, input.expectedVersion);
      if (transition.status !== TransitionStatus.EXECUTING) {
        throw new FailedPreconditionError(
          'TRANSITION_STATE',
          {
            nb: `Bare en overgang som gjennomføres (EXECUTING) kan reverseres; denne er ${transition.status}.`,
            en: `Only an EXECUTING transition can be reverted; this one is ${transition.status}.`,
          },
          { from: transition.status, to: TransitionStatus.REVERTING },
        );
      }
      const steps = await tx.find(TransitionStep, { transition: transition.id }, { orderBy: { position: 'asc' } });
      const started = steps.filter(
        (s) => s.kind === TransitionStepKind.START && s.outcome === TransitionStepOutcome.CREATED,
      );
      if (started.length) {
        throw new FailedPreconditionError(
          'TRANSITION_TARGET_STARTED',
          {
            nb: `En ny plass i overgangen er allerede startet, så endene kan ikke reverseres; avslutt den nye plassen hos tilbyderen først, eller prøv de avviste stegene igjen.`,
            en: `A target of the transition has been started, so its ends cannot be reverted; end the new placement with its provider first, or retry the refused steps.`,
          },
          { stepIds: started.map((s) => s.id) },
        );
      }
      await step(tx, transition, TransitionStatus.REVERTING, by, reason);
      transition.revertReason = reason;
      let position = steps.length;
      // An unanswered END may have been carried out (its answer lost): it is undone too; the provider's answer to
      // restoring a last day the placement still has is simply that it has it.
      const undone = steps.filter(
        (s) =>
          s.kind === TransitionStepKind.END &&
          (s.outcome === TransitionStepOutcome.ENDED || s.outcome === TransitionStepOutcome.UNREACHABLE),
      );
      for (const end of undone) {
        tx.persist(
          tx.create(TransitionStep, {
            transition,
            position: position++,
            kind: TransitionStepKind.UNDO_END,
            placementId: end.placementId,
            offerId: end.offerId,
            endDate: end.previousEndDate,
          } as never),
        );
      }
    }),
  );
  await runTransitionSteps(em, app.providerClient, input.transitionId, { caller, requestId });
  await finishRevert(em, input.transitionId, by, app.today());
  return em.fork().findOneOrFail(Transition, { id: input.transitionId });
}
