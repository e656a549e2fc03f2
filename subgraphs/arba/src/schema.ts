import { buildFederatedSchema, type AuditMap } from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { AftResolver } from './aft/aft.resolver';
import { ArenaResolver } from './arena/arena.resolver';
import { GoalResolver, PlacementGoalsResolver } from './goal/goal.resolver';
import { OfferResolver, OfferStubResolver } from './offer/offer.resolver';
import { OfferStub } from './offer/offer.stub';
import { ParticipationResolver, PlacementStubResolver } from './participation/participation.resolver';
import { PlacementStub } from './participation/placement.stub';
import { SupervisorResolver } from './supervisor/supervisor.resolver';

type Reference = { id: string };

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

/**
 * Arba's subgraph schema. No database or port: the server, `npm run compose` and tests share it. `Offer` and
 * `Placement` are the hub's entities: a reference always resolves (to its key), and the `arba` field says whether
 * the record is Arba's, through a per-request DataLoader.
 */
export function createArbaSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
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
    ],
    // Nothing of Arba's returns the hub's entities; listed so they are in the schema with their `arba` fields.
    orphanedTypes: [OfferStub, PlacementStub],
    referenceResolvers: {
      Offer: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
      Placement: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
    },
    audit: arbaAudit,
  });
}
