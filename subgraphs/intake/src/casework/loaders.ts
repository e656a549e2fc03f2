import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '@veiinn/kit';
import { leanByIdLoader, leanChildrenLoader } from '../common/lean';
import { oneByParentLoader } from '../common/one-by-parent';
import {
  Application,
  ApplicationChoice,
  ApplicationExperience,
  ApplicationStatusChange,
} from './application/application.entity';
import { VtaAssessment } from './application/vta-assessment.entity';
import { CareerPlan } from './career/career-plan.entity';
import { Decision } from './decision/decision.entity';
import {
  FlowMeeting,
  FlowMeetingItem,
  Transition,
  TransitionStatusChange,
  TransitionStep,
} from './transition/transition.entity';

/**
 * Casework's applications and their parts, by id and by parent. Applications and their choices as lean rows (the
 * worklist and the participant's path read them; writes read theirs in their transaction).
 */
function applicationLoaders(em: EntityManager) {
  return {
    application: leanByIdLoader(em, Application, { uuidKeys: true }),
    applicationsByParticipant: leanChildrenLoader(em, Application, 'participant', (a) => a.participant.id, {
      createdAt: 'asc',
      id: 'asc',
    }),
    choicesByApplication: leanChildrenLoader(em, ApplicationChoice, 'application', (c) => c.application.id, {
      rank: 'asc',
    }),
    experienceByApplication: childrenLoader(em, ApplicationExperience, 'application', (e) => e.application.id, {
      position: 'asc',
    }),
    statusHistoryByApplication: childrenLoader(em, ApplicationStatusChange, 'application', (s) => s.application.id, {
      position: 'asc',
    }),
    // A participant's VTA assessment (at most one each, by a unique index), or null.
    vtaAssessmentByParticipant: oneByParentLoader(
      childrenLoader(em, VtaAssessment, 'participant', (v) => v.participant.id, { id: 'asc' }),
    ),
    decision: byIdLoader(em, Decision, { uuidKeys: true }),
    decisionByApplication: oneByParentLoader(
      childrenLoader(em, Decision, 'application', (d) => d.application!.id, { id: 'asc' }),
    ),
    decisionsByParticipant: childrenLoader(em, Decision, 'participant', (d) => d.participant.id, {
      decidedAt: 'asc',
      id: 'asc',
    }),
  };
}

/** Transitions, flow meetings and career plans. */
function transitionLoaders(em: EntityManager) {
  return {
    transition: byIdLoader(em, Transition, { uuidKeys: true }),
    transitionsByParticipant: childrenLoader(em, Transition, 'participant', (t) => t.participant.id, {
      createdAt: 'asc',
      id: 'asc',
    }),
    stepsByTransition: childrenLoader(em, TransitionStep, 'transition', (s) => s.transition.id, { position: 'asc' }),
    statusHistoryByTransition: childrenLoader(em, TransitionStatusChange, 'transition', (s) => s.transition.id, {
      position: 'asc',
    }),
    flowMeeting: byIdLoader(em, FlowMeeting, { uuidKeys: true }),
    agendaByFlowMeeting: childrenLoader(em, FlowMeetingItem, 'flowMeeting', (i) => i.flowMeeting.id, {
      position: 'asc',
    }),
    careerPlanByParticipant: oneByParentLoader(
      childrenLoader(em, CareerPlan, 'participant', (c) => c.participant.id, { id: 'asc' }),
    ),
    agendaItemsByTransition: childrenLoader(em, FlowMeetingItem, 'transition', (i) => i.transition.id, {
      id: 'asc',
    }),
  };
}

/** Casework's per-request DataLoaders. */
export function caseworkLoaders(em: EntityManager) {
  return { ...applicationLoaders(em), ...transitionLoaders(em) };
}

export type CaseworkLoaders = ReturnType<typeof caseworkLoaders>;
