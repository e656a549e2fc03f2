import { Access, DateScalar } from '@veiinn/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rowScope } from '../../access/row-scope';
import { Application } from '../application/application.entity';
import { isUuid } from '../application/application.rules';
import type { IntakeContext } from '../../context';
import { Offer } from '../../catalogue';
import { Participant } from '../../people';
import { Placement, WaitingEntry } from '../../network';
import { Decision } from './decision.entity';
import { LetterLanguage } from './decision.enums';
import { RetryDecisionPlacementInput, DecideApplicationInput } from './decision.inputs';
import { FlowMeeting, Transition } from '../transition/transition.entity';
import { DecisionLetter, decisionLetter } from './decision.letter';

import { annulment, letterFacts } from './decision.facts';
import { previewDecisionLetters } from './decision.preview';
import { decideApplication, retryDecisionPlacement } from './decision.use-cases';

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
  @Query(() => [DecisionLetter], {
    description:
      'The letters a decision would send, bokmål first and then English, for the same input as decideApplication, without writing or asking the provider for a place (its groups may be asked, as decideApplication asks them). Refused as decideApplication would refuse the input: NOT_FOUND, CONFLICT, BAD_USER_INPUT, FAILED_PRECONDITION (APPLICATION_STATE, DECIDED_BY_NAV, START_BEFORE_DECISION). Case workers only.',
  })
  decisionLetterPreview(
    @Arg('input', () => DecideApplicationInput, { description: 'The decision as it would be sent.' })
    input: DecideApplicationInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<DecisionLetter[]> {
    return previewDecisionLetters(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Decision, {
    description:
      'Decides an application UNDER_ASSESSMENT (it becomes DECIDED). GRANTED asks the provider’s subgraph for the placement and answers with its outcome in `placementStatus` (a refusal by the provider is not an error here). WAITING puts the applicant on the waiting list. NOT_FOUND, CONFLICT (stale expectedVersion), BAD_USER_INPUT (also `groupId` for a group the provider does not list for the offer, asked of its subgraph before anything is written, and `offerId` for an offer the provider has withdrawn), and FAILED_PRECONDITION with APPLICATION_STATE, DECIDED_BY_NAV or START_BEFORE_DECISION.',
  })
  decideApplication(
    @Arg('input', () => DecideApplicationInput, { description: 'The decision.' }) input: DecideApplicationInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Decision> {
    return decideApplication(ctx, input);
  }

  @Directive(Access.CASE_WORKER)
  @Mutation(() => Decision, {
    description:
      'Asks the provider again for the placement of a granted decision that is PLACEMENT_REQUESTED (no answer yet) or PLACEMENT_REFUSED (e.g. a place has become free, or with another group). NOT_FOUND, CONFLICT, BAD_USER_INPUT on `groupId` for a group the provider does not list for the offer, FAILED_PRECONDITION (DECISION_PLACEMENT_STATE) when there is nothing to ask.',
  })
  retryDecisionPlacement(
    @Arg('input', () => RetryDecisionPlacementInput, { description: 'The decision, and another group if wanted.' })
    input: RetryDecisionPlacementInput,
    @Ctx() ctx: IntakeContext,
  ): Promise<Decision> {
    return retryDecisionPlacement(ctx, input);
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
