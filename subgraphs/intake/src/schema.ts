import { buildFederatedSchema } from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { rowScope } from './access/row-scope';
import type { IntakeContext } from './context';
import {
  ApplicationChoiceResolver,
  ApplicationResolver,
  ParticipantApplicationsResolver,
  VtaAssessmentResolver,
} from './application/application.resolver';
import { ParticipantCareerResolver } from './career/career.resolver';
import { IntakeCalendarResolver } from './calendar/calendar.resolver';
import {
  ApplicationDecisionResolver,
  DecisionResolver,
  ParticipantDecisionsResolver,
} from './decision/decision.resolver';
import { FeedStatusResolver } from './feed/feed.resolver';
import { OfferResolver } from './offer/offer.resolver';
import { ParticipantResolver } from './participant/participant.resolver';
import { PlacementResolver } from './placement/placement.resolver';
import { ProviderResolver } from './provider/provider.resolver';
import {
  FlowMeetingItemResolver,
  FlowMeetingResolver,
  ParticipantTransitionsResolver,
  TransitionResolver,
  TransitionStepResolver,
} from './transition/transition.resolver';
import { WaitingEntryResolver } from './waiting/waiting.resolver';
import { DecisionNavGrantResolver, NavGrantResolver, ParticipantNavGrantsResolver } from './waiting/nav-grant.resolver';

type Reference = { id: string };

/** The intake subgraph's schema. No database or port: the server, `npm run compose` and tests share it. */
export function createIntakeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ProviderResolver,
      OfferResolver,
      ParticipantResolver,
      PlacementResolver,
      WaitingEntryResolver,
      FeedStatusResolver,
      ApplicationResolver,
      ApplicationChoiceResolver,
      VtaAssessmentResolver,
      ParticipantApplicationsResolver,
      IntakeCalendarResolver,
      DecisionResolver,
      ApplicationDecisionResolver,
      ParticipantDecisionsResolver,
      TransitionResolver,
      TransitionStepResolver,
      FlowMeetingResolver,
      FlowMeetingItemResolver,
      ParticipantTransitionsResolver,
      ParticipantCareerResolver,
      NavGrantResolver,
      ParticipantNavGrantsResolver,
      DecisionNavGrantResolver,
    ],
    referenceResolvers: {
      Provider: { __resolveReference: (ref: Reference, ctx: IntakeContext) => ctx.loaders.provider.load(ref.id) },
      Offer: { __resolveReference: (ref: Reference, ctx: IntakeContext) => ctx.loaders.offer.load(ref.id) },
      // Personal rows out of the caller's scope resolve to null, as an unknown id does (see access/row-scope.ts).
      Participant: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).participant(ref.id) },
      Application: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).application(ref.id) },
      Decision: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).decision(ref.id) },
      Transition: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).transition(ref.id) },
      FlowMeeting: {
        __resolveReference: (ref: Reference, ctx: IntakeContext) => ctx.loaders.flowMeeting.load(ref.id),
      },
      Placement: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).placement(ref.id) },
    },
  });
}
