import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '@veiinn/kit';
import { leanByIdLoader, leanChildrenLoader } from '../common/lean';
import type { IntakeSettings } from '../context';
import { placementsNotEndedByOffer } from '../catalogue';
import { onParticipantRegistered, type Participant } from '../people';
import { rowScope } from '../access/row-scope';
import type { IntakeContext } from '../context';
import type { HubModule } from '../hub-module';
import { FeedCursor, FeedRejection } from './feed/feed.entities';
import { feedStatusLoader } from './feed/feed-status.loader';
import { FeedStatusResolver } from './feed/feed.resolver';
import { onNavGrantArrived } from './feed/hooks';
import {
  placementsNotEndedByOffer as countPlacementsNotEnded,
  capacityByOfferLoader,
  publicCapacityLoader,
} from './placement/capacity.loader';
import { Placement } from './placement/placement.entity';
import { OwnProviderResolver } from './placement/own-provider.resolver';
import { ParticipantPathResolver } from './placement/participant-path.resolver';
import { PlacementResolver } from './placement/placement.resolver';
import { NavGrant, NavGrantChange } from './waiting/nav-grant.entity';
import { NavGrantResolver, ParticipantNavGrantsResolver } from './waiting/nav-grant.resolver';
import { WaitingEntry } from './waiting/waiting-entry.entity';
import { WaitingEntryResolver } from './waiting/waiting.resolver';
import { networkRules, networkView, type NetworkRules } from './row-rules';

type Reference = { id: string };

/** Someone NAV already had on a waiting list is now known to the hub: the entries are linked to the participant. */
async function linkWaitingEntries(em: EntityManager, participant: Participant): Promise<void> {
  await em.nativeUpdate(
    WaitingEntry,
    { personRef: participant.personRef, participantId: null },
    { participantId: participant.id },
  );
}

/** The placement index, waiting lists, feeds and NAV's grants, by id and by parent; the index and lists as lean rows. */
function networkLoaders(em: EntityManager, settings: Pick<IntakeSettings, 'today'>) {
  return {
    placement: leanByIdLoader(em, Placement),
    placementsByParticipant: leanChildrenLoader(em, Placement, 'participantId', (p) => p.participantId, {
      startDate: 'asc',
      id: 'asc',
    }),
    waitingByParticipant: leanChildrenLoader(em, WaitingEntry, 'participantId', (w) => w.participantId!, {
      since: 'asc',
      id: 'asc',
    }),
    capacityByOffer: capacityByOfferLoader(em, settings.today),
    publicCapacity: publicCapacityLoader(em, settings.today),
    feedStatus: feedStatusLoader(em),
    waitingByDecision: leanChildrenLoader(em, WaitingEntry, 'decisionId', (w) => w.decisionId!, {
      since: 'asc',
      id: 'asc',
    }),
    openWaitingByOffer: leanChildrenLoader(
      em,
      WaitingEntry,
      'offerId',
      (w) => w.offerId!,
      { since: 'asc', id: 'asc' },
      { leftOn: null },
    ),
    navGrant: byIdLoader(em, NavGrant),
    navGrantsByPersonRef: childrenLoader(em, NavGrant, 'personRef', (g) => g.personRef!, {
      statusOn: 'asc',
      id: 'asc',
    }),
    navGrantHistory: childrenLoader(em, NavGrantChange, 'grant', (c) => c.grant.id, { feedVersion: 'asc', id: 'asc' }),
  };
}

export type NetworkLoaders = ReturnType<typeof networkLoaders>;

/**
 * The network: what the providers' feeds tell the hub (the placement index, waiting lists, NAV's grants) and the
 * feeds themselves. Raises `onNavGrantArrived` for the modules above (casework decides).
 */
export const networkModule: HubModule<NetworkLoaders, NetworkRules> = {
  name: 'network',
  entities: [Placement, WaitingEntry, FeedCursor, FeedRejection, NavGrant, NavGrantChange],
  loaders: networkLoaders,
  resolvers: [
    PlacementResolver,
    OwnProviderResolver,
    ParticipantPathResolver,
    WaitingEntryResolver,
    FeedStatusResolver,
    NavGrantResolver,
    ParticipantNavGrantsResolver,
  ],
  audit: {
    Placement: { category: 'PATH', participantId: (p: { participantId: string }) => p.participantId },
    WaitingEntry: { category: 'APPLICATIONS', participantId: (w: { participantId: string | null }) => w.participantId },
    NavGrant: { category: 'NAV' },
    NavGrantChange: { category: 'NAV' },
  },
  referenceResolvers: {
    Placement: { __resolveReference: (ref: Reference, ctx: IntakeContext) => rowScope(ctx).placement(ref.id) },
  },
  rowRules: networkRules,
  organisationView: networkView,
  hooks: [onNavGrantArrived],
  registerHooks: () => {
    placementsNotEndedByOffer.provide(countPlacementsNotEnded);
    onParticipantRegistered.register(linkWaitingEntries);
  },
};
