import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { currentEm, hasRole, isUuid, participantScope, Role, type Caller, type ParticipantScope } from '@veiinn/kit';
import { Application, ApplicationChoice } from '../casework/application/application.entity';
import type { IntakeContext, IntakeLoaders } from '../context';
import type { Decision } from '../casework/decision/decision.entity';
import { Offer } from '../catalogue/offer/offer.entity';
import { DecisionAuthority } from '../catalogue/offer/offer.enums';
import type { Participant } from '../people/participant/participant.entity';
import { Placement } from '../network/placement/placement.entity';
import { Provider, ProviderKind } from '../catalogue/provider/provider.entity';
import { Transition, TransitionStep } from '../casework/transition/transition.entity';
import type { FlowMeetingItem } from '../casework/transition/transition.entity';
import { WaitingEntry } from '../network/waiting/waiting-entry.entity';

type Ids = ReadonlySet<string>;

/**
 * What a provider (or NAV) may see, worked out once per request: its own providers (the sources of placements and
 * waiting entries), its offers, and from those the participants, applications and transitions that involve it.
 */
interface OrganisationView {
  /** Provider ids: the caller's provider (by id or organisation number), or NAV's state agencies. */
  sources: Ids;
  /** The offers of those providers; for NAV also every state place (an offer NAV decides: VTA, AFT, VTAO). */
  offerIds: Ids;
  participantIds: Ids;
  applicationIds: Ids;
  transitionIds: Ids;
}

const NOTHING: FilterQuery<never> = { id: { $in: [] } } as never;

/**
 * The hub's row rules for one request (docs/security.md, "Row rules in the hub"), from the caller's
 * `participantScope`. Every personal row a resolver returns comes through here: single lookups answer null for a row
 * out of scope (as if absent, so nothing tells that it exists), lists leave it out, and list queries filter in SQL so
 * their `totalCount` agrees. The loaders of the context stay unscoped, for what the hub computes (capacity counts,
 * queue positions, whether a transition is complete), which never returns another person's row.
 */
export class RowScope {
  readonly scope: ParticipantScope;
  private view: Promise<OrganisationView> | undefined;
  private providers: Promise<string[]> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly loaders: IntakeLoaders,
    private readonly caller: Caller | null,
  ) {
    this.scope = participantScope(caller);
  }

  /** The case worker, a service, or no trust configured: every row, no extra query. */
  get seesAll(): boolean {
    return this.scope.kind === 'all';
  }

  private organisation(): Promise<OrganisationView> {
    // Only a provider's or NAV's scope asks for it (the `default` branches below).
    this.view ??= this.loadView();
    return this.view;
  }

  /** A provider-scoped caller's own providers: by id, or for a partner system by its organisation number. */
  ownProviders(): Promise<string[]> {
    const scope = this.scope;
    if (scope.kind !== 'provider') return Promise.resolve([]);
    // A partner system's token may name only its organisation number: the registry says which provider that is.
    this.providers ??= scope.providerId
      ? Promise.resolve([scope.providerId])
      : this.reader()
          .find(Provider, { organisationNumber: scope.orgno ?? '' }, { fields: ['id'] })
          .then((rows) => rows.map((p) => p.id));
    return this.providers;
  }

  /**
   * Where the scope reads its ids: a fork, so these partial rows (`fields: ['id']`) never enter the identity map the
   * resolvers use; inside a write, a fork that keeps the write's transaction. A write's rule (`requireOwnProvider`)
   * may be the first to ask, inside `em.transactional`: a plain fork would wait for a second connection, and SQLite's
   * only one is the transaction's (issue 10: the hub froze for 60 s).
   */
  private reader(): EntityManager {
    return currentEm(this.em).fork({ keepTransactionContext: true });
  }

  /** Feed status: the office, services and analysts see every feed; a provider its own; no one else any. */
  async seesFeed(providerId: string): Promise<boolean> {
    if (this.caller === null || hasRole(this.caller, Role.CASE_WORKER, Role.SERVICE, Role.ANALYST)) return true;
    return (await this.ownProviders()).includes(providerId);
  }

  private async loadView(): Promise<OrganisationView> {
    const em = this.reader();
    const scope = this.scope;
    let sources: string[];
    let offerIds: string[];
    if (scope.kind === 'provider') {
      sources = await this.ownProviders();
      offerIds = sources.length
        ? (await em.find(Offer, { provider: { $in: sources } }, { fields: ['id'] })).map((o) => o.id)
        : [];
    } else {
      sources = (await em.find(Provider, { kind: ProviderKind.STATE_AGENCY }, { fields: ['id'] })).map((p) => p.id);
      const offers = await em.find(
        Offer,
        { $or: [{ decidedBy: DecisionAuthority.NAV }, { provider: { $in: sources } }] },
        { fields: ['id'] },
      );
      offerIds = offers.map((o) => o.id);
    }
    const [placements, waiting, choices] = await Promise.all([
      em.find(
        Placement,
        { $or: [{ providerId: { $in: sources } }, { offerId: { $in: offerIds } }] },
        { fields: ['id', 'participantId'] },
      ),
      em.find(
        WaitingEntry,
        { participantId: { $ne: null }, $or: [{ sourceId: { $in: sources } }, { offerId: { $in: offerIds } }] },
        { fields: ['id', 'participantId'] },
      ),
      em.find(ApplicationChoice, { offer: { $in: offerIds } }, { fields: ['application'] }),
    ]);
    const applicationIds = new Set(choices.map((c) => c.application.id));
    const applications = applicationIds.size
      ? await em.find(Application, { id: { $in: [...applicationIds] } }, { fields: ['participant'] })
      : [];
    // A transition involves the provider when it ends a placement there or starts one in its offers.
    const steps = await em.find(
      TransitionStep,
      { $or: [{ offerId: { $in: offerIds } }, { placementId: { $in: placements.map((p) => p.id) } }] },
      { fields: ['transition'] },
    );
    const transitionIds = new Set(steps.map((s) => s.transition.id));
    const transitions = transitionIds.size
      ? await em.find(Transition, { id: { $in: [...transitionIds] } }, { fields: ['participant'] })
      : [];
    return {
      sources: new Set(sources),
      offerIds: new Set(offerIds),
      participantIds: new Set([
        ...placements.map((p) => p.participantId),
        ...waiting.map((w) => w.participantId!),
        ...applications.map((a) => a.participant.id),
        ...transitions.map((t) => t.participant.id),
      ]),
      applicationIds,
      transitionIds,
    };
  }

  /** May the caller see this participant (and so their identity and whole path)? */
  async seesParticipant(participantId: string): Promise<boolean> {
    switch (this.scope.kind) {
      case 'all':
        return true;
      case 'own':
        return this.scope.participantIds.has(participantId);
      case 'none':
        return false;
      default:
        return (await this.organisation()).participantIds.has(participantId);
    }
  }

  /**
   * The `personRef` of a signed-in guardian (or applicant): the applications they submitted themselves are theirs to
   * see even before the office has confirmed the guardianship (docs/security.md, "Guardian on behalf").
   */
  private get submitterRef(): string | undefined {
    return this.scope.kind === 'own' ? this.caller?.personRef : undefined;
  }

  /**
   * Applications: own participants', the ones the caller submitted as a guardian, or those choosing an offer of the
   * caller's provider (NAV: a state place).
   */
  async seesApplication(
    application: Pick<Application, 'id' | 'participant'> & { submittedByRef?: string | null },
  ): Promise<boolean> {
    switch (this.scope.kind) {
      case 'all':
        return true;
      case 'own':
        return (
          this.scope.participantIds.has(application.participant.id) ||
          (this.submitterRef !== undefined && application.submittedByRef === this.submitterRef)
        );
      case 'none':
        return false;
      default:
        return (await this.organisation()).applicationIds.has(application.id);
    }
  }

  /** A decision goes with its application; a changed decision (after a flow meeting) with its transition. */
  seesDecision(decision: Pick<Decision, 'participant' | 'application' | 'transition'>): Promise<boolean> {
    if (decision.transition)
      return this.seesTransition({ id: decision.transition.id, participant: decision.participant });
    return this.seesApplication({ id: decision.application?.id ?? '', participant: decision.participant });
  }

  /** Transitions: own participants', or those ending or starting a placement with the caller's provider. */
  async seesTransition(transition: Pick<Transition, 'id' | 'participant'>): Promise<boolean> {
    switch (this.scope.kind) {
      case 'all':
        return true;
      case 'own':
        return this.scope.participantIds.has(transition.participant.id);
      case 'none':
        return false;
      default:
        return (await this.organisation()).transitionIds.has(transition.id);
    }
  }

  /** Waiting entries: own participants', or those on the caller's provider's lists (NAV: state places). */
  async seesWaitingEntry(entry: Pick<WaitingEntry, 'participantId' | 'sourceId' | 'offerId'>): Promise<boolean> {
    switch (this.scope.kind) {
      case 'all':
        return true;
      case 'own':
        return entry.participantId !== null && this.scope.participantIds.has(entry.participantId);
      case 'none':
        return false;
      default: {
        const view = await this.organisation();
        return view.sources.has(entry.sourceId) || (entry.offerId !== null && view.offerIds.has(entry.offerId));
      }
    }
  }

  /** The career plan: the participant's own wishes, for whoever works with them; not NAV's. */
  async seesCareerPlan(participantId: string): Promise<boolean> {
    return this.scope.kind !== 'nav' && this.seesParticipant(participantId);
  }

  private async keep<T>(rows: T[], sees: (row: T) => Promise<boolean>): Promise<T[]> {
    if (this.seesAll) return rows;
    const kept = await Promise.all(rows.map(sees));
    return rows.filter((_, i) => kept[i]);
  }

  private async one<T>(row: T | null, sees: (row: T) => Promise<boolean>): Promise<T | null> {
    return row !== null && (await sees(row)) ? row : null;
  }

  // Single rows: null out of scope, as for an unknown id.

  async participant(id: string): Promise<Participant | null> {
    if (this.scope.kind === 'none' || (this.scope.kind === 'own' && !this.scope.participantIds.has(id))) return null;
    return this.one(await this.loaders.participant.load(id), (p) => this.seesParticipant(p.id));
  }

  async application(id: string): Promise<Application | null> {
    return this.one(await this.loaders.application.load(id), (a) => this.seesApplication(a));
  }

  async decision(id: string): Promise<Decision | null> {
    return this.one(await this.loaders.decision.load(id), (d) => this.seesDecision(d));
  }

  async transition(id: string): Promise<Transition | null> {
    return this.one(await this.loaders.transition.load(id), (t) => this.seesTransition(t));
  }

  async placement(id: string): Promise<Placement | null> {
    return this.one(await this.loaders.placement.load(id), (p) => this.seesParticipant(p.participantId));
  }

  async decisionOfApplication(applicationId: string): Promise<Decision | null> {
    return this.one(await this.loaders.decisionByApplication.load(applicationId), (d) => this.seesDecision(d));
  }

  async careerPlanOf(participantId: string) {
    return (await this.seesCareerPlan(participantId)) ? this.loaders.careerPlanByParticipant.load(participantId) : null;
  }

  // Lists: rows out of scope left out.

  /** A participant's placements: the whole path, at every provider, once the participant is in scope. */
  async placementsOf(participantId: string): Promise<Placement[]> {
    return (await this.seesParticipant(participantId)) ? this.loaders.placementsByParticipant.load(participantId) : [];
  }

  async waitingOf(participantId: string): Promise<WaitingEntry[]> {
    return this.keep(await this.loaders.waitingByParticipant.load(participantId), (w) => this.seesWaitingEntry(w));
  }

  async waitingOfDecision(decisionId: string): Promise<WaitingEntry[]> {
    return this.keep(await this.loaders.waitingByDecision.load(decisionId), (w) => this.seesWaitingEntry(w));
  }

  async applicationsOf(participantId: string): Promise<Application[]> {
    return this.keep(await this.loaders.applicationsByParticipant.load(participantId), (a) => this.seesApplication(a));
  }

  async decisionsOf(participantId: string): Promise<Decision[]> {
    return this.keep(await this.loaders.decisionsByParticipant.load(participantId), (d) => this.seesDecision(d));
  }

  async transitionsOf(participantId: string): Promise<Transition[]> {
    return this.keep(await this.loaders.transitionsByParticipant.load(participantId), (t) => this.seesTransition(t));
  }

  /** A flow meeting's agenda: the items whose transition the caller may see. */
  async agendaOf(flowMeetingId: string): Promise<FlowMeetingItem[]> {
    const items = await this.loaders.agendaByFlowMeeting.load(flowMeetingId);
    if (this.seesAll) return items;
    const transitions = await this.loaders.transition.loadMany(items.map((i) => i.transition.id));
    const kept = await Promise.all(
      transitions.map((t) => (t instanceof Transition ? this.seesTransition(t) : Promise.resolve(false))),
    );
    return items.filter((_, i) => kept[i]);
  }

  // Conditions for list queries, so that a page and its totalCount hold the same rows.

  async participantWhere(): Promise<FilterQuery<Participant>> {
    switch (this.scope.kind) {
      case 'all':
        return {};
      case 'own':
        return { id: { $in: [...this.scope.participantIds].filter(isUuid) } };
      case 'none':
        return NOTHING;
      default:
        return { id: { $in: [...(await this.organisation()).participantIds].filter(isUuid) } };
    }
  }

  async applicationWhere(): Promise<FilterQuery<Application>> {
    switch (this.scope.kind) {
      case 'all':
        return {};
      case 'own': {
        const own: FilterQuery<Application> = { participant: { $in: [...this.scope.participantIds].filter(isUuid) } };
        return this.submitterRef ? { $or: [own, { submittedByRef: this.submitterRef }] } : own;
      }
      case 'none':
        return NOTHING;
      default:
        return { id: { $in: [...(await this.organisation()).applicationIds] } };
    }
  }

  async waitingWhere(): Promise<FilterQuery<WaitingEntry>> {
    switch (this.scope.kind) {
      case 'all':
        return {};
      case 'own':
        return { participantId: { $in: [...this.scope.participantIds] } };
      case 'none':
        return NOTHING;
      default: {
        const view = await this.organisation();
        return { $or: [{ sourceId: { $in: [...view.sources] } }, { offerId: { $in: [...view.offerIds] } }] };
      }
    }
  }

  /** For writes: the participants a provider may act for (propose a transition), as for reads. */
  async providerSees(participantId: string): Promise<boolean> {
    return this.scope.kind === 'provider' && this.seesParticipant(participantId);
  }
}

const scopes = new WeakMap<IntakeLoaders, RowScope>();

/** The row rules of this request: one per request (keyed by its loaders), so the provider's view is read once. */
export function rowScope(ctx: Pick<IntakeContext, 'em' | 'loaders' | 'caller'>): RowScope {
  let scope = scopes.get(ctx.loaders);
  if (!scope) {
    scope = new RowScope(ctx.em, ctx.loaders, ctx.caller);
    scopes.set(ctx.loaders, scope);
  }
  return scope;
}
