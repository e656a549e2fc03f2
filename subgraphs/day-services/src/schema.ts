import { buildFederatedSchema, type AuditMap } from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { GroupResolver } from './group/group.resolver';
import { OfferReference } from './offer/offer.reference';
import { DayServicesOfferResolver, OfferReferenceResolver } from './offer/offer.resolver';
import { PlacementReference } from './placement/placement.reference';
import { PlacementReferenceResolver, PlacementResolver } from './placement/placement.resolver';

type Reference = { id: string };

/** Day services' detail of a placement describes one participant: every read of it goes to the audit log. */
export const dayServicesAudit: AuditMap = {
  DayServicesPlacement: {
    category: 'PROVIDER_DETAIL',
    participantId: (p: { participantId: string }) => p.participantId,
  },
};

/** The day-services subgraph's schema. No database or port: the server, `npm run compose` and tests share it. */
export function createDayServicesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      OfferReferenceResolver,
      DayServicesOfferResolver,
      GroupResolver,
      PlacementReferenceResolver,
      PlacementResolver,
    ],
    // Entity stubs that no field of ours returns still belong in the schema: the gateway reaches them by their key.
    orphanedTypes: [OfferReference, PlacementReference],
    // The hub owns Offer and Placement; any id is a valid stub here; `dayServices` then says whether it is ours.
    referenceResolvers: {
      Offer: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
      Placement: { __resolveReference: (ref: Reference) => ({ id: ref.id }) },
    },
    audit: dayServicesAudit,
  });
}
