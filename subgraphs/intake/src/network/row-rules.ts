import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { hasRole, Role } from '@veiinn/kit';
import { NOTHING, type OrganisationView, type RowScopeCore } from '../access/row-scope';
import type { PeopleRules } from '../people';
import { Placement } from './placement/placement.entity';
import { WaitingEntry } from './waiting/waiting-entry.entity';

/** The row rules of placements, waiting entries and feeds. */
export function networkRules(s: RowScopeCore & PeopleRules) {
  const rules = {
    /** Waiting entries: own participants', or those on the caller's provider's lists (NAV: state places). */
    async seesWaitingEntry(entry: Pick<WaitingEntry, 'participantId' | 'sourceId' | 'offerId'>): Promise<boolean> {
      switch (s.scope.kind) {
        case 'all':
          return true;
        case 'own':
          return entry.participantId !== null && s.scope.participantIds.has(entry.participantId);
        case 'none':
          return false;
        default: {
          const view = await s.organisation();
          return view.sources.has(entry.sourceId) || (entry.offerId !== null && view.offerIds.has(entry.offerId));
        }
      }
    },

    /** Feed status: the office, services and analysts see every feed; a provider its own; no one else any. */
    async seesFeed(providerId: string): Promise<boolean> {
      if (s.caller === null || hasRole(s.caller, Role.CASE_WORKER, Role.SERVICE, Role.ANALYST)) return true;
      return (await s.ownProviders()).includes(providerId);
    },

    async placement(id: string): Promise<Placement | null> {
      return s.one(await s.loaders.placement.load(id), (p) => s.seesParticipant(p.participantId));
    },

    /** A participant's placements: the whole path, at every provider, once the participant is in scope. */
    async placementsOf(participantId: string): Promise<Placement[]> {
      return (await s.seesParticipant(participantId)) ? s.loaders.placementsByParticipant.load(participantId) : [];
    },

    async waitingOf(participantId: string): Promise<WaitingEntry[]> {
      return s.keep(await s.loaders.waitingByParticipant.load(participantId), (w) => rules.seesWaitingEntry(w));
    },

    async waitingOfDecision(decisionId: string): Promise<WaitingEntry[]> {
      return s.keep(await s.loaders.waitingByDecision.load(decisionId), (w) => rules.seesWaitingEntry(w));
    },

    async waitingWhere(): Promise<FilterQuery<WaitingEntry>> {
      switch (s.scope.kind) {
        case 'all':
          return {};
        case 'own':
          return { participantId: { $in: [...s.scope.participantIds] } };
        case 'none':
          return NOTHING;
        default: {
          const view = await s.organisation();
          return { $or: [{ sourceId: { $in: [...view.sources] } }, { offerId: { $in: [...view.offerIds] } }] };
        }
      }
    },
  };
  return rules;
}

export type NetworkRules = ReturnType<typeof networkRules>;

/** A provider's placements and waiting entries (at its providers or in its offers), and their participants. */
export async function networkView(em: EntityManager, view: OrganisationView, _scope: RowScopeCore): Promise<void> {
  const { sources, offerIds } = view;
  const [placements, waiting] = await Promise.all([
    em.find(
      Placement,
      { $or: [{ providerId: { $in: [...sources] } }, { offerId: { $in: [...offerIds] } }] },
      { fields: ['id', 'participantId'] },
    ),
    em.find(
      WaitingEntry,
      {
        participantId: { $ne: null },
        $or: [{ sourceId: { $in: [...sources] } }, { offerId: { $in: [...offerIds] } }],
      },
      { fields: ['id', 'participantId'] },
    ),
  ]);
  view.placementIds = new Set(placements.map((p) => p.id));
  for (const p of placements) view.participantIds.add(p.participantId);
  for (const w of waiting) view.participantIds.add(w.participantId!);
}
