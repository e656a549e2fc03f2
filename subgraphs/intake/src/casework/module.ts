import type { EntityManager } from '@mikro-orm/core';
import { rowScope } from '../access/row-scope';
import type { IntakeContext } from '../context';
import type { HubModule } from '../hub-module';
import { onNavGrantArrived, type NavGrantArrived } from '../network';
import {
  Application,
  ApplicationChoice,
  ApplicationExperience,
  ApplicationStatusChange,
} from './application/application.entity';
import {
  ApplicationChoiceResolver,
  ApplicationResolver,
  ParticipantApplicationsResolver,
  VtaAssessmentResolver,
} from './application/application.resolver';
import { draftApplications } from './application/application.retention';
import { leftParticipants } from './left-participants.retention';
import { VtaAssessment } from './application/vta-assessment.entity';
import { ApplicationWorklistResolver } from './application/application.worklist.resolver';
import { IntakeCalendarResolver } from './calendar/calendar.resolver';
import { OfficeResolver } from './office/office.resolver';
import { CareerPlan } from './career/career-plan.entity';
import { ParticipantCareerResolver } from './career/career.resolver';
import { DecisionNavGrantResolver } from './decision/decision-nav-grant.resolver';
import { Decision } from './decision/decision.entity';
import { decideByNavGrant } from './decision/decision.nav';
import {
  ApplicationDecisionResolver,
  DecisionResolver,
  ParticipantDecisionsResolver,
} from './decision/decision.resolver';
import { OwnGrantsResolver } from './decision/own-grants.resolver';
import {
  FlowMeeting,
  FlowMeetingItem,
  Transition,
  TransitionStatusChange,
  TransitionStep,
} from './transition/transition.entity';
import {
  FlowMeetingItemResolver,
  FlowMeetingResolver,
  ParticipantTransitionsResolver,
  TransitionResolver,
  TransitionStepResolver,
} from './transition/transition.resolver';
import { CaseworkStatisticsResolver } from './statistics/statistics.resolver';
import { caseworkRules, caseworkView, type CaseworkRules } from './row-rules';
import { caseworkLoaders, type CaseworkLoaders } from './loaders';

type Reference = { id: string };
type OfParticipant = { participant: { id: string } };
const ofParticipant = (row: OfParticipant) => row.participant.id;
/** An agenda item's participant, once its transition is loaded (row-rules' agendaOf loads it); else from above. */
const ofAgendaItem = (item: FlowMeetingItem) => item.transition.unwrap().participant?.id;

/** NAV granted a place: casework decides the participant's open applications for it, in the feed's transaction. */
const decideOnNavGrant = (em: EntityManager, { grant, participantId }: NavGrantArrived) =>
  decideByNavGrant(em, grant, participantId);

/**
 * Casework: applications and their assessment, decisions and letters, transitions and flow meetings, career plans,
 * the intake calendar, and the client that asks providers to place a decided participant.
 */
export const caseworkModule: HubModule<CaseworkLoaders, CaseworkRules> = {
  name: 'casework',
  entities: [
    Application,
    ApplicationChoice,
    ApplicationExperience,
    ApplicationStatusChange,
    VtaAssessment,
    Decision,
    FlowMeeting,
    Transition,
    TransitionStep,
    TransitionStatusChange,
    FlowMeetingItem,
    CareerPlan,
  ],
  loaders: caseworkLoaders,
  resolvers: [
    ApplicationResolver,
    ApplicationWorklistResolver,
    ApplicationChoiceResolver,
    VtaAssessmentResolver,
    ParticipantApplicationsResolver,
    IntakeCalendarResolver,
    DecisionResolver,
    ApplicationDecisionResolver,
    ParticipantDecisionsResolver,
    OwnGrantsResolver,
    TransitionResolver,
    TransitionStepResolver,
    FlowMeetingResolver,
    FlowMeetingItemResolver,
    ParticipantTransitionsResolver,
    ParticipantCareerResolver,
    DecisionNavGrantResolver,
    OfficeResolver,
    CaseworkStatisticsResolver,
  ],
  audit: {
    Career: { category: 'PATH' },
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
    FlowMeetingItem: { category: 'APPLICATIONS', participantId: ofAgendaItem },
    CareerPlan: { category: 'APPLICATIONS', participantId: ofParticipant },
  },
  referenceResolvers: {
    Application: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).application(ref.id) },
    Decision: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).decision(ref.id) },
    Transition: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).transition(ref.id) },
    FlowMeeting: {
      __resolveReference: (ref: Reference, ctx: IntakeContext) => ctx.loaders.flowMeeting.load(ref.id),
    },
  },
  rowRules: caseworkRules,
  organisationView: caseworkView,
  registerHooks: () => onNavGrantArrived.register(decideOnNavGrant),
  retention: [draftApplications, leftParticipants],
};
