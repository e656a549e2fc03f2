/** Deciding an application, and asking a provider again for a granted decision's placement. */
import type { EntityManager } from '@mikro-orm/core';
import {
  conflictOnRace,
  expectVersion,
  type RecordName,
  FailedPreconditionError,
  NotFoundError,
  UserInputError,
  normalizeOptional,
} from '@veiinn/kit';
import { requireCaseWorker } from '../../access/write-rules';
import { Application, ApplicationChoice, ApplicationStatusChange } from '../application/application.entity';
import { ApplicantRole, ApplicationStatus } from '../application/application.enums';
import { isUuid } from '../application/application.rules';
import { transition } from '../application/application.state';
import type { IntakeContext } from '../../context';
import { Offer, Provider } from '../../catalogue';
import {
  placingProvider,
  termsOfProviders,
  type ProviderCall,
  type ProviderClient,
  type ProviderPlacementTerms,
} from '../provider-client/provider-client';
import { HUB_WAITING_SOURCE, timeOrderedId, WaitingEntry } from '../../network';
import { Decision } from './decision.entity';
import { DecisionOutcome, DecisionPlacementStatus } from './decision.enums';
import { RetryDecisionPlacementInput, DecideApplicationInput } from './decision.inputs';
import { leaveWaitingListsAsPlaced, requestDecisionPlacement } from './decision.placement';
import {
  assertDecidedByMunicipality,
  assertStartNotBeforeDecision,
  decisionProblems,
  offersWaitedFor,
  type ChosenOffer,
  type DecisionDraft,
} from './decision.rules';

/** Runs a change; a concurrent change caught by a version column, or a second decision at once, becomes CONFLICT. */
function changing<T>(what: RecordName, work: () => Promise<T>): Promise<T> {
  return conflictOnRace(what, work, ['version', 'unique']);
}

/** The offers an application chose, in order of preference, with what the decision rules need of each. */
export async function chosenOffers(
  em: EntityManager,
  applicationId: string,
  terms: Map<string, ProviderPlacementTerms>,
): Promise<{ chosen: ChosenOffer[]; offers: Map<string, Offer> }> {
  const choices = await em.find(
    ApplicationChoice,
    { application: applicationId },
    { populate: ['offer'], orderBy: { rank: 'asc' } },
  );
  const offers = new Map(choices.map((c) => [c.offer.id, c.offer.getEntity()]));
  const providerIds = [...new Set([...offers.values()].map((o) => o.provider.id))];
  const providers = new Map((await em.find(Provider, { id: { $in: providerIds } })).map((p) => [p.id, p]));
  const chosen = [...offers.values()].map((o) => {
    const provider = providers.get(o.provider.id);
    return {
      id: o.id,
      title: o.titleNb,
      decidedBy: o.decidedBy,
      // The granted offer's provider was asked; the others' would only matter if granted.
      placeable: terms.get(o.provider.id)?.placeable ?? (!!provider && placingProvider(provider) !== null),
      needs: terms.get(o.provider.id)?.needs ?? null,
      withdrawn: o.withdrawn,
      hoursPerWeek: o.hoursPerWeek,
    };
  });
  return { chosen, offers };
}

/**
 * The terms of a granted offer's provider, asked of it before the decision's transaction (a provider may be slow,
 * and the hub's feeds do not carry what a placement needs nor the groups), and the ids of the offer's groups. No
 * terms for an unknown offer; groups null when the hub cannot learn them (a provider it cannot place at, or one that
 * does not answer): then the provider's own check on the placement stands.
 */
export async function termsOfOffer(
  em: EntityManager,
  client: ProviderClient,
  offerId: string,
  call: ProviderCall,
): Promise<{ terms: Map<string, ProviderPlacementTerms>; groups: string[] | null }> {
  const offer = isUuid(offerId) ? await em.fork().findOne(Offer, { id: offerId }, { populate: ['provider'] }) : null;
  if (!offer) return { terms: new Map(), groups: null };
  const terms = await termsOfProviders(client, [offer.provider.getEntity()], call);
  const known = terms.get(offer.provider.id)?.groups ?? null;
  const groups = known?.filter((g) => g.offerId === null || g.offerId === offer.id).map((g) => g.id) ?? null;
  return { terms, groups };
}

/** The decision's fields as the rules read them. */
export function draftOf(input: DecideApplicationInput): DecisionDraft {
  return {
    outcome: input.outcome,
    offerId: input.offerId ?? null,
    groupId: input.groupId?.trim() || null,
    daysPerWeek: input.daysPerWeek ?? null,
    hoursPerWeek: input.hoursPerWeek ?? null,
    startDate: input.startDate ?? null,
    reason: input.reason ?? null,
  };
}

/** Decides an application: the group asked of the provider first, the decision written in one transaction, then a grant asked of the provider. */
export async function decideApplication(ctx: IntakeContext, input: DecideApplicationInput): Promise<Decision> {
  const { em, app, caller, requestId } = ctx;
  requireCaseWorker(caller, { no: 'fatte vedtak', en: 'decide applications' });
  const today = app.today();
  const draft = draftOf(input);
  // What the provider needs, and its groups, are asked before anything is written, so a decision (and its letter
  // "Du har fått plass") never names a group the offer does not have, nor leaves out what the provider needs.
  const { terms, groups } =
    draft.outcome === DecisionOutcome.GRANTED && draft.offerId
      ? await termsOfOffer(em, app.providerClient, draft.offerId, { caller, requestId })
      : { terms: new Map<string, ProviderPlacementTerms>(), groups: null };
  const decision = await changing({ nb: 'Søknaden', en: `Application ${input.applicationId}` }, () =>
    em.transactional(async (tx) => {
      const application = isUuid(input.applicationId)
        ? await tx.findOne(Application, { id: input.applicationId })
        : null;
      if (!application) throw new NotFoundError('Application', input.applicationId);
      expectVersion(application, input.expectedVersion, {
        nb: 'Søknaden',
        en: `Application ${application.id}`,
        it: 'den',
      });
      const { chosen, offers } = await chosenOffers(tx, application.id, terms);
      const problems = decisionProblems(draft, chosen, groups);
      if (problems.length) throw new UserInputError(problems);
      const status = transition(application.status, ApplicationStatus.DECIDED);
      assertDecidedByMunicipality(draft, chosen);
      assertStartNotBeforeDecision(draft.startDate, today);

      return writeDecision(tx, application, draft, { chosen, offers }, status, today);
    }),
  );
  if (decision.placementStatus !== DecisionPlacementStatus.PLACEMENT_REQUESTED) return decision;
  return requestDecisionPlacement(em, app.providerClient, decision.id, today, { caller, requestId });
}

/**
 * The decision, in the caller's transaction: a grant the hub arranges itself takes the participant off the waiting
 * lists at once; WAITING puts them on the lists of the offers waited for; the application becomes `status`, DECIDED.
 */
async function writeDecision(
  tx: EntityManager,
  application: Application,
  draft: DecisionDraft,
  { chosen, offers }: { chosen: ChosenOffer[]; offers: Map<string, Offer> },
  status: ApplicationStatus,
  today: string,
): Promise<Decision> {
  const participantId = application.participant.id;
  const granted = draft.outcome === DecisionOutcome.GRANTED ? chosen.find((c) => c.id === draft.offerId)! : null;
  const decision = tx.create(Decision, {
    application,
    participant: participantId,
    outcome: draft.outcome,
    offer: draft.offerId,
    groupId: draft.groupId,
    daysPerWeek: draft.daysPerWeek,
    hoursPerWeek: draft.hoursPerWeek,
    startDate: draft.startDate,
    reason: normalizeOptional(draft.reason) || null,
    decidedOn: today,
    decidedAt: new Date(),
    placementStatus: granted
      ? granted.placeable
        ? DecisionPlacementStatus.PLACEMENT_REQUESTED
        : DecisionPlacementStatus.ARRANGED_DIRECTLY
      : null,
  } as never);
  if (granted && !granted.placeable) await leaveWaitingListsAsPlaced(tx, participantId, granted.id, today);
  if (draft.outcome === DecisionOutcome.WAITING) {
    for (const waited of offersWaitedFor(draft, chosen)) {
      const offer = offers.get(waited.id)!;
      tx.persist(
        tx.create(WaitingEntry, {
          id: timeOrderedId(),
          sourceId: HUB_WAITING_SOURCE,
          participantId,
          personRef: null,
          offerId: offer.id,
          description: `${offer.titleNb} (vedtak ${today})`.slice(0, 300),
          since: today,
          decisionId: decision.id,
          feedVersion: 1,
          updatedAt: new Date(),
        } as never),
      );
    }
  }
  application.status = status;
  const position = await tx.count(ApplicationStatusChange, { application: application.id });
  tx.persist(
    tx.create(ApplicationStatusChange, {
      application,
      status,
      by: ApplicantRole.CASE_WORKER,
      position,
      at: new Date(),
    }),
  );
  return decision;
}

/** Asks the provider again for a granted decision’s placement, with another group if given. */
export async function retryDecisionPlacement(
  ctx: IntakeContext,
  input: RetryDecisionPlacementInput,
): Promise<Decision> {
  const { em, app, caller, requestId } = ctx;
  requireCaseWorker(caller, { no: 'be om plassering', en: 'ask providers for placements' });
  const groupId = input.groupId?.trim();
  if (input.groupId != null && !groupId)
    throw new UserInputError([
      {
        field: 'groupId',
        nb: 'kan ikke være tomt. La feltet stå tomt i stedet.',
        en: 'must not be empty; leave it out.',
      },
    ]);
  // Another group is checked against the provider's list as a new decision's is, before anything is written.
  const asked =
    groupId && isUuid(input.decisionId) ? await em.fork().findOne(Decision, { id: input.decisionId }) : null;
  if (groupId && asked?.offer) {
    const { groups } = await termsOfOffer(em, app.providerClient, asked.offer.id, { caller, requestId });
    if (groups && !groups.includes(groupId))
      throw new UserInputError([
        {
          field: 'groupId',
          nb: `tilbudet har ingen gruppe med id «${groupId}». Velg en av tilbudets grupper.`,
          en: `the offer has no group with id "${groupId}"; choose one of the offer’s groups.`,
        },
      ]);
  }
  await changing({ nb: 'Vedtaket', en: `Decision ${input.decisionId}` }, () =>
    em.transactional(async (tx) => {
      const decision = isUuid(input.decisionId) ? await tx.findOne(Decision, { id: input.decisionId }) : null;
      if (!decision) throw new NotFoundError('Decision', input.decisionId);
      expectVersion(decision, input.expectedVersion, { nb: 'Vedtaket', en: `Decision ${decision.id}`, it: 'det' });
      const retryable = [DecisionPlacementStatus.PLACEMENT_REQUESTED, DecisionPlacementStatus.PLACEMENT_REFUSED];
      if (!decision.placementStatus || !retryable.includes(decision.placementStatus)) {
        throw new FailedPreconditionError(
          'DECISION_PLACEMENT_STATE',
          {
            nb: `Bare et innvilget vedtak der plassen er bedt om eller avslått, kan sendes igjen. Dette er ${decision.outcome}${decision.placementStatus ? `, ${decision.placementStatus}` : ''}.`,
            en: `Only a granted decision whose placement is requested or refused can be asked for again; this one is ${decision.outcome}${decision.placementStatus ? `, ${decision.placementStatus}` : ''}.`,
          },
          { outcome: decision.outcome, placementStatus: decision.placementStatus },
        );
      }
      if (groupId) decision.groupId = groupId;
      decision.placementStatus = DecisionPlacementStatus.PLACEMENT_REQUESTED;
    }),
  );
  return requestDecisionPlacement(em, app.providerClient, input.decisionId, app.today(), { caller, requestId });
}
