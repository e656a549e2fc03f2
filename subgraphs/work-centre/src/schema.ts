import { buildFederatedSchema, type AuditMap } from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { WorkGroupResolver } from './group/group.resolver';
import { OfferWorkCentreResolver, WorkCentreOfferResolver } from './offer/offer.resolver';
import { Offer } from './offer/offer.stub';
import { PlacementWorkCentreResolver, WorkPlacementResolver } from './placement/placement.resolver';
import { Placement } from './placement/placement.stub';
import { WorkCentreSiteResolver } from './site/site.resolver';
import { WorkSupervisorResolver } from './supervisor/supervisor.resolver';

type Reference = { id: string };

/**
 * The work centre's detail of a placement, and the training candidacy below it, describe one participant: every
 * read of them goes to the audit log (the candidacy takes the participant of its placement).
 */
export const workCentreAudit: AuditMap = {
  WorkCentrePlacement: {
    category: 'PROVIDER_DETAIL',
    participantId: (p: { participantId: string }) => p.participantId,
  },
  WorkCentreTrainingCandidacy: { category: 'PROVIDER_DETAIL' },
};

/** The work-centre subgraph's schema. No database or port: the server, `npm run compose` and tests share it. */
export function createWorkCentreSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      WorkCentreSiteResolver,
      WorkGroupResolver,
      WorkCentreOfferResolver,
      OfferWorkCentreResolver,
      WorkPlacementResolver,
      PlacementWorkCentreResolver,
      WorkSupervisorResolver,
    ],
    // The hub's entities are reached only through `_entities`, so they are listed here for the schema to keep them.
    orphanedTypes: [Offer, Placement],
    // Offer and Placement belong to the hub; every id is accepted here, and `workCentre` (through a DataLoader)
    // is null for the ids that are not the work centre's.
    referenceResolvers: {
      Offer: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
      Placement: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
    },
    audit: workCentreAudit,
  });
}
