import { Access } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { HubWriteAccess, requireCaseWorker } from '../../access/write-rules';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { Decision } from '../decision/decision.entity';
import { Offer } from '../../catalogue';
import { Participant } from '../../people';
import { Placement } from '../../network';
import { FlowMeeting, FlowMeetingItem, Transition, TransitionStatusChange, TransitionStep } from './transition.entity';
import { stepSeenInHub } from './transition.execute';
import {
  AddTransitionToAgendaInput,
  ProposeTransitionInput,
  RecordTransitionOutcomeInput,
  RetryTransitionStepInput,
  RevertTransitionInput,
  TransitionStepInput,
} from './transition.inputs';
import { stallState, TRANSITION_STEPS } from './transition.state';
import { TransitionStatus } from './transition.enums';
import { CASE_WORK } from './transition.change';

import { proposeTransition } from './propose-transition';
import {
  addTransitionToAgenda,
  recordTransitionOutcome,
  settleTransition,
  withdrawTransition,
} from './transition.use-cases';
import { executeTransition, retryTransitionStep, revertTransition } from './execute-transition';
import { seen } from './transition.progress';
@Resolver(() => Transition)
export class TransitionResolver {
  @Query(() => Transition, {
    nullable: true,
    description: 'One transition by id; null when there is none, or when the caller may not see it (the same answer).',
  })
  transition(
    @Arg('id', () => ID, { description: 'Id of the transition.' }) id: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition | null> {
    return isUuid(id) ? rowScope(ctx).transition(id) : Promise.resolve(null);
  }

  @Directive(Access.CASE_WORKER)
  @Query(() => [Transition], {
    description:
      'The allocation office’s transitions in the statuses given, oldest first: PROPOSED for those waiting for a flow meeting’s agenda (new, or postponed), EXECUTING and REVERTING for those under way (see `stalled`). Empty for an empty list. FORBIDDEN for anyone but the allocation office.',
  })
  transitionsByStatus(
    @Arg('statuses', () => [TransitionStatus], { description: 'The statuses to list.' }) statuses: TransitionStatus[],
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<Transition[]> {
    requireCaseWorker(caller, CASE_WORK);
    if (statuses.length === 0) return Promise.resolve([]);
    return em.find(Transition, { status: { $in: statuses } }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  @Directive(Access.CASE_WORKER)
  @FieldResolver(() => [TransitionStatus], {
    description:
      'The statuses it may go to next (the transition rules), for the allocation office’s buttons: e.g. EXECUTING for an AGREED one, COMPLETED and REVERTING for an EXECUTING one; empty when final. FORBIDDEN for anyone but the allocation office.',
  })
  nextStatuses(@Root() transition: Transition, @Ctx() { caller }: IntakeContext): TransitionStatus[] {
    requireCaseWorker(caller, CASE_WORK);
    return [...TRANSITION_STEPS[transition.status]];
  }

  @FieldResolver(() => Participant, { description: 'Whose transition it is.' })
  async participant(@Root() transition: Transition, @Ctx() ctx: IntakeContext): Promise<Participant> {
    const participant = await rowScope(ctx).participant(transition.participant.id);
    if (!participant) throw new Error(`Transition ${transition.id} refers to missing participant`);
    return participant;
  }

  @FieldResolver(() => FlowMeeting, {
    nullable: true,
    description: 'The flow meeting whose agenda it is on, or that decided it; null while PROPOSED.',
  })
  flowMeeting(@Root() transition: Transition, @Ctx() { loaders }: IntakeContext): Promise<FlowMeeting | null> {
    return transition.flowMeeting ? loaders.flowMeeting.load(transition.flowMeeting.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [FlowMeetingItem], {
    description: 'Every agenda item it has been, oldest first: a postponed transition has more than one.',
  })
  agendaItems(@Root() transition: Transition, @Ctx() { loaders }: IntakeContext): Promise<FlowMeetingItem[]> {
    return loaders.agendaItemsByTransition.load(transition.id);
  }

  @FieldResolver(() => Decision, {
    nullable: true,
    description:
      'The changed decision (endret vedtak, kind CHANGED_OFFERS) the allocation office wrote when the flow meeting AGREED; null before, and after REJECTED or POSTPONED.',
  })
  async decision(@Root() transition: Transition, @Ctx() ctx: IntakeContext): Promise<Decision | null> {
    // Through the participant's decisions (one batched query for many transitions), not one query per transition.
    const decisions = await ctx.loaders.decisionsByParticipant.load(transition.participant.id);
    const decision = decisions.find((d) => d.transition?.id === transition.id);
    return decision ? rowScope(ctx).decision(decision.id) : null;
  }

  @FieldResolver(() => [TransitionStep], {
    description: 'The placements it ends, then those it starts; once reverted, then the UNDO_END steps.',
  })
  steps(@Root() transition: Transition, @Ctx() { loaders }: IntakeContext): Promise<TransitionStep[]> {
    return loaders.stepsByTransition.load(transition.id);
  }

  @FieldResolver(() => [TransitionStatusChange], { description: 'Every status it has had, oldest first.' })
  statusHistory(@Root() transition: Transition, @Ctx() { loaders }: IntakeContext): Promise<TransitionStatusChange[]> {
    return loaders.statusHistoryByTransition.load(transition.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the hub’s placement index (fed by the providers’ feeds) shows every from-placement ended as asked and every target placement present. Computed on read; settleTransition then makes an EXECUTING transition COMPLETED.',
  })
  async complete(@Root() transition: Transition, @Ctx() ctx: IntakeContext): Promise<boolean> {
    return (await seen(transition, ctx)).every((s) => s.seenInHub);
  }

  @FieldResolver(() => Boolean, {
    description:
      'EXECUTING only: a provider refused or did not answer a step, or its feed has not shown the change 14 days after execution. Computed on read.',
  })
  async stalled(@Root() transition: Transition, @Ctx() ctx: IntakeContext): Promise<boolean> {
    return stallState(transition.status, await seen(transition, ctx), transition.executedOn, ctx.app.today()).stalled;
  }

  @FieldResolver(() => [String], {
    description:
      'EXECUTING only: the steps the hub has not yet seen in its placement index, e.g. "END <id>"; else empty.',
  })
  async waitingFor(@Root() transition: Transition, @Ctx() ctx: IntakeContext): Promise<string[]> {
    return stallState(transition.status, await seen(transition, ctx), transition.executedOn, ctx.app.today())
      .waitingFor;
  }

  @Directive(HubWriteAccess.PROPOSE_TRANSITION)
  @Mutation(() => Transition, {
    description:
      'Proposes a transition between offers (dynamisk flyt). An applicant or guardian may propose for their own participants, provider staff for their provider’s; FORBIDDEN otherwise. `proposedBy` is the caller’s own role, never given in the input: PARTICIPANT for an applicant, GUARDIAN for a guardian, PROVIDER_STAFF for provider staff, CASE_WORKER for the allocation office (and our services). NOT_FOUND for an unknown participant; BAD_USER_INPUT naming every field (a from-placement must be the participant’s, a target needs what its provider needs); FAILED_PRECONDITION PLACEMENT_ENDED for an ended from-placement, DECIDED_BY_NAV for a state place (VTA, AFT, VTAO) as target without NAV’s grant for the participant (seen on the NAV adapter’s feed), TRANSITION_OVERLAP when an open transition takes the same placement or aims at the same offer and group.',
  })
  proposeTransition(
    @Arg('input', () => ProposeTransitionInput, { description: 'The proposal.' }) input: ProposeTransitionInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return proposeTransition(ctx, input);
  }

  @Directive(HubWriteAccess.OWN_PARTICIPANT)
  @Mutation(() => Transition, {
    description:
      'Withdraws a PROPOSED or ON_AGENDA transition (it leaves the agenda unanswered). NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE. An applicant or guardian may withdraw their own participant’s (FORBIDDEN otherwise), recorded as themselves.',
  })
  withdrawTransition(
    @Arg('input', () => TransitionStepInput, { description: 'The transition, by whom and why.' })
    input: TransitionStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return withdrawTransition(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Puts a PROPOSED transition on a flow meeting’s agenda (ON_AGENDA). NOT_FOUND for the meeting or transition, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE.',
  })
  addTransitionToAgenda(
    @Arg('input', () => AddTransitionToAgendaInput, { description: 'The meeting and the transition.' })
    input: AddTransitionToAgendaInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return addTransitionToAgenda(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Records what the flow meeting decided on an ON_AGENDA transition: AGREED (the allocation office’s changed decision, endret vedtak, is written in the same transaction: see `Transition.decision`), REJECTED (the note is the reason, required; no decision) or POSTPONED (PROPOSED again, for a later meeting; no decision). NOT_FOUND, CONFLICT, BAD_USER_INPUT, FAILED_PRECONDITION TRANSITION_STATE, or FLOW_MEETING_NOT_HELD before the meeting’s week has begun (Oslo date; `year`, `week` and `weekBegins` in extensions).',
  })
  recordTransitionOutcome(
    @Arg('input', () => RecordTransitionOutcomeInput, { description: 'The transition and the outcome.' })
    input: RecordTransitionOutcomeInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return recordTransitionOutcome(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Executes an AGREED transition (EXECUTING): asks each provider to end the from-placements and to start the targets, ends first, and records each answer in `steps`. A refusal is not an error here: the step shows it and the transition is `stalled`. NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE, FLOW_MEETING_NOT_HELD before the meeting’s week has begun, or DECIDED_BY_NAV when a target is a state place and NAV’s grant is no longer in the hub (no provider is asked then).',
  })
  executeTransition(
    @Arg('input', () => TransitionStepInput, { description: 'The transition.' }) input: TransitionStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return executeTransition(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Asks the provider again for one REFUSED or UNREACHABLE step of an EXECUTING transition (e.g. after a CONFLICT, once the feed has brought the placement’s new version). NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE or TRANSITION_STEP_STATE.',
  })
  retryTransitionStep(
    @Arg('input', () => RetryTransitionStepInput, { description: 'The transition and the step.' })
    input: RetryTransitionStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return retryTransitionStep(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'The compensating step of an EXECUTING transition whose targets could not be started (e.g. a START refused as GROUP_FULL after the ENDs succeeded): REVERTING, and one UNDO_END step per from-placement that was ended (or may have been: UNREACHABLE), asking its provider to restore the last day it had before the transition (usually none). Each answer is in `steps` like the others; a refused or unanswered UNDO_END is asked again with retryTransitionStep. Once every UNDO_END is RESTORED the transition is REVERTED (final) and its changed decision is annulled (`Decision.annulledOn`, and its letter says so). NOT_FOUND, CONFLICT, BAD_USER_INPUT (reason), FAILED_PRECONDITION TRANSITION_STATE when not EXECUTING, TRANSITION_TARGET_STARTED when a target was started.',
  })
  revertTransition(
    @Arg('input', () => RevertTransitionInput, { description: 'The transition and why.' }) input: RevertTransitionInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return revertTransition(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Makes an EXECUTING transition COMPLETED when `complete` (the hub’s index shows every change); otherwise answers it unchanged, `waitingFor` saying what is missing. A COMPLETED one is answered as it is. NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE for any other status.',
  })
  settleTransition(
    @Arg('input', () => TransitionStepInput, { description: 'The transition.' }) input: TransitionStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    return settleTransition(ctx, input);
  }
}

@Resolver(() => TransitionStep)
export class TransitionStepResolver {
  @FieldResolver(() => Placement, {
    nullable: true,
    description: 'END: the placement ended; START: the placement created, once the provider’s feed has brought it.',
  })
  placement(@Root() s: TransitionStep, @Ctx() ctx: IntakeContext): Promise<Placement | null> {
    return s.placementId ? rowScope(ctx).placement(s.placementId) : Promise.resolve(null);
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The offer of the placement ended or started.' })
  offer(@Root() s: TransitionStep, @Ctx() { loaders }: IntakeContext): Promise<Offer | null> {
    return loaders.offer.load(s.offerId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the hub’s placement index shows the step: the end as asked, or the new placement.',
  })
  async seenInHub(@Root() s: TransitionStep, @Ctx() { loaders }: IntakeContext): Promise<boolean> {
    return s.placementId != null && stepSeenInHub(s, await loaders.placement.load(s.placementId));
  }
}

// The flow meetings' resolvers live in their own file; the hub's schema still finds them here. Last on purpose:
// type-graphql orders the root fields as their decorators run, so these must load after the resolvers above.
export { FlowMeetingItemResolver, FlowMeetingResolver, ParticipantTransitionsResolver } from './flow-meeting.resolver';
