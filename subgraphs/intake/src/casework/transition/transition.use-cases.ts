/** The steps of a transition that stay in the hub: withdrawn, on an agenda, its outcome, settled. */
import { NotFoundError } from '@veiinn/kit';
import { proposerOf, requireCaseWorker } from '../../access/write-rules';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { writeChangedDecision } from '../decision/decision.change';
import { Placement } from '../../network';
import { FlowMeeting, FlowMeetingItem, Transition, TransitionStep } from './transition.entity';
import { FlowMeetingOutcome, TransitionProposer, TransitionStatus } from './transition.enums';
import { stepSeenInHub } from './transition.execute';
import { AddTransitionToAgendaInput, RecordTransitionOutcomeInput, TransitionStepInput } from './transition.inputs';
import { assertFlowMeetingHeld } from './transition.rules';
import { stepTransition } from './transition.state';
import { CASE_WORK, changing, noteOf, step, transitionFor } from './transition.change';

/** Withdraws a transition, by someone who may act for its participant. */
export function withdrawTransition(ctx: IntakeContext, input: TransitionStepInput): Promise<Transition> {
  const note = noteOf('note', input.note);
  return changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
    ctx.em.transactional(async (tx) => {
      const transition = await transitionFor(tx, input.transitionId, input.expectedVersion, ctx);
      await step(tx, transition, TransitionStatus.WITHDRAWN, proposerOf(ctx.caller, input.by), note);
      return transition;
    }),
  );
}

/** Puts a PROPOSED transition on a flow meeting’s agenda, as its next item. */
export function addTransitionToAgenda(ctx: IntakeContext, input: AddTransitionToAgendaInput): Promise<Transition> {
  const { em, caller } = ctx;
  requireCaseWorker(caller, CASE_WORK);
  return changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
    em.transactional(async (tx) => {
      const meeting = isUuid(input.flowMeetingId) ? await tx.findOne(FlowMeeting, { id: input.flowMeetingId }) : null;
      if (!meeting) throw new NotFoundError('FlowMeeting', input.flowMeetingId);
      const transition = await transitionFor(tx, input.transitionId, input.expectedVersion);
      await step(tx, transition, TransitionStatus.ON_AGENDA, proposerOf(caller, TransitionProposer.CASE_WORKER), null);
      transition.flowMeeting = tx.getReference(FlowMeeting, meeting.id, { wrapped: true });
      const position = (await tx.count(FlowMeetingItem, { flowMeeting: meeting.id })) + 1;
      tx.persist(tx.create(FlowMeetingItem, { flowMeeting: meeting, transition, position } as never));
      return transition;
    }),
  );
}

/** What the flow meeting decided; AGREED writes the changed decision in the same transaction. */
export function recordTransitionOutcome(ctx: IntakeContext, input: RecordTransitionOutcomeInput): Promise<Transition> {
  const { em, app, caller } = ctx;
  requireCaseWorker(caller, CASE_WORK);
  const note = noteOf('note', input.note, input.outcome === FlowMeetingOutcome.REJECTED);
  return changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
    em.transactional(async (tx) => {
      const transition = await transitionFor(tx, input.transitionId, input.expectedVersion);
      const to = {
        [FlowMeetingOutcome.AGREED]: TransitionStatus.AGREED,
        [FlowMeetingOutcome.REJECTED]: TransitionStatus.REJECTED,
        [FlowMeetingOutcome.POSTPONED]: TransitionStatus.PROPOSED,
      }[input.outcome];
      // Only a transition on an agenda has an outcome; from any other status each outcome is a forbidden step.
      if (transition.status !== TransitionStatus.ON_AGENDA) stepTransition(transition.status, to);
      const item = await tx.findOneOrFail(FlowMeetingItem, {
        transition: transition.id,
        flowMeeting: transition.flowMeeting!.id,
      });
      assertFlowMeetingHeld(await tx.findOneOrFail(FlowMeeting, { id: transition.flowMeeting!.id }), app.today());
      await step(tx, transition, to, proposerOf(caller, TransitionProposer.CASE_WORKER), note);
      Object.assign(item, { outcome: input.outcome, note });
      transition.outcomeNote = note;
      if (input.outcome === FlowMeetingOutcome.POSTPONED) transition.flowMeeting = null;
      // AGREED: the allocation office's changed decision (endret vedtak), in the same transaction.
      if (input.outcome === FlowMeetingOutcome.AGREED) await writeChangedDecision(tx, transition, app.today());
      return transition;
    }),
  );
}

/** Makes an EXECUTING transition COMPLETED once the hub’s placement index shows every step. */
export function settleTransition(ctx: IntakeContext, input: TransitionStepInput): Promise<Transition> {
  requireCaseWorker(ctx.caller, CASE_WORK);
  return changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
    ctx.em.transactional(async (tx) => {
      const transition = await transitionFor(tx, input.transitionId, input.expectedVersion);
      if (transition.status === TransitionStatus.COMPLETED) return transition;
      if (transition.status !== TransitionStatus.EXECUTING)
        stepTransition(transition.status, TransitionStatus.COMPLETED);
      const steps = await tx.find(TransitionStep, { transition: transition.id });
      const placementIds = steps.map((s) => s.placementId).filter((id): id is string => id != null);
      const placements = new Map((await tx.find(Placement, { id: { $in: placementIds } })).map((p) => [p.id, p]));
      const done = steps.every((s) => s.placementId != null && stepSeenInHub(s, placements.get(s.placementId)));
      if (done) await step(tx, transition, TransitionStatus.COMPLETED, proposerOf(ctx.caller, input.by), null);
      return transition;
    }),
  );
}
