import { buildFederatedSchema, type AuditMap } from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { rowScope } from './access/row-scope';
import type { IntakeContext } from './context';
import {
  ApplicationChoiceResolver,
  ApplicationResolver,
  ParticipantApplicationsResolver,
  VtaAssessmentResolver,
} from './casework/application/application.resolver';
import { AuditEntryResolver, ParticipantReadLogResolver } from './audit/audit.resolver';
import { ParticipantCareerResolver } from './casework/career/career.resolver';
import { IntakeCalendarResolver } from './casework/calendar/calendar.resolver';
import {
  ApplicationDecisionResolver,
  DecisionResolver,
  ParticipantDecisionsResolver,
} from './casework/decision/decision.resolver';
import { FeedStatusResolver } from './network/feed/feed.resolver';
import { OfferResolver } from './catalogue/offer/offer.resolver';
import { GuardianshipResolver } from './people/participant/guardianship.resolver';
import { MeResolver } from './people/participant/me.resolver';
import { ParticipantResolver } from './people/participant/participant.resolver';
import { PlacementResolver } from './network/placement/placement.resolver';
import { ProviderResolver } from './catalogue/provider/provider.resolver';
import {
  FlowMeetingItemResolver,
  FlowMeetingResolver,
  ParticipantTransitionsResolver,
  TransitionResolver,
  TransitionStepResolver,
} from './casework/transition/transition.resolver';
import { WaitingEntryResolver } from './network/waiting/waiting.resolver';
import {
  DecisionNavGrantResolver,
  NavGrantResolver,
  ParticipantNavGrantsResolver,
} from './network/waiting/nav-grant.resolver';

type Reference = { id: string };

type OfParticipant = { participant: { id: string } };
const ofParticipant = (row: OfParticipant) => row.participant.id;

/**
 * The hub's types that describe one participant, and how each read of them goes to the audit log (see the kit's
 * audit.ts). Types without `participantId` (an application's choices, a decision's letter) take the participant
 * of the object they hang below.
 */
export const intakeAudit: AuditMap = {
  Participant: {
    category: 'IDENTITY',
    participantId: (p: Reference) => p.id,
    fields: {
      navRef: null,
      version: null,
      placements: 'PATH',
      career: 'PATH',
      waitingLists: 'APPLICATIONS',
      applications: 'APPLICATIONS',
      vtaAssessment: 'APPLICATIONS',
      careerPlan: 'APPLICATIONS',
      decisions: 'APPLICATIONS',
      transitions: 'APPLICATIONS',
      readLog: 'AUDIT',
      navGrants: 'NAV',
    },
  },
  Guardian: { category: 'IDENTITY', participantId: ofParticipant },
  Guardianship: { category: 'IDENTITY', participantId: ofParticipant },
  Placement: { category: 'PATH', participantId: (p: { participantId: string }) => p.participantId },
  Career: { category: 'PATH' },
  WaitingEntry: { category: 'APPLICATIONS', participantId: (w: { participantId: string | null }) => w.participantId },
  Application: { category: 'APPLICATIONS', participantId: ofParticipant },
  ApplicationChoice: { category: 'APPLICATIONS' },
  ApplicationExperience: { category: 'APPLICATIONS' },
  ApplicationStatusChange: { category: 'APPLICATIONS' },
  VtaAssessment: { category: 'APPLICATIONS', participantId: ofParticipant },
  Decision: { category: 'APPLICATIONS', participantId: ofParticipant },
  DecisionLetter: { category: 'APPLICATIONS' },
  PlacementRefusal: { category: 'APPLICATIONS' },
  Transition: { category: 'APPLICATIONS', participantId: ofParticipant },
  TransitionStep: { category: 'APPLICATIONS' },
  TransitionStepRefusal: { category: 'APPLICATIONS' },
  TransitionStatusChange: { category: 'APPLICATIONS' },
  CareerPlan: { category: 'APPLICATIONS', participantId: ofParticipant },
  NavGrant: { category: 'NAV' },
  NavGrantChange: { category: 'NAV' },
  AuditEntry: { category: 'AUDIT', participantId: (e: { participantId: string }) => e.participantId },
};

/** The intake subgraph's schema. No database or port: the server, `npm run compose` and tests share it. */
export function createIntakeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ProviderResolver,
      OfferResolver,
      ParticipantResolver,
      MeResolver,
      GuardianshipResolver,
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
      AuditEntryResolver,
      ParticipantReadLogResolver,
    ],
    audit: intakeAudit,
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
