/** The letters a decision would send, before it is sent (issue 17): the same checks as deciding, nothing written. */
import { expectVersion, NotFoundError, normalizeOptional, UserInputError } from '@veiinn/kit';
import { requireCaseWorker } from '../../access/write-rules';
import { Application } from '../application/application.entity';
import { ApplicationStatus } from '../application/application.enums';
import { isUuid } from '../application/application.rules';
import { transition } from '../application/application.state';
import type { IntakeContext } from '../../context';
import type { ProviderPlacementTerms } from '../provider-client/provider-client';
import type { Decision } from './decision.entity';
import { DecisionOutcome, LetterLanguage } from './decision.enums';
import { letterFacts } from './decision.facts';
import type { DecideApplicationInput } from './decision.inputs';
import { DecisionLetter, decisionLetter } from './decision.letter';
import { assertDecidedByMunicipality, assertStartNotBeforeDecision, decisionProblems } from './decision.rules';
import { chosenOffers, draftOf, termsOfOffer } from './decision.use-cases';

/**
 * The letters (bokmål and English) a decision would send, for the same input as decideApplication, writing nothing:
 * the same checks first, in the same order (NOT_FOUND, CONFLICT, BAD_USER_INPUT, APPLICATION_STATE, DECIDED_BY_NAV,
 * START_BEFORE_DECISION), so a preview that shows is a decision that would be taken; then the letter code of
 * `Decision.letter` over what the decision would be, read in a fork of the request's manager.
 */
export async function previewDecisionLetters(
  ctx: IntakeContext,
  input: DecideApplicationInput,
): Promise<DecisionLetter[]> {
  const { em, app, caller, requestId, loaders } = ctx;
  requireCaseWorker(caller, { no: 'forhåndsvise vedtaksbrev', en: 'preview decision letters' });
  const today = app.today();
  const draft = draftOf(input);
  const { terms, groups } =
    draft.outcome === DecisionOutcome.GRANTED && draft.offerId
      ? await termsOfOffer(em, app.providerClient, draft.offerId, { caller, requestId })
      : { terms: new Map<string, ProviderPlacementTerms>(), groups: null };
  const reader = em.fork();
  const application = isUuid(input.applicationId)
    ? await reader.findOne(Application, { id: input.applicationId })
    : null;
  if (!application) throw new NotFoundError('Application', input.applicationId);
  expectVersion(application, input.expectedVersion, { nb: 'Søknaden', en: `Application ${application.id}`, it: 'den' });
  const { chosen } = await chosenOffers(reader, application.id, terms);
  const problems = decisionProblems(draft, chosen, groups);
  if (problems.length) throw new UserInputError(problems);
  transition(application.status, ApplicationStatus.DECIDED);
  assertDecidedByMunicipality(draft, chosen);
  assertStartNotBeforeDecision(draft.startDate, today);
  // What writeDecision would store, as the letter reads it (no transition: an application's decision).
  const decision = {
    id: 'preview',
    application: { id: application.id },
    participant: { id: application.participant.id },
    outcome: draft.outcome,
    offer: draft.offerId ? { id: draft.offerId } : null,
    startDate: draft.startDate,
    daysPerWeek: draft.daysPerWeek,
    hoursPerWeek: draft.hoursPerWeek,
    reason: normalizeOptional(draft.reason) || null,
    decidedOn: today,
    transition: null,
  } as unknown as Decision;
  return Promise.all(
    [LetterLanguage.NB, LetterLanguage.EN].map(async (language) =>
      decisionLetter(await letterFacts(decision, loaders, language), language),
    ),
  );
}
