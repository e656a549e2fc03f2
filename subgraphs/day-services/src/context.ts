import type { EntityManager } from '@mikro-orm/core';
import {
  byIdLoader,
  childrenLoader,
  groupOccupancyLoader,
  type ProviderSettings,
  type RequestContext,
} from '@veiinn/kit';
import { ActivityGroup } from './group/group.entity';
import { DayServicesOffer } from './offer/offer.entity';
import { ActivityPlacement } from './placement/placement.entity';

/** Per-request DataLoaders: every entity lookup and child list of the day-services subgraph goes through one. */
export function createDayServicesLoaders(em: EntityManager) {
  return {
    offer: byIdLoader(em, DayServicesOffer, { uuidKeys: true }),
    group: byIdLoader(em, ActivityGroup, { uuidKeys: true }),
    placement: byIdLoader(em, ActivityPlacement, { uuidKeys: true }),
    groupsByOffer: childrenLoader(em, ActivityGroup, 'offer', (g) => g.offer.id, { nameSort: 'asc', id: 'asc' }),
    placementsByParticipant: childrenLoader(em, ActivityPlacement, 'participantId', (p) => p.participantId, {
      startDate: 'desc',
      id: 'asc',
    }),
    occupancy: groupOccupancyLoader(em),
  };
}
export type DayServicesLoaders = ReturnType<typeof createDayServicesLoaders>;

/** The day services' settings are the kit's for every provider: which provider this is (for the row rules) and today. */
export type DayServicesSettings = ProviderSettings;

export type DayServicesContext = RequestContext<DayServicesLoaders, DayServicesSettings>;
