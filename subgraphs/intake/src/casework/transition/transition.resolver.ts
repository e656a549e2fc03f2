import { LockMode, type EntityManager } from '@mikro-orm/core';
import {
  Access,
  conflictOnRace,
  ConflictError,
  expectVersion,
  onRace,
  type RecordName,
  FailedPreconditionError,
  NotFoundError,
  UserInputError,
  normalizeOptional,
  normalizeText,
} from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { HubWriteAccess, proposerOf, requireActingFor, requireCaseWorker } from '../../access/write-rules';
import { isUuid } from '../application/application.rules';
import { CALENDAR_WEEKS, isoWeekFriday, isoWeekMonday } from '../calendar/intake-calendar';
import type { IntakeContext } from '../../context';
import { writeChangedDecision } from '../decision/decision.change';
import { Decision } from '../decision/decision.entity';
import { Offer } from '../../catalogue/offer/offer.entity';
import { Participant } from '../../people/participant/participant.entity';
import { Placement, PlacementStatus, placementStatus } from '../../network/placement/placement.entity';
import { Provider } from '../../catalogue/provider/provider.entity';
import { placementNeeds } from '../provider-client/provider-client';
import { assertNavGranted } from '../../network/waiting/nav-grant';
import { FlowMeeting, FlowMeetingItem, Transition, TransitionStatusChange, TransitionStep } from './transition.entity';
import {
  FlowMeetingOutcome,
  TransitionProposer,
  TransitionStatus,
  TransitionStepKind,
  TransitionStepOutcome,
} from './transition.enums';
import { inPhase, runTransitionSteps, stepOpen, stepSeenInHub } from './transition.execute';
import {
  AddTransitionToAgendaInput,
  CreateFlowMeetingInput,
  ProposeTransitionInput,
  RecordTransitionOutcomeInput,
  RetryTransitionStepInput,
  RevertTransitionInput,
  TransitionStepInput,
} from './transition.inputs';
import {
  assertFlowMeetingHeld,
  assertFlowMeetingNotPast,
  proposalProblems,
  textProblem,
  type TargetDraft,
} from './transition.rules';
import { assertNoOverlap, dayBefore, OPEN_TRANSITION_STATUSES, stallState, stepTransition } from './transition.state';

/** The provider registry's id of the allocation office, which coordinates the flow meetings. */
const ALLOCATION_OFFICE = 'tildelingskontoret';

/** Runs a change; a concurrent change caught by a version column or a unique index becomes CONFLICT. */
function changing<T>(what: RecordName, work: () => Promise<T>): Promise<T> {
  return conflictOnRace(what, work, ['version', 'unique']);
}

/**
 * CONFLICT for a second flow meeting of the same year and week (the meeting's key, unique in the table), with the
 * existing meeting's id in `extensions.flowMeetingId`, so a client can open it instead.
 */
function flowMeetingExists(meeting: FlowMeeting): ConflictError {
  return new ConflictError(
    {
      nb: `Det finnes allerede et flytmøte i uke ${meeting.week} ${meeting.year} (id ${meeting.id}).`,
      en: `A flow meeting already exists for week ${meeting.week} ${meeting.year} (id ${meeting.id}).`,
    },
    { flowMeetingId: meeting.id },
  );
}

/** The allocation office's own steps of a transition and its flow meetings. */
const CASE_WORK = { no: 'behandle overganger og flytmøter', en: 'handle transitions and flow meetings' };

/**
 * The transition, or NOT_FOUND; CONFLICT when `expectedVersion` is stale. With `ctx`, FORBIDDEN first unless the
 * caller may act for its participant (an unknown id is refused alike).
 */
async function transitionFor(
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
async function step(
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

const noteOf = (field: string, note: string | null | undefined, required = false): string | null => {
  const problem = textProblem(field, note, required);
  if (problem) throw new UserInputError([problem]);
  return normalizeOptional(note) || null;
};

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
  async proposeTransition(
    @Arg('input', () => ProposeTransitionInput, { description: 'The proposal.' }) input: ProposeTransitionInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
    const { em, app, caller } = ctx;
    await requireActingFor(
      ctx,
      input.participantId,
      { no: 'foreslå en overgang', en: 'propose a transition' },
      {
        providerStaff: true,
      },
    );
    // Whoever calls proposes: the input does not say (an applicant with the guardian role too counts as PARTICIPANT).
    const proposedBy = proposerOf(caller, TransitionProposer.CASE_WORKER);
    const today = app.today();
    return changing({ nb: 'Deltakeren', en: `Participant ${input.participantId}` }, () =>
      em.transactional(async (tx) => {
        // The participant's row is locked until the transaction ends: two proposals for one participant at once
        // would otherwise both read the open transitions before either is written, and both pass the overlap rule.
        // PostgreSQL locks the row (`select ... for update`); SQLite has one connection, so its transactions run one
        // at a time anyway.
        const participant = isUuid(input.participantId)
          ? await tx.findOne(Participant, { id: input.participantId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
          : null;
        if (!participant) throw new NotFoundError('Participant', input.participantId);
        const offerIds = input.targets.map((t) => t.offerId).filter(isUuid);
        const offers = new Map((await tx.find(Offer, { id: { $in: offerIds } })).map((o) => [o.id, o]));
        const providerIds = [...new Set([...offers.values()].map((o) => o.provider.id))];
        const providers = new Map((await tx.find(Provider, { id: { $in: providerIds } })).map((p) => [p.id, p]));
        const targets: TargetDraft[] = input.targets.map((t) => {
          const offer = offers.get(t.offerId);
          const provider = offer ? providers.get(offer.provider.id) : undefined;
          return {
            offerId: t.offerId,
            groupId: t.groupId?.trim() || null,
            daysPerWeek: t.daysPerWeek ?? null,
            hoursPerWeek: t.hoursPerWeek ?? null,
            startDate: t.startDate,
            known: !!offer,
            needs: provider ? placementNeeds(provider.id, provider.feedUrl) : null,
          };
        });
        const fromIds = input.from.map((f) => f.placementId);
        const problems = proposalProblems(
          fromIds,
          input.from.map((f) => f.endDate ?? null),
          targets,
          today,
        );
        const wish = textProblem('participantWish', input.participantWish, true);
        if (wish) problems.unshift(wish);
        const placements = new Map((await tx.find(Placement, { id: { $in: fromIds } })).map((p) => [p.id, p]));
        const fromProviders = await tx.find(Provider, {
          id: { $in: [...placements.values()].map((p) => p.providerId) },
        });
        const endsPlacementsAt = new Set(
          fromProviders.filter((p) => placementNeeds(p.id, p.feedUrl) != null).map((p) => p.id),
        );
        const earliestStart = targets.map((t) => t.startDate).sort()[0];
        const ends = input.from.map((f, i) => {
          const placement = placements.get(f.placementId);
          if (!placement || placement.participantId !== participant.id) {
            problems.push({
              field: `from.${i}.placementId`,
              nb: 'må være en av deltakerens plasser.',
              en: 'must be one of the participant’s placements.',
            });
            return null;
          }
          if (!endsPlacementsAt.has(placement.providerId))
            problems.push({
              field: `from.${i}.placementId`,
              nb: 'huben kan ikke avslutte plasser hos denne tilbyderen. Avtal det med tilbyderen.',
              en: 'the hub cannot end placements with this provider; arrange it with the provider.',
            });
          const end = f.endDate ?? (earliestStart ? dayBefore(earliestStart) : null);
          if (end && end < placement.startDate)
            problems.push({
              field: `from.${i}.endDate`,
              nb: `kan ikke være før starten, ${placement.startDate}.`,
              en: `must not be before its start, ${placement.startDate}.`,
            });
          return end;
        });
        if (problems.length) throw new UserInputError(problems);
        // NAV grants state places (tilsagn): only once its grant has reached the hub through the NAV adapter's feed.
        await assertNavGranted(tx, participant.id, [...offers.values()]);
        const ended = [...placements.values()].filter((p) => placementStatus(p, today) === PlacementStatus.ENDED);
        if (ended.length) {
          throw new FailedPreconditionError(
            'PLACEMENT_ENDED',
            {
              nb: `Bare plasser som er i gang eller planlagt, kan være med i en overgang. ${ended.map((p) => p.id).join(', ')} har sluttet.`,
              en: `Only current or planned placements can be part of a transition; ${ended.map((p) => p.id).join(', ')} ended.`,
            },
            { placementIds: ended.map((p) => p.id) },
          );
        }

        const open = await tx.find(Transition, {
          participant: participant.id,
          status: { $in: [...OPEN_TRANSITION_STATUSES] },
        });
        const openSteps = await tx.find(TransitionStep, { transition: { $in: open.map((t) => t.id) } });
        assertNoOverlap(
          { id: '', fromPlacementIds: fromIds, targets },
          open.map((t) => {
            const own = openSteps.filter((s) => s.transition.id === t.id);
            return {
              id: t.id,
              status: t.status,
              fromPlacementIds: own.filter((s) => s.kind === TransitionStepKind.END).map((s) => s.placementId!),
              targets: own.filter((s) => s.kind === TransitionStepKind.START),
            };
          }),
        );

        const transition = tx.create(Transition, {
          participant,
          kind: input.kind,
          proposedBy,
          participantWish: normalizeText(input.participantWish),
          status: TransitionStatus.PROPOSED,
          createdAt: new Date(),
          updatedAt: new Date(),
        } as never);
        let position = 0;
        input.from.forEach((f, i) => {
          const placement = placements.get(f.placementId)!;
          tx.persist(
            tx.create(TransitionStep, {
              transition,
              position: position++,
              kind: TransitionStepKind.END,
              placementId: placement.id,
              offerId: placement.offerId,
              endDate: ends[i],
              // What an UNDO_END restores, should the transition be reverted.
              previousEndDate: placement.endDate,
            } as never),
          );
        });
        for (const t of targets) {
          tx.persist(
            tx.create(TransitionStep, {
              transition,
              position: position++,
              kind: TransitionStepKind.START,
              offerId: t.offerId,
              groupId: t.groupId,
              daysPerWeek: t.daysPerWeek,
              hoursPerWeek: t.hoursPerWeek,
              startDate: t.startDate,
            } as never),
          );
        }
        tx.persist(
          tx.create(TransitionStatusChange, {
            transition,
            status: TransitionStatus.PROPOSED,
            by: proposedBy,
            note: null,
            position: 0,
            at: new Date(),
          }),
        );
        return transition;
      }),
    );
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
    const note = noteOf('note', input.note);
    return changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
      ctx.em.transactional(async (tx) => {
        const transition = await transitionFor(tx, input.transitionId, input.expectedVersion, ctx);
        await step(tx, transition, TransitionStatus.WITHDRAWN, proposerOf(ctx.caller, input.by), note);
        return transition;
      }),
    );
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Puts a PROPOSED transition on a flow meeting’s agenda (ON_AGENDA). NOT_FOUND for the meeting or transition, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE.',
  })
  addTransitionToAgenda(
    @Arg('input', () => AddTransitionToAgendaInput, { description: 'The meeting and the transition.' })
    input: AddTransitionToAgendaInput,
    @Ctx() { em, caller }: IntakeContext,
  ): Promise<Transition> {
    requireCaseWorker(caller, CASE_WORK);
    return changing({ nb: 'Overgangen', en: `Transition ${input.transitionId}` }, () =>
      em.transactional(async (tx) => {
        const meeting = isUuid(input.flowMeetingId) ? await tx.findOne(FlowMeeting, { id: input.flowMeetingId }) : null;
        if (!meeting) throw new NotFoundError('FlowMeeting', input.flowMeetingId);
        const transition = await transitionFor(tx, input.transitionId, input.expectedVersion);
        await step(
          tx,
          transition,
          TransitionStatus.ON_AGENDA,
          proposerOf(caller, TransitionProposer.CASE_WORKER),
          null,
        );
        transition.flowMeeting = tx.getReference(FlowMeeting, meeting.id, { wrapped: true });
        const position = (await tx.count(FlowMeetingItem, { flowMeeting: meeting.id })) + 1;
        tx.persist(tx.create(FlowMeetingItem, { flowMeeting: meeting, transition, position } as never));
        return transition;
      }),
    );
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Records what the flow meeting decided on an ON_AGENDA transition: AGREED (the allocation office’s changed decision, endret vedtak, is written in the same transaction: see `Transition.decision`), REJECTED (the note is the reason, required; no decision) or POSTPONED (PROPOSED again, for a later meeting; no decision). NOT_FOUND, CONFLICT, BAD_USER_INPUT, FAILED_PRECONDITION TRANSITION_STATE, or FLOW_MEETING_NOT_HELD before the meeting’s week has begun (Oslo date; `year`, `week` and `weekBegins` in extensions).',
  })
  recordTransitionOutcome(
    @Arg('input', () => RecordTransitionOutcomeInput, { description: 'The transition and the outcome.' })
    input: RecordTransitionOutcomeInput,
    @Ctx() { em, app, caller }: IntakeContext,
  ): Promise<Transition> {
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

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Executes an AGREED transition (EXECUTING): asks each provider to end the from-placements and to start the targets, ends first, and records each answer in `steps`. A refusal is not an error here: the step shows it and the transition is `stalled`. NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE, FLOW_MEETING_NOT_HELD before the meeting’s week has begun, or DECIDED_BY_NAV when a target is a state place and NAV’s grant is no longer in the hub (no provider is asked then).',
  })
  async executeTransition(
    @Arg('input', () => TransitionStepInput, { description: 'The transition.' }) input: TransitionStepInput,
    @Ctx() { em, app, caller, requestId }: IntakeContext,
  ): Promise<Transition> {
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

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Asks the provider again for one REFUSED or UNREACHABLE step of an EXECUTING transition (e.g. after a CONFLICT, once the feed has brought the placement’s new version). NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE or TRANSITION_STEP_STATE.',
  })
  async retryTransitionStep(
    @Arg('input', () => RetryTransitionStepInput, { description: 'The transition and the step.' })
    input: RetryTransitionStepInput,
    @Ctx() { em, app, caller, requestId }: IntakeContext,
  ): Promise<Transition> {
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

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'The compensating step of an EXECUTING transition whose targets could not be started (e.g. a START refused as GROUP_FULL after the ENDs succeeded): REVERTING, and one UNDO_END step per from-placement that was ended (or may have been: UNREACHABLE), asking its provider to restore the last day it had before the transition (usually none). Each answer is in `steps` like the others; a refused or unanswered UNDO_END is asked again with retryTransitionStep. Once every UNDO_END is RESTORED the transition is REVERTED (final) and its changed decision is annulled (`Decision.annulledOn`, and its letter says so). NOT_FOUND, CONFLICT, BAD_USER_INPUT (reason), FAILED_PRECONDITION TRANSITION_STATE when not EXECUTING, TRANSITION_TARGET_STARTED when a target was started.',
  })
  async revertTransition(
    @Arg('input', () => RevertTransitionInput, { description: 'The transition and why.' }) input: RevertTransitionInput,
    @Ctx() { em, app, caller, requestId }: IntakeContext,
  ): Promise<Transition> {
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

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Transition, {
    description:
      'Makes an EXECUTING transition COMPLETED when `complete` (the hub’s index shows every change); otherwise answers it unchanged, `waitingFor` saying what is missing. A COMPLETED one is answered as it is. NOT_FOUND, CONFLICT, FAILED_PRECONDITION TRANSITION_STATE for any other status.',
  })
  settleTransition(
    @Arg('input', () => TransitionStepInput, { description: 'The transition.' }) input: TransitionStepInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Transition> {
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
}

/**
 * A REVERTING transition whose UNDO_END steps are all RESTORED becomes REVERTED (final), dated `today`: its changed
 * decision is then annulled. Anything else is left as it is.
 */
async function finishRevert(
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

/** Each step with whether the hub's index shows it, through the request's loaders. */
async function seen(
  transition: Transition,
  { loaders }: IntakeContext,
): Promise<{ label: string; refused: boolean; seenInHub: boolean }[]> {
  const steps = (await loaders.stepsByTransition.load(transition.id)).filter((s) => inPhase(transition.status, s));
  return Promise.all(
    steps.map(async (s) => ({
      label: `${s.kind} ${s.placementId ?? s.offerId}`,
      refused: s.outcome === TransitionStepOutcome.REFUSED || s.outcome === TransitionStepOutcome.UNREACHABLE,
      seenInHub: s.placementId != null && stepSeenInHub(s, await loaders.placement.load(s.placementId)),
    })),
  );
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

@Resolver(() => FlowMeeting)
export class FlowMeetingResolver {
  @Query(() => FlowMeeting, { nullable: true, description: 'One flow meeting by id; null when there is none.' })
  flowMeeting(
    @Arg('id', () => ID, { description: 'Id of the flow meeting.' }) id: string,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<FlowMeeting | null> {
    return isUuid(id) ? loaders.flowMeeting.load(id) : Promise.resolve(null);
  }

  @Query(() => [FlowMeeting], { description: 'The flow meetings of a year, spring (week 18) first.' })
  flowMeetings(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() { em }: IntakeContext,
  ): Promise<FlowMeeting[]> {
    return em.find(FlowMeeting, { year }, { orderBy: { week: 'asc' } });
  }

  @FieldResolver(() => Provider, {
    nullable: true,
    description: 'Who coordinates the meeting: the allocation office (Tildelingskontoret).',
  })
  coordinator(@Ctx() { loaders }: IntakeContext): Promise<Provider | null> {
    return loaders.provider.load(ALLOCATION_OFFICE);
  }

  @FieldResolver(() => [FlowMeetingItem], {
    description:
      'The agenda, in order, with each outcome once recorded: the items whose transition the caller may see.',
  })
  agenda(@Root() meeting: FlowMeeting, @Ctx() ctx: IntakeContext): Promise<FlowMeetingItem[]> {
    return rowScope(ctx).agendaOf(meeting.id);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => FlowMeeting, {
    description:
      'Creates the flow meeting of a year’s week 18 or 41, on the dates of the intake calendar. BAD_USER_INPUT for any other week or a year outside 2000-2100; FAILED_PRECONDITION FLOW_MEETING_IN_PAST when that week has ended (Oslo date); CONFLICT when that meeting exists, with its id in `extensions.flowMeetingId`.',
  })
  async createFlowMeeting(
    @Arg('input', () => CreateFlowMeetingInput, { description: 'Year and week.' }) input: CreateFlowMeetingInput,
    @Ctx() { em, app, caller }: IntakeContext,
  ): Promise<FlowMeeting> {
    requireCaseWorker(caller, CASE_WORK);
    const problems = [];
    if (!(CALENDAR_WEEKS.flowMeetings as readonly number[]).includes(input.week))
      problems.push({
        field: 'week',
        nb: `må være en uke med flytmøte: ${CALENDAR_WEEKS.flowMeetings.join(' eller ')}.`,
        en: `must be a flow meeting week: ${CALENDAR_WEEKS.flowMeetings.join(' or ')}.`,
      });
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
      problems.push({ field: 'year', nb: 'må være et år fra 2000 til 2100.', en: 'must be a year from 2000 to 2100.' });
    if (problems.length) throw new UserInputError(problems);
    assertFlowMeetingNotPast(input.year, input.week, app.today());
    // Two creations at once: the unique index (year, week) decides, and the loser is told which meeting won.
    return onRace(
      ['unique'],
      () =>
        em.transactional(async (tx) => {
          const existing = await tx.findOne(FlowMeeting, { year: input.year, week: input.week });
          if (existing) throw flowMeetingExists(existing);
          const meeting = tx.create(FlowMeeting, {
            year: input.year,
            week: input.week,
            startDate: isoWeekMonday(input.year, input.week),
            endDate: isoWeekFriday(input.year, input.week),
            createdAt: new Date(),
          } as never);
          return meeting;
        }),
      async () => {
        const existing = await em.fork().findOne(FlowMeeting, { year: input.year, week: input.week });
        return existing ? flowMeetingExists(existing) : undefined;
      },
    );
  }
}

@Resolver(() => FlowMeetingItem)
export class FlowMeetingItemResolver {
  @FieldResolver(() => Transition, { description: 'The transition on the agenda.' })
  async transition(@Root() item: FlowMeetingItem, @Ctx() ctx: IntakeContext): Promise<Transition> {
    const transition = await rowScope(ctx).transition(item.transition.id);
    if (!transition) throw new Error(`Agenda item ${item.id} refers to missing transition`);
    return transition;
  }

  @FieldResolver(() => FlowMeeting, { description: 'The meeting.' })
  async flowMeeting(@Root() item: FlowMeetingItem, @Ctx() { loaders }: IntakeContext): Promise<FlowMeeting> {
    const meeting = await loaders.flowMeeting.load(item.flowMeeting.id);
    if (!meeting) throw new Error(`Agenda item ${item.id} refers to missing meeting`);
    return meeting;
  }
}

@Resolver(() => Participant)
export class ParticipantTransitionsResolver {
  @FieldResolver(() => [Transition], {
    description:
      'The participant’s transitions between offers, oldest first: for provider staff those involving their provider, for NAV’s staff those involving a state place.',
  })
  transitions(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<Transition[]> {
    return rowScope(ctx).transitionsOf(participant.id);
  }
}
