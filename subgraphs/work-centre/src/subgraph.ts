import { defineProviderSubgraph } from '@veiinn/kit';
import { createWorkCentreLoaders } from './context';
import { WorkGroup } from './group/group.entity';
import { WorkGroupResolver } from './group/group.resolver';
import { workCentreMigrations } from './migrations';
import { WorkCentreOffer } from './offer/offer.entity';
import { OfferWorkCentreResolver, WorkCentreOfferResolver } from './offer/offer.resolver';
import { OfferStub } from './offer/offer.stub';
import { WorkPlacement } from './placement/placement.entity';
import { workCentrePlacements } from './placement/placement.protocol';
import { PlacementWorkCentreResolver, WorkPlacementResolver } from './placement/placement.resolver';
import { PlacementStub } from './placement/placement.stub';
import { WORK_CENTRE_PROVIDER_ID } from './seed/demo';
import { seedDemoData } from './seed/seed';
import { WorkCentreSite } from './site/site.entity';
import { WorkCentreSiteResolver } from './site/site.resolver';
import { WorkSupervisor } from './supervisor/supervisor.entity';
import { WorkSupervisorResolver } from './supervisor/supervisor.resolver';
import { TrainingCandidacy } from './training/training.entity';

/** Bærum arbeidssenter's subgraph: sites, work groups with supervisors, placements and training candidacies. */
export const workCentre = defineProviderSubgraph({
  name: 'work-centre',
  providerId: WORK_CENTRE_PROVIDER_ID,
  defaultPort: 4003,
  entities: [WorkCentreSite, WorkCentreOffer, WorkGroup, WorkSupervisor, WorkPlacement, TrainingCandidacy],
  migrations: workCentreMigrations,
  resolvers: [
    WorkCentreSiteResolver,
    WorkGroupResolver,
    WorkCentreOfferResolver,
    OfferWorkCentreResolver,
    WorkPlacementResolver,
    PlacementWorkCentreResolver,
    WorkSupervisorResolver,
  ],
  hubStubs: [OfferStub, PlacementStub],
  // The work centre's detail of a placement, and the training candidacy below it, describe one participant: every
  // read of them goes to the audit log (the candidacy takes the participant of its placement).
  audit: {
    WorkCentrePlacement: {
      category: 'PROVIDER_DETAIL',
      participantId: (p: { participantId: string }) => p.participantId,
    },
    WorkCentreTrainingCandidacy: { category: 'PROVIDER_DETAIL' },
  },
  createLoaders: createWorkCentreLoaders,
  seed: seedDemoData,
  placements: workCentrePlacements,
});

// The name the gateway's and the conformance suite's tests start the subgraph by.
export const startWorkCentreSubgraph = workCentre.start;
