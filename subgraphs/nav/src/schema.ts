import { buildFederatedSchema, type AuditMap } from '@veiinn/kit';
import type { GraphQLSchema } from 'graphql';
import { MeasureInstanceResolver } from './measure/measure-instance.resolver';
import { MeasureResolver } from './measure/measure.resolver';
import { OfferResolver } from './measure/offer.resolver';
import { ParticipantRecordResolver } from './participant-record/participant-record.resolver';
import { OfferStub } from './measure/offer.stub';
import { ParticipantStub } from './participant-record/participant.stub';
import {
  NavParticipantResolver,
  ParticipantResolver,
  WaitingPositionResolver,
} from './participant-record/participant.resolver';
import { StatePlacesResolver } from './state-places/state-places.resolver';

/**
 * NAV's records describe one participant. The adapter knows people only by pseudonym, so a read is logged where
 * it reaches NAV's data from the hub's participant (`Participant.nav`); the records below it take that
 * participant. Records listed without a participant above them carry no hub id and are not logged here.
 */
export const navAudit: AuditMap = {
  Participant: { category: 'NAV', participantId: (p: { id: string }) => p.id, fields: { navRef: null } },
  NavParticipant: { category: 'NAV' },
  NavParticipantRecord: { category: 'NAV' },
  NavExtentPeriod: { category: 'NAV' },
  NavWaitingPosition: { category: 'NAV' },
};

/**
 * The NAV adapter's schema. No database or port: the server, `npm run compose` and tests share it. The hub's
 * entities are stubs resolved to their keys; their NAV fields then go through the request's DataLoaders.
 */
export function createNavSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      MeasureResolver,
      MeasureInstanceResolver,
      OfferResolver,
      ParticipantRecordResolver,
      ParticipantResolver,
      NavParticipantResolver,
      WaitingPositionResolver,
      StatePlacesResolver,
    ],
    // The hub's entities are reachable only through `_entities`, which federation adds after type-graphql's build.
    orphanedTypes: [OfferStub, ParticipantStub],
    referenceResolvers: {
      Offer: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      // The gateway sends the hub's `navRef` along (`@requires`); it is null for people without an identity number.
      Participant: {
        __resolveReference: (ref: { id: string; navRef?: string | null }) => ({
          id: ref.id,
          navRef: ref.navRef ?? null,
        }),
      },
    },
    audit: navAudit,
  });
}
