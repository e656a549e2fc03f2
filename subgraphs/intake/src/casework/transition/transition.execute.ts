import type { EntityManager } from '@mikro-orm/core';
import { Offer, Provider } from '../../catalogue';
import { Placement } from '../../network';
import {
  placingProvider,
  type EndPlacementResult,
  type PlacementResult,
  type ProviderCall,
  type ProviderClient,
} from '../provider-client/provider-client';
import { Transition, TransitionStep } from './transition.entity';
import { TransitionStatus, TransitionStepKind, TransitionStepOutcome } from './transition.enums';

type StepResult = PlacementResult | EndPlacementResult;

/** Whether the hub's placement index shows what the step asked for (fed by the provider's feed). */
export function stepSeenInHub(step: TransitionStep, placement: Placement | null | undefined): boolean {
  if (!placement) return false;
  if (step.kind === TransitionStepKind.START) return true;
  // The index shows the last day restored only once the provider has said so: before the END reached the index, it
  // showed that day too.
  if (step.kind === TransitionStepKind.UNDO_END)
    return step.outcome === TransitionStepOutcome.RESTORED && placement.endDate === step.endDate;
  return placement.endDate !== null && step.endDate !== null && placement.endDate <= step.endDate;
}

/** A step still to be asked (or asked again): never answered, refused or unanswered. */
export const stepOpen = (step: TransitionStep) =>
  step.outcome !== TransitionStepOutcome.ENDED &&
  step.outcome !== TransitionStepOutcome.CREATED &&
  step.outcome !== TransitionStepOutcome.RESTORED;

/** The steps of the transition's phase: its UNDO_END steps once it is being reverted, else its ENDs and STARTs. */
export const inPhase = (status: TransitionStatus, step: TransitionStep) =>
  (status === TransitionStatus.REVERTING || status === TransitionStatus.REVERTED) ===
  (step.kind === TransitionStepKind.UNDO_END);

/** Asks the provider for one step; the hub's index answers first when the change is already there. */
async function askProvider(
  em: EntityManager,
  client: ProviderClient,
  transition: Transition,
  step: TransitionStep,
  call: ProviderCall | undefined,
): Promise<StepResult> {
  if (step.kind === TransitionStepKind.END || step.kind === TransitionStepKind.UNDO_END) {
    const placement = await em.findOne(Placement, { id: step.placementId! });
    if (!placement) return { kind: 'refused', code: 'NOT_FOUND', rule: null, message: 'The placement is gone.' };
    // An UNDO_END is always asked of the provider: the hub's index may not show the END yet, and so look undone.
    if (step.kind === TransitionStepKind.END && stepSeenInHub(step, placement)) return { kind: 'ended' };
    const row = await em.findOne(Provider, { id: placement.providerId });
    const provider = row && placingProvider(row);
    if (!provider) return { kind: 'unreachable', message: `${placement.providerId} has no feed URL or subgraph.` };
    return client.endPlacement(
      provider,
      {
        placementId: placement.id,
        endDate: step.endDate,
        expectedVersion: placement.feedVersion,
        // With the version: once the feed shows a newer one, asking again is a new request, judged afresh.
        idempotencyKey: `transition-step:${step.id}:v${placement.feedVersion}`,
      },
      call,
    );
  }
  const offer = await em.findOne(Offer, { id: step.offerId });
  const row = offer ? await em.findOne(Provider, { id: offer.provider.id }) : null;
  const provider = row && placingProvider(row);
  const known = await em.findOne(Placement, {
    participantId: transition.participant.id,
    offerId: step.offerId,
    startDate: step.startDate!,
  });
  // After a lost answer, once the feed has brought the placement, a retry adopts it instead of being refused.
  if (known) return { kind: 'created', placementId: known.id };
  if (!provider)
    return { kind: 'unreachable', message: `The provider of ${step.offerId} has no feed URL or subgraph.` };
  return client.startPlacement(
    provider,
    {
      participantId: transition.participant.id,
      offerId: step.offerId,
      groupId: step.groupId,
      daysPerWeek: step.daysPerWeek,
      hoursPerWeek: step.hoursPerWeek,
      startDate: step.startDate!,
      idempotencyKey: `transition-step:${step.id}`,
      decisionId: null,
    },
    call,
  );
}

/**
 * Asks the providers for the open steps of an executing transition (or the one step named), ends before starts, so a
 * new extent in the same offer does not overlap the old one (ALREADY_PLACED). Like a decision's placement: the calls
 * happen outside any transaction, and the answers are stored in one transaction afterwards.
 */
export async function runTransitionSteps(
  em: EntityManager,
  client: ProviderClient,
  transitionId: string,
  call?: ProviderCall,
  onlyStepId?: string,
): Promise<void> {
  const read = em.fork();
  const transition = await read.findOneOrFail(Transition, { id: transitionId });
  const steps = await read.find(TransitionStep, { transition: transitionId }, { orderBy: { position: 'asc' } });
  const results = new Map<string, StepResult>();
  const open = steps.filter(
    (s) => inPhase(transition.status, s) && stepOpen(s) && (!onlyStepId || s.id === onlyStepId),
  );
  for (const step of open) {
    results.set(step.id, await askProvider(read, client, transition, step, call));
  }
  if (!results.size) return;
  await em.fork().transactional(async (tx) => {
    const stored = await tx.find(TransitionStep, { id: { $in: [...results.keys()] } });
    for (const step of stored) {
      // Two attempts at once: the first answer that ended or created stands (a second would read ALREADY_PLACED).
      if (!stepOpen(step)) continue;
      const result = results.get(step.id)!;
      step.attempts += 1;
      step.requestedAt = new Date();
      if (result.kind === 'refused' || result.kind === 'unreachable') {
        Object.assign(step, {
          outcome: result.kind === 'refused' ? TransitionStepOutcome.REFUSED : TransitionStepOutcome.UNREACHABLE,
          refusalCode: result.kind === 'refused' ? result.code.slice(0, 64) : null,
          refusalRule: result.kind === 'refused' ? (result.rule?.slice(0, 64) ?? null) : null,
          message: result.message,
        });
      } else {
        Object.assign(step, {
          outcome:
            result.kind === 'created'
              ? TransitionStepOutcome.CREATED
              : step.kind === TransitionStepKind.UNDO_END
                ? TransitionStepOutcome.RESTORED
                : TransitionStepOutcome.ENDED,
          placementId: result.kind === 'created' ? result.placementId : step.placementId,
          refusalCode: null,
          refusalRule: null,
          message: null,
        });
      }
    }
  });
}
