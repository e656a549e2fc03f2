import type { EntityManager } from '@mikro-orm/core';
import {
  byIdLoader,
  childrenLoader,
  feedEntities,
  placementProtocolEntities,
  groupOccupancyLoader,
  osloToday,
  type RequestContext,
} from '@veiinn/kit';
import type { ProviderIdentity } from '@veiinn/kit';
import { ActivityGroup } from './group/group.entity';
import { DayServicesOffer } from './offer/offer.entity';
import { ActivityPlacement } from './placement/placement.entity';
import { DAY_SERVICES_PROVIDER_ID } from './seed/seed';

/** The entities of the day services' database, listed for MikroORM; the outbox and idempotency tables come from the kit. */
export const dayServicesEntities = [
  DayServicesOffer,
  ActivityGroup,
  ActivityPlacement,
  ...feedEntities,
  ...placementProtocolEntities,
];

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

/**
 * Settings of the day-services process, the same for every request. `providerId` and `orgno` say which provider
 * this is, for the row-level rules (common/access.ts); the demo world's BKD by default.
 */
export interface DayServicesSettings extends ProviderIdentity {
  /** Today's date in Norway (YYYY-MM-DD): decides which placements are current. Replaceable so tests fix the day. */
  today: () => string;
}

export const defaultDayServicesSettings: DayServicesSettings = {
  today: () => osloToday(),
  providerId: DAY_SERVICES_PROVIDER_ID,
};

export type DayServicesContext = RequestContext<DayServicesLoaders, DayServicesSettings>;
