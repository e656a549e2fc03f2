import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { isUuid } from '@veiinn/kit';
import { NOTHING, type OrganisationView, type RowScopeCore } from '../access/row-scope';
import type { PeopleRules } from '../people';
import type { CareerPlan } from './career/career-plan.entity';
import { Application, ApplicationChoice } from './application/application.entity';
import type { Decision } from './decision/decision.entity';
import { Transition, TransitionStep, type FlowMeetingItem } from './transition/transition.entity';

type SeenApplication = Pick<Application, 'id' | 'participant'> & { submittedByRef?: string | null };

/** Who sees which application, decision, transition and career plan, and the condition for lists of applications. */
function caseworkSees(s: RowScopeCore & PeopleRules) {
  /**
   * The `personRef` of a signed-in guardian (or applicant): the applications they submitted themselves are theirs to
   * see even before the office has confirmed the guardianship (docs/security.md, "Guardian on behalf").
   */
  const submitterRef = s.scope.kind === 'own' ? s.caller?.personRef : undefined;
  const rules = {
    /** Own participants', the ones the caller submitted, or those choosing an offer of the caller's provider. */
    async seesApplication(application: SeenApplication): Promise<boolean> {
      switch (s.scope.kind) {
        case 'all':
          return true;
        case 'own':
          return (
            s.scope.participantIds.has(application.participant.id) ||
            (submitterRef !== undefined && application.submittedByRef === submitterRef)
          );
        case 'none':
          return false;
        default:
          return (await s.organisation()).applicationIds.has(application.id);
      }
    },
    /** A decision goes with its application; a changed decision (after a flow meeting) with its transition. */
    seesDecision(decision: Pick<Decision, 'participant' | 'application' | 'transition'>): Promise<boolean> {
      if (decision.transition)
        return rules.seesTransition({ id: decision.transition.id, participant: decision.participant });
      return rules.seesApplication({ id: decision.application?.id ?? '', participant: decision.participant });
    },
    /** Transitions: own participants', or those ending or starting a placement with the caller's provider. */
    async seesTransition(transition: Pick<Transition, 'id' | 'participant'>): Promise<boolean> {
      switch (s.scope.kind) {
        case 'all':
          return true;
        case 'own':
          return s.scope.participantIds.has(transition.participant.id);
        case 'none':
          return false;
        default:
          return (await s.organisation()).transitionIds.has(transition.id);
      }
    },
    /** The career plan: the participant's own wishes, for whoever works with them; not NAV's. */
    async seesCareerPlan(participantId: string): Promise<boolean> {
      return s.scope.kind !== 'nav' && s.seesParticipant(participantId);
    },
    /** The condition for list queries, so that a page and its totalCount hold the same rows. */
    async applicationWhere(): Promise<FilterQuery<Application>> {
      switch (s.scope.kind) {
        case 'all':
          return {};
        case 'own': {
          const own: FilterQuery<Application> = { participant: { $in: [...s.scope.participantIds].filter(isUuid) } };
          return submitterRef ? { $or: [own, { submittedByRef: submitterRef }] } : own;
        }
        case 'none':
          return NOTHING;
        default:
          return { id: { $in: [...(await s.organisation()).applicationIds] } };
      }
    },
  };
  return rules;
}

/** The row rules of applications, decisions, transitions and career plans: who sees them, and reads kept to that. */
export function caseworkRules(s: RowScopeCore & PeopleRules) {
  const sees = caseworkSees(s);
  const rules = {
    ...sees,
    async application(id: string): Promise<Application | null> {
      return s.one(await s.loaders.application.load(id), (a) => sees.seesApplication(a));
    },
    async decision(id: string): Promise<Decision | null> {
      return s.one(await s.loaders.decision.load(id), (d) => sees.seesDecision(d));
    },
    async transition(id: string): Promise<Transition | null> {
      return s.one(await s.loaders.transition.load(id), (t) => sees.seesTransition(t));
    },
    async decisionOfApplication(applicationId: string): Promise<Decision | null> {
      return s.one(await s.loaders.decisionByApplication.load(applicationId), (d) => sees.seesDecision(d));
    },
    async careerPlanOf(participantId: string): Promise<CareerPlan | null> {
      return (await sees.seesCareerPlan(participantId)) ? s.loaders.careerPlanByParticipant.load(participantId) : null;
    },
    async applicationsOf(participantId: string): Promise<Application[]> {
      return s.keep(await s.loaders.applicationsByParticipant.load(participantId), (a) => sees.seesApplication(a));
    },
    async decisionsOf(participantId: string): Promise<Decision[]> {
      return s.keep(await s.loaders.decisionsByParticipant.load(participantId), (d) => sees.seesDecision(d));
    },
    async transitionsOf(participantId: string): Promise<Transition[]> {
      return s.keep(await s.loaders.transitionsByParticipant.load(participantId), (t) => sees.seesTransition(t));
    },
    /** A flow meeting's agenda: the items whose transition the caller may see. */
    async agendaOf(flowMeetingId: string): Promise<FlowMeetingItem[]> {
      const items = await s.loaders.agendaByFlowMeeting.load(flowMeetingId);
      // Loaded for everyone, not only to filter: an item's own fields (outcome, note) are the participant's, and the
      // audit log learns whose from the item's transition (casework/module.ts).
      const transitions = await s.loaders.transition.loadMany(items.map((i) => i.transition.id));
      if (s.seesAll) return items;
      const kept = await Promise.all(
        transitions.map((t) => (t instanceof Transition ? sees.seesTransition(t) : Promise.resolve(false))),
      );
      return items.filter((_, i) => kept[i]);
    },
  };
  return rules;
}

export type CaseworkRules = ReturnType<typeof caseworkRules>;

/**
 * A provider's applications (choosing its offers) and transitions (ending a placement there or starting one in its
 * offers), and their participants.
 */
export async function caseworkView(em: EntityManager, view: OrganisationView, _scope: RowScopeCore): Promise<void> {
  const choices = await em.find(ApplicationChoice, { offer: { $in: [...view.offerIds] } }, { fields: ['application'] });
  const applicationIds = new Set(choices.map((c) => c.application.id));
  const applications = applicationIds.size
    ? await em.find(Application, { id: { $in: [...applicationIds] } }, { fields: ['participant'] })
    : [];
  const steps = await em.find(
    TransitionStep,
    { $or: [{ offerId: { $in: [...view.offerIds] } }, { placementId: { $in: [...view.placementIds] } }] },
    { fields: ['transition'] },
  );
  const transitionIds = new Set(steps.map((s) => s.transition.id));
  const transitions = transitionIds.size
    ? await em.find(Transition, { id: { $in: [...transitionIds] } }, { fields: ['participant'] })
    : [];
  view.applicationIds = applicationIds;
  view.transitionIds = transitionIds;
  for (const a of applications) view.participantIds.add(a.participant.id);
  for (const t of transitions) view.participantIds.add(t.participant.id);
}
