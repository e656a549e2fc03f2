import { defineProviderSubgraph } from '@veiinn/kit';
import { createDayServicesLoaders } from './context';
import { ActivityGroup } from './group/group.entity';
import { GroupResolver } from './group/group.resolver';
import { dayServicesMigrations } from './migrations';
import { DayServicesOffer } from './offer/offer.entity';
import { DayServicesOfferResolver, OfferStubResolver } from './offer/offer.resolver';
import { OfferStub } from './offer/offer.stub';
import { ActivityPlacement } from './placement/placement.entity';
import { dayServicesPlacements } from './placement/placement.protocol';
import { PlacementResolver, PlacementStubResolver } from './placement/placement.resolver';
import { PlacementStub } from './placement/placement.stub';
import { DAY_SERVICES_PROVIDER_ID, seedDemoData } from './seed/seed';

/** The municipal day services (BKD): activity offers, groups and placements, with a change feed for the hub. */
export const dayServices = defineProviderSubgraph({
  name: 'day-services',
  providerId: DAY_SERVICES_PROVIDER_ID,
  defaultPort: 4002,
  entities: [DayServicesOffer, ActivityGroup, ActivityPlacement],
  migrations: dayServicesMigrations,
  resolvers: [OfferStubResolver, DayServicesOfferResolver, GroupResolver, PlacementStubResolver, PlacementResolver],
  hubStubs: [OfferStub, PlacementStub],
  // Day services' detail of a placement describes one participant: every read of it goes to the audit log.
  audit: {
    DayServicesPlacement: {
      category: 'PROVIDER_DETAIL',
      participantId: (p: { participantId: string }) => p.participantId,
    },
  },
  createLoaders: createDayServicesLoaders,
  seed: seedDemoData,
  placements: dayServicesPlacements,
});

// The name the gateway's and the conformance suite's tests start the subgraph by.
export const startDayServicesSubgraph = dayServices.start;
