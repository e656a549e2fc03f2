import { buildFederatedSchema } from '@veiinn/kit';
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
  });
}
