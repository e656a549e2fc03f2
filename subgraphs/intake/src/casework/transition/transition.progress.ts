import type { IntakeContext } from '../../context';
import { Transition } from './transition.entity';
import { TransitionStepOutcome } from './transition.enums';
import { inPhase, stepSeenInHub } from './transition.execute';

/** Each step with whether the hub's index shows it, through the request's loaders. */
export async function seen(
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
