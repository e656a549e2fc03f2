/** What a decision's letter says, read through the request's loaders (the letter field and GET /decisions/{id}/letter). */
import type { IntakeLoaders } from '../../context';
import { Offer } from '../../catalogue';
import { Decision } from './decision.entity';
import { LetterLanguage } from './decision.enums';
import { TransitionStatus } from '../transition/transition.enums';
import { changeFacts } from './decision.change';
import { type LetterFacts } from './decision.letter';

/** A changed decision is annulled once its transition is REVERTED: the day, and the reason given. */
export async function annulment(
  decision: Decision,
  loaders: IntakeLoaders,
): Promise<{ on: string; reason: string } | null> {
  if (!decision.transition) return null;
  const transition = await loaders.transition.load(decision.transition.id);
  return transition?.status === TransitionStatus.REVERTED && transition.revertedOn
    ? { on: transition.revertedOn, reason: transition.revertReason ?? '' }
    : null;
}

/** Everything the letter may say, in its language, from the request's loaders. */
export async function letterFacts(
  decision: Decision,
  loaders: IntakeLoaders,
  language: LetterLanguage,
): Promise<LetterFacts> {
  const en = language === LetterLanguage.EN;
  const [participant, offer, choices] = await Promise.all([
    loaders.participant.load(decision.participant.id),
    decision.offer ? loaders.offer.load(decision.offer.id) : Promise.resolve(null),
    decision.application ? loaders.choicesByApplication.load(decision.application.id) : Promise.resolve([]),
  ]);
  const chosen = (await loaders.offer.loadMany(choices.map((c) => c.offer.id))).filter(
    (o): o is Offer => o instanceof Offer,
  );
  const provider = offer ? await loaders.provider.load(offer.provider.id) : null;
  return {
    outcome: decision.outcome,
    participantName: participant?.fullName ?? '',
    offerTitle: offer ? (en ? offer.titleEn : offer.titleNb) : null,
    providerName: provider?.name ?? null,
    offersAppliedFor: chosen.map((o) => (en ? o.titleEn : o.titleNb)),
    startDate: decision.startDate,
    daysPerWeek: decision.daysPerWeek,
    hoursPerWeek: decision.hoursPerWeek,
    reason: decision.reason,
    decidedOn: decision.decidedOn,
    change: decision.transition ? await changeFacts(decision.transition.id, loaders, language) : null,
    annulled: await annulment(decision, loaders),
  };
}
