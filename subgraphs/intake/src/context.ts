import { byIdLoader, childrenLoader, DEVELOPMENT_PERSON_REF_KEY, osloToday, type RequestContext } from '@veiinn/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Offer } from './catalogue/offer/offer.entity';
import { Guardian, Participant } from './people/participant/participant.entity';
import { Guardianship } from './people/participant/guardianship.entity';
import { Provider } from './catalogue/provider/provider.entity';
import { capacityByOfferLoader } from './catalogue/capacity/capacity';
import { FeedCursor, FeedRejection } from './network/feed/feed.entities';
import { feedStatusLoader } from './network/feed/feed-status.loader';
import { Placement } from './network/placement/placement.entity';
import { WaitingEntry } from './network/waiting/waiting-entry.entity';
import { NavGrant, NavGrantChange } from './network/waiting/nav-grant.entity';
import {
  Application,
  ApplicationChoice,
  ApplicationExperience,
  ApplicationStatusChange,
} from './casework/application/application.entity';
import { VtaAssessment } from './casework/application/vta-assessment.entity';
import { Decision } from './casework/decision/decision.entity';
import {
  FlowMeeting,
  FlowMeetingItem,
  Transition,
  TransitionStatusChange,
  TransitionStep,
} from './casework/transition/transition.entity';
import { CareerPlan } from './casework/career/career-plan.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { createProviderClient, type ProviderClient } from './casework/provider-client/provider-client';
import DataLoader from 'dataloader';

/** The entities of the intake database, listed for MikroORM. */
export const intakeEntities = [
  Provider,
  Offer,
  Participant,
  Guardian,
  Guardianship,
  Placement,
  WaitingEntry,
  FeedCursor,
  FeedRejection,
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
  NavGrant,
  NavGrantChange,
  AuditEntry,
];

/** Per-request DataLoaders: every entity lookup and child list of the intake subgraph goes through one. */
export function createIntakeLoaders(em: EntityManager, app: Pick<IntakeSettings, 'today'>) {
  return {
    provider: byIdLoader(em, Provider),
    offer: byIdLoader(em, Offer, { uuidKeys: true }),
    participant: byIdLoader(em, Participant, { uuidKeys: true }),
    offersByProvider: childrenLoader(
      em,
      Offer,
      'provider',
      (o) => o.provider.id,
      { titleSort: 'asc', id: 'asc' },
      {
        withdrawn: false,
      },
    ),
    placement: byIdLoader(em, Placement),
    placementsByParticipant: childrenLoader(em, Placement, 'participantId', (p) => p.participantId, {
      startDate: 'asc',
      id: 'asc',
    }),
    waitingByParticipant: childrenLoader(em, WaitingEntry, 'participantId', (w) => w.participantId!, {
      since: 'asc',
      id: 'asc',
    }),
    capacityByOffer: capacityByOfferLoader(em, app.today),
    feedStatus: feedStatusLoader(em),
    guardiansByParticipant: childrenLoader(em, Guardian, 'participant', (g) => g.participant.id, { position: 'asc' }),
    application: byIdLoader(em, Application, { uuidKeys: true }),
    applicationsByParticipant: childrenLoader(em, Application, 'participant', (a) => a.participant.id, {
      createdAt: 'asc',
      id: 'asc',
    }),
    choicesByApplication: childrenLoader(em, ApplicationChoice, 'application', (c) => c.application.id, {
      rank: 'asc',
    }),
    experienceByApplication: childrenLoader(em, ApplicationExperience, 'application', (e) => e.application.id, {
      position: 'asc',
    }),
    statusHistoryByApplication: childrenLoader(em, ApplicationStatusChange, 'application', (s) => s.application.id, {
      position: 'asc',
    }),
    vtaAssessmentByParticipant: vtaAssessmentByParticipantLoader(em),
    decision: byIdLoader(em, Decision, { uuidKeys: true }),
    decisionByApplication: oneByParentLoader(
      childrenLoader(em, Decision, 'application', (d) => d.application!.id, { id: 'asc' }),
    ),
    decisionsByParticipant: childrenLoader(em, Decision, 'participant', (d) => d.participant.id, {
      decidedAt: 'asc',
      id: 'asc',
    }),
    waitingByDecision: childrenLoader(em, WaitingEntry, 'decisionId', (w) => w.decisionId!, {
      since: 'asc',
      id: 'asc',
    }),
    openWaitingByOffer: childrenLoader(
      em,
      WaitingEntry,
      'offerId',
      (w) => w.offerId!,
      { since: 'asc', id: 'asc' },
      { leftOn: null },
    ),
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
    navGrant: byIdLoader(em, NavGrant),
    navGrantsByPersonRef: childrenLoader(em, NavGrant, 'personRef', (g) => g.personRef!, {
      statusOn: 'asc',
      id: 'asc',
    }),
    navGrantHistory: childrenLoader(em, NavGrantChange, 'grant', (c) => c.grant.id, { feedVersion: 'asc', id: 'asc' }),
    agendaItemsByTransition: childrenLoader(em, FlowMeetingItem, 'transition', (i) => i.transition.id, {
      id: 'asc',
    }),
  };
}
/** A participant's VTA assessment (at most one each, by a unique index), or null. */
function vtaAssessmentByParticipantLoader(em: EntityManager) {
  return oneByParentLoader(childrenLoader(em, VtaAssessment, 'participant', (v) => v.participant.id, { id: 'asc' }));
}

/** The one child of each parent (a unique index keeps it to one), or null, from a loader of children lists. */
function oneByParentLoader<T>(all: DataLoader<string, T[]>) {
  return new DataLoader<string, T | null>(async (ids) =>
    (await all.loadMany([...ids])).map((rows) => (rows instanceof Error ? rows : (rows[0] ?? null))),
  );
}

export type IntakeLoaders = ReturnType<typeof createIntakeLoaders>;

/** Settings of the intake process, the same for every request. */
export interface IntakeSettings {
  /** Accept real national identity numbers; off everywhere but production, so demo data stays synthetic. */
  allowRealIdentityNumbers: boolean;
  /** Today's date in Norway (YYYY-MM-DD); replaceable so tests can fix the day. */
  today: () => string;
  /** Key of the identity-number pseudonym shared with the NAV adapter (VEIINN_PERSON_REF_KEY). */
  personRefKey: string;
  /**
   * Asks providers' subgraphs for the placements of granted decisions. `startIntakeSubgraph` gives it the hub's
   * service token (see `providerCallHeaders` in subgraph.ts); tests may replace it.
   */
  providerClient: ProviderClient;
}

export const defaultIntakeSettings: IntakeSettings = {
  allowRealIdentityNumbers: false,
  today: () => osloToday(),
  personRefKey: DEVELOPMENT_PERSON_REF_KEY,
  providerClient: createProviderClient(),
};

export type IntakeContext = RequestContext<IntakeLoaders, IntakeSettings>;
