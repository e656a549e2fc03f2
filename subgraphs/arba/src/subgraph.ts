import { defineProviderSubgraph, type AuditMap } from '@veiinn/kit';
import { AftPeriod } from './aft/aft-period.entity';
import { AftResolver } from './aft/aft.resolver';
import { ArbaArena } from './arena/arena.entity';
import { ArenaResolver } from './arena/arena.resolver';
import { createArbaLoaders } from './context';
import { VtaGoal, VtaGoalEvaluation } from './goal/goal.entity';
import { GoalResolver, PlacementGoalsResolver } from './goal/goal.resolver';
import { arbaMigrations } from './migrations';
import { ArbaOffer } from './offer/offer.entity';
import { OfferResolver, OfferStubResolver } from './offer/offer.resolver';
import { OfferStub } from './offer/offer.stub';
import { ArbaPlaceReservation } from './offer/place-reservation.entity';
import { ArbaParticipation } from './participation/participation.entity';
import { arbaPlacements } from './participation/participation.protocol';
import { ParticipationResolver, PlacementStubResolver } from './participation/participation.resolver';
import { PlacementStub } from './participation/placement.stub';
import { seedDemoData } from './seed/seed';
import { ArbaStatisticsResolver } from './statistics/statistics.resolver';
import { ArbaSupervisor } from './supervisor/supervisor.entity';
import { SupervisorResolver } from './supervisor/supervisor.resolver';

/** A goal's or a period's participant, when its participation is loaded; else the placement above it decides. */
type OfParticipation = { participation?: { unwrap(): { participantId?: string } } };
const ofParticipation = (row: OfParticipation) => row.participation?.unwrap().participantId;

/**
 * Arba's detail of a placement describes one participant, and so do the VTA goals, their evaluations and the AFT
 * periods below it: every read of them goes to the audit log.
 */
export const arbaAudit: AuditMap = {
  ArbaPlacement: { category: 'PROVIDER_DETAIL', participantId: (p: { participantId: string }) => p.participantId },
  ArbaVtaGoal: { category: 'PROVIDER_DETAIL', participantId: ofParticipation },
  ArbaVtaGoalEvaluation: { category: 'PROVIDER_DETAIL' },
  ArbaAftPeriod: { category: 'PROVIDER_DETAIL', participantId: ofParticipation },
};

/** Arba Inkludering's subgraph: VTA and AFT participations, arenas, supervisors, AFT periods and VTA goals. */
export const arba = defineProviderSubgraph({
  name: 'arba',
  // Arba's provider id in the hub's registry (packages/demo-data/src/providers.ts).
  providerId: 'arba',
  defaultPort: 4004,
  entities: [
    ArbaOffer,
    ArbaPlaceReservation,
    ArbaArena,
    ArbaSupervisor,
    ArbaParticipation,
    AftPeriod,
    VtaGoal,
    VtaGoalEvaluation,
  ],
  migrations: arbaMigrations,
  resolvers: [
    OfferStubResolver,
    OfferResolver,
    PlacementStubResolver,
    ParticipationResolver,
    AftResolver,
    PlacementGoalsResolver,
    GoalResolver,
    ArenaResolver,
    SupervisorResolver,
    ArbaStatisticsResolver,
  ],
  hubStubs: [OfferStub, PlacementStub],
  audit: arbaAudit,
  createLoaders: createArbaLoaders,
  seed: seedDemoData,
  placements: arbaPlacements,
});

// The name the gateway's and the conformance suite's tests start the subgraph by.
export const startArbaSubgraph = arba.start;
