import { type EntityManager } from '@mikro-orm/core';
import {
  FailedPreconditionError,
  NotFoundError,
  UserInputError,
  normalizeText,
  type FieldProblem,
  lockForWrite,
} from '@veiinn/kit';
import { proposerOf, requireActingFor } from '../../access/write-rules';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { Offer, Provider } from '../../catalogue';
import { Participant } from '../../people';
import { Placement, PlacementStatus, placementStatus, assertNavGranted } from '../../network';
import { termsOfProviders, type ProviderPlacementTerms } from '../provider-client/provider-client';
import { Transition, TransitionStatusChange, TransitionStep } from './transition.entity';
import { TransitionProposer, TransitionStatus, TransitionStepKind } from './transition.enums';
import { ProposeTransitionInput } from './transition.inputs';
import { proposalProblems, textProblem, type TargetDraft } from './transition.rules';
import { assertNoOverlap, dayBefore, OPEN_TRANSITION_STATUSES } from './transition.state';
import { changing } from './transition.change';

type Proposal = ProposeTransitionInput;

/**
 * Proposes a transition: the caller must act for the participant (provider staff too), whose row stays locked to the
 * end of the transaction, so two proposals at once cannot both pass the overlap rule.
 */
export async function proposeTransition(ctx: IntakeContext, input: Proposal): Promise<Transition> {
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
  // What each target's provider needs is asked of it before the transaction: a provider may be slow.
  const terms = await termsOfTargets(ctx, input);
  return changing({ nb: 'Deltakeren', en: `Participant ${input.participantId}` }, () =>
    em.transactional(async (tx) => {
      // The participant's row is locked until the transaction ends: two proposals for one participant at once
      // would otherwise both read the open transitions before either is written, and both pass the overlap rule.
      const participant = await lockForWrite(tx, Participant, input.participantId);
      if (!participant) throw new NotFoundError('Participant', input.participantId);
      const { offers, targets } = await targetsOf(tx, input, terms);
      const fromIds = input.from.map((f) => f.placementId);
      const problems = proposalProblems(
        fromIds,
        input.from.map((f) => f.endDate ?? null),
        targets,
        today,
      );
      const wish = textProblem('participantWish', input.participantWish, true);
      if (wish) problems.unshift(wish);
      const { placements, ends } = await endsOf(tx, input, participant, targets, terms, problems);
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

      await assertNoOpenOverlap(tx, participant, fromIds, targets);

      return writeProposal(tx, input, participant, proposedBy, placements, ends, targets);
    }),
  );
}

/** The terms of the providers of the targets and of the placements ended, by provider id (`termsOfProviders`). */
async function termsOfTargets(ctx: IntakeContext, input: Proposal): Promise<Map<string, ProviderPlacementTerms>> {
  const read = ctx.em.fork();
  const offers = await read.find(Offer, { id: { $in: input.targets.map((t) => t.offerId).filter(isUuid) } });
  const from = await read.find(Placement, { id: { $in: input.from.map((f) => f.placementId) } });
  const ids = new Set([...offers.map((o) => o.provider.id), ...from.map((p) => p.providerId)]);
  const providers = await read.find(Provider, { id: { $in: [...ids] } });
  return termsOfProviders(ctx.app.providerClient, providers, { caller: ctx.caller, requestId: ctx.requestId });
}

/** The targets as the rules read them, with what each one's provider needs; unknown offers are marked so. */
async function targetsOf(tx: EntityManager, input: Proposal, terms: Map<string, ProviderPlacementTerms>) {
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
      placeable: !!provider && !!terms.get(provider.id)?.placeable,
      needs: provider ? (terms.get(provider.id)?.needs ?? null) : null,
    };
  });
  return { offers, targets };
}

/**
 * Each from-placement's last day (given, or the day before the earliest start), pushing to `problems` what is wrong
 * with it: not the participant's, with a provider the hub cannot ask, or ending before it began.
 */
async function endsOf(
  tx: EntityManager,
  input: Proposal,
  participant: Participant,
  targets: TargetDraft[],
  terms: Map<string, ProviderPlacementTerms>,
  problems: FieldProblem[],
) {
  const fromIds = input.from.map((f) => f.placementId);
  const placements = new Map((await tx.find(Placement, { id: { $in: fromIds } })).map((p) => [p.id, p]));
  const endsPlacementsAt = (providerId: string) => !!terms.get(providerId)?.placeable;
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
    if (!endsPlacementsAt(placement.providerId))
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
  return { placements, ends };
}

/** TRANSITION_OVERLAP when an open transition of the participant takes the same placement or target. */
async function assertNoOpenOverlap(
  tx: EntityManager,
  participant: Participant,
  fromIds: string[],
  targets: TargetDraft[],
): Promise<void> {
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
}

/** The transition, its END then START steps, and its first status, PROPOSED. */
function writeProposal(
  tx: EntityManager,
  input: Proposal,
  participant: Participant,
  proposedBy: TransitionProposer,
  placements: Map<string, Placement>,
  ends: (string | null)[],
  targets: TargetDraft[],
): Transition {
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
}
