import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader, feedEntities, osloToday, type RequestContext } from '@veiinn/kit';
import { ActivityGroup } from './group/group.entity';
import { DayServicesOffer } from './offer/offer.entity';
import { ActivityPlacement } from './placement/placement.entity';
import { occupancyLoader } from './placement/placement.loader';

/** The entities of the day services' database, listed for MikroORM; the outbox tables come from the kit. */
export const dayServicesEntities = [DayServicesOffer, ActivityGroup, ActivityPlacement, ...feedEntities];

/** Per-request DataLoaders: every entity lookup and child list of the day-services subgraph goes through one. */
export function createDayServicesLoaders(em: EntityManager) {
  return {
    offer: byIdLoader(em, DayServicesOffer, { uuidKeys: true }),
    group: byIdLoader(em, ActivityGroup, { uuidKeys: true }),
    placement: byIdLoader(em, ActivityPlacement, { uuidKeys: true }),
    groupsByOffer: childrenLoader(em, ActivityGroup, 'offer', (g) => g.offer.id, { name: 'asc', id: 'asc' }),
    placementsByParticipant: childrenLoader(em, ActivityPlacement, 'participantId', (p) => p.participantId, {
      startDate: 'desc',
      id: 'asc',
    }),
    occupancy: occupancyLoader(em),
  };
}
export type DayServicesLoaders = ReturnType<typeof createDayServicesLoaders>;

/** Settings of the day-services process, the same for every request. */
export interface DayServicesSettings {
  /** Today's date in Norway (YYYY-MM-DD): decides which placements are current. Replaceable so tests fix the day. */
  today: () => string;
}

export const defaultDayServicesSettings: DayServicesSettings = { today: () => osloToday() };

export type DayServicesContext = RequestContext<DayServicesLoaders, DayServicesSettings>;
