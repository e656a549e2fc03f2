import type { EntityManager } from '@mikro-orm/core';
import {
  Access,
  conflictOnRace,
  expectVersion,
  type RecordName,
  DateScalar,
  FailedPreconditionError,
  NotFoundError,
  UserInputError,
  normalizeOptional,
} from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { requireCaseWorker } from '../../access/write-rules';
import { Application, ApplicationChoice, ApplicationStatusChange } from '../application/application.entity';
import { ApplicantRole, ApplicationStatus } from '../application/application.enums';
import { isUuid } from '../application/application.rules';
import { transition } from '../application/application.state';
import type { IntakeContext, IntakeLoaders } from '../../context';
import { Offer } from '../../catalogue/offer/offer.entity';
import { Participant } from '../../people/participant/participant.entity';
import { Placement } from '../../network/placement/placement.entity';
import { Provider } from '../../catalogue/provider/provider.entity';
import { placementNeeds, type ProviderCall, type ProviderClient } from '../provider-client/provider-client';
import { HUB_WAITING_SOURCE, timeOrderedId, WaitingEntry } from '../../network/waiting/waiting-entry.entity';
import { Decision } from './decision.entity';
import { DecisionOutcome, DecisionPlacementStatus, LetterLanguage } from './decision.enums';
import { RetryDecisionPlacementInput, DecideApplicationInput } from './decision.inputs';
import { FlowMeeting, Transition } from '../transition/transition.entity';
import { TransitionStatus } from '../transition/transition.enums';
import { changeFacts } from './decision.change';
import { DecisionLetter, decisionLetter, type LetterFacts } from './decision.letter';
import { leaveWaitingListsAsPlaced, requestDecisionPlacement } from './decision.placement';
import {
  assertDecidedByMunicipality,
  assertStartNotBeforeDecision,
  decisionProblems,
  offersWaitedFor,
  type ChosenOffer,
  type DecisionDraft,
} from './decision.rules';

/** The offers an application chose, in order of preference, with what the decision rules need of each. */
async function chosenOffers(
  em: EntityManager,
  applicationId: string,
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
      needs: provider ? placementNeeds(provider.id, provider.feedUrl) : null,
      withdrawn: o.withdrawn,
      hoursPerWeek: o.hoursPerWeek,
    };
  });
  return { chosen, offers };
}

/**
 * The ids of a granted offer's groups, asked of its provider's subgraph before the decision's transaction (a provider
 * may be slow, and the hub's feeds do not carry groups). Null when the hub cannot learn them: no such offer, a
 * provider without a subgraph, or one that does not answer; then the provider's own check on the placement stands.
 */
async function groupsOfOffer(
  em: EntityManager,
  client: ProviderClient,
  offerId: string,
  call: ProviderCall,
): Promise<string[] | null> {
  const offer = isUuid(offerId) ? await em.fork().findOne(Offer, { id: offerId }, { populate: ['provider'] }) : null;
  const provider = offer?.provider.getEntity();
  if (!offer || !provider?.feedUrl || !placementNeeds(provider.id, provider.feedUrl)?.group) return null;
  const result = await client.groupsOf({ id: provider.id, feedUrl: provider.feedUrl }, call);
  if (result.kind === 'unknown') return null;
  return result.groups.filter((g) => g.offerId === null || g.offerId === offer.id).map((g) => g.id);
}

/** A changed decision is annulled once its transition is REVERTED: the day, and the reason given. */
async function annulment(decision: Decision, loaders: IntakeLoaders): Promise<{ on: string; reason: string } | null> {
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

/** Runs a change; a concurrent change caught by a version column, or a second decision at once, becomes CONFLICT. */
function changing<T>(what: RecordName, work: () => Promise<T>): Promise<T> {
  return conflictOnRace(what, work, ['version', 'unique']);
}

@Resolver(() => Decision)
export class DecisionResolver {
  @Query(() => Decision, {
    nullable: true,
    description: 'One decision by id; null when there is none, or when the caller may not see it (the same answer).',
  })
  decision(
    @Arg('id', () => ID, { description: 'Id of the decision.' }) id: string,
    @Ctx() ctx: IntakeContext,
  ): Promise<Decision | null> {
    return isUuid(id) ? rowScope(ctx).decision(id) : Promise.resolve(null);
  }

  @FieldResolver(() => Application, {
    nullable: true,
    description: 'The application decided; null for a changed decision (CHANGED_OFFERS, see `transition`).',
  })
  async application(@Root() decision: Decision, @Ctx() ctx: IntakeContext): Promise<Application | null> {
    if (!decision.application) return null;
    const application = await rowScope(ctx).application(decision.application.id);
    if (!application) throw new Error(`Decision ${decision.id} refers to missing application`);
    return application;
  }

  @FieldResolver(() => Transition, {
    nullable: true,
    description:
      'CHANGED_OFFERS: the transition the flow meeting agreed, whose change of offers this decision is; else null.',
  })
  transition(@Root() decision: Decision, @Ctx() ctx: IntakeContext): Promise<Transition | null> {
    return decision.transition ? rowScope(ctx).transition(decision.transition.id) : Promise.resolve(null);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'CHANGED_OFFERS: the day the decision was annulled, because its transition was REVERTED (the ends undone after a target could not be started); null while it stands, and for every other decision.',
  })
  async annulledOn(@Root() decision: Decision, @Ctx() { loaders }: IntakeContext): Promise<string | null> {
    return (await annulment(decision, loaders))?.on ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'CHANGED_OFFERS, once annulled: why (the reason given to revertTransition); else null.',
  })
  async annulmentReason(@Root() decision: Decision, @Ctx() { loaders }: IntakeContext): Promise<string | null> {
    return (await annulment(decision, loaders))?.reason ?? null;
  }

  @FieldResolver(() => FlowMeeting, {
    nullable: true,
    description: 'CHANGED_OFFERS: the flow meeting (flytmøte) that agreed the change; else null.',
  })
  async flowMeeting(@Root() decision: Decision, @Ctx() { loaders }: IntakeContext): Promise<FlowMeeting | null> {
    if (!decision.transition) return null;
    const transition = await loaders.transition.load(decision.transition.id);
    return transition?.flowMeeting ? loaders.flowMeeting.load(transition.flowMeeting.id) : null;
  }

  @FieldResolver(() => Participant, { description: 'The applicant.' })
  async participant(@Root() decision: Decision, @Ctx() ctx: IntakeContext): Promise<Participant> {
    const participant = await rowScope(ctx).participant(decision.participant.id);
    if (!participant) throw new Error(`Decision ${decision.id} refers to missing participant`);
    return participant;
  }

  @FieldResolver(() => Offer, {
    nullable: true,
    description: 'GRANTED: the offer granted; WAITING: the offer waited for, when one was named; else null.',
  })
  offer(@Root() decision: Decision, @Ctx() { loaders }: IntakeContext): Promise<Offer | null> {
    return decision.offer ? loaders.offer.load(decision.offer.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Placement, {
    nullable: true,
    description:
      'The placement in the hub’s index, once the provider’s feed has brought it; null before. A grant is complete only when this is set.',
  })
  placement(@Root() decision: Decision, @Ctx() ctx: IntakeContext): Promise<Placement | null> {
    return decision.placementId ? rowScope(ctx).placement(decision.placementId) : Promise.resolve(null);
  }

  @FieldResolver(() => [WaitingEntry], {
    description:
      'WAITING: the waiting-list entries the decision made, open or left (those the caller may see); empty otherwise.',
  })
  waitingEntries(@Root() decision: Decision, @Ctx() ctx: IntakeContext): Promise<WaitingEntry[]> {
    return rowScope(ctx).waitingOfDecision(decision.id);
  }

  @FieldResolver(() => DecisionLetter, {
    description:
      'The decision letter (vedtaksbrev) for the applicant or guardian, in plain language. Also served as text at GET /decisions/{id}/letter?lang=nb|en.',
  })
  async letter(
    @Root() decision: Decision,
    @Arg('language', () => LetterLanguage, {
      defaultValue: LetterLanguage.NB,
      description: 'The language of the letter; bokmål by default.',
    })
    language: LetterLanguage,
    @Ctx() { loaders }: IntakeContext,
  ): Promise<DecisionLetter> {
    return decisionLetter(await letterFacts(decision, loaders, language), language);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Decision, {
    description:
      'Decides an application UNDER_ASSESSMENT (it becomes DECIDED). GRANTED asks the provider’s subgraph for the placement and answers with its outcome in `placementStatus` (a refusal by the provider is not an error here). WAITING puts the applicant on the waiting list. NOT_FOUND, CONFLICT (stale expectedVersion), BAD_USER_INPUT (also `groupId` for a group the provider does not list for the offer, asked of its subgraph before anything is written, and `offerId` for an offer the provider has withdrawn), and FAILED_PRECONDITION with APPLICATION_STATE, DECIDED_BY_NAV or START_BEFORE_DECISION.',
  })
  async decideApplication(
    @Arg('input', () => DecideApplicationInput, { description: 'The decision.' }) input: DecideApplicationInput,
    @Ctx() { em, app, caller, requestId }: IntakeContext,
  ): Promise<Decision> {
    requireCaseWorker(caller, { no: 'fatte vedtak', en: 'decide applications' });
    const today = app.today();
    const draft: DecisionDraft = {
      outcome: input.outcome,
      offerId: input.offerId ?? null,
      groupId: input.groupId?.trim() || null,
      daysPerWeek: input.daysPerWeek ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      startDate: input.startDate ?? null,
      reason: input.reason ?? null,
    };
    // The group is checked against the provider's own list before anything is written, so a decision (and its letter
    // "Du har fått plass") never names a group the offer does not have.
    const groups =
      draft.outcome === DecisionOutcome.GRANTED && draft.groupId && draft.offerId
        ? await groupsOfOffer(em, app.providerClient, draft.offerId, { caller, requestId })
        : null;
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
        const { chosen, offers } = await chosenOffers(tx, application.id);
        const problems = decisionProblems(draft, chosen, groups);
        if (problems.length) throw new UserInputError(problems);
        const status = transition(application.status, ApplicationStatus.DECIDED);
        assertDecidedByMunicipality(draft, chosen);
        assertStartNotBeforeDecision(draft.startDate, today);

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
            ? granted.needs
              ? DecisionPlacementStatus.PLACEMENT_REQUESTED
              : DecisionPlacementStatus.ARRANGED_DIRECTLY
            : null,
        } as never);
        if (granted && !granted.needs) await leaveWaitingListsAsPlaced(tx, participantId, granted.id, today);
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
      }),
    );
    if (decision.placementStatus !== DecisionPlacementStatus.PLACEMENT_REQUESTED) return decision;
    return requestDecisionPlacement(em, app.providerClient, decision.id, today, { caller, requestId });
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Decision, {
    description:
      'Asks the provider again for the placement of a granted decision that is PLACEMENT_REQUESTED (no answer yet) or PLACEMENT_REFUSED (e.g. a place has become free, or with another group). NOT_FOUND, CONFLICT, BAD_USER_INPUT on `groupId` for a group the provider does not list for the offer, FAILED_PRECONDITION (DECISION_PLACEMENT_STATE) when there is nothing to ask.',
  })
  async retryDecisionPlacement(
    @Arg('input', () => RetryDecisionPlacementInput, { description: 'The decision, and another group if wanted.' })
    input: RetryDecisionPlacementInput,
    @Ctx() { em, app, caller, requestId }: IntakeContext,
  ): Promise<Decision> {
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
      const groups = await groupsOfOffer(em, app.providerClient, asked.offer.id, { caller, requestId });
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
}

@Resolver(() => Application)
export class ApplicationDecisionResolver {
  @FieldResolver(() => Decision, { nullable: true, description: 'The decision (vedtak); null until decided.' })
  decision(@Root() application: Application, @Ctx() ctx: IntakeContext): Promise<Decision | null> {
    return rowScope(ctx).decisionOfApplication(application.id);
  }
}

@Resolver(() => Participant)
export class ParticipantDecisionsResolver {
  @FieldResolver(() => [Decision], {
    description:
      'Decisions on the participant’s applications, and changed decisions after flow meetings, oldest first (those the caller may see).',
  })
  decisions(@Root() participant: Participant, @Ctx() ctx: IntakeContext): Promise<Decision[]> {
    return rowScope(ctx).decisionsOf(participant.id);
  }
}
