import { handledPlacement, UserInputError, type PlacementHandler } from '@veiinn/kit';
import { ArbaArena } from '../arena/arena.entity';
import { ARBA_NEEDS, changeParticipationHours, endParticipation, startParticipation } from './participation.service';

/**
 * Arba's side of the placement protocol (`/placements`, served by the kit): the same writes as the staff's
 * mutations. The protocol's group is Arba's arena; the places used are Bærum's (the hub places for Bærum). A
 * participation starts open-ended, so an end on placing is refused, and an end through the protocol carries no AFT
 * outcome (right for VTA; AFT ends are NAV's and refused here without one, as through the mutation).
 */
export const arbaPlacements: PlacementHandler = {
  terms: ARBA_NEEDS,
  // An arena is shared by Arba's measures (VTA and AFT): it belongs to no single offer.
  async groups(em) {
    const arenas = await em.find(ArbaArena, {}, { orderBy: { id: 'asc' } });
    return arenas.map((a) => ({ id: a.id, offerId: null }));
  },
  async place(em, request) {
    if (request.endDate !== null) {
      throw new UserInputError([
        {
          field: 'endDate',
          nb: 'en deltakelse hos Arba starter uten slutt. Sett slutten når den er kjent.',
          en: 'a participation at Arba starts open-ended; set its end once it is known.',
        },
      ]);
    }
    const participation = await startParticipation(em, {
      participantId: request.participantId,
      offerId: request.offerId,
      arenaId: request.groupId,
      hoursPerWeek: request.hoursPerWeek,
      startDate: request.startDate,
    }).catch((error: unknown) => {
      // The protocol's caller sent the arena as `groupId`: a problem with it names that field.
      if (!(error instanceof UserInputError)) throw error;
      throw new UserInputError(error.problems.map((p) => (p.field === 'arenaId' ? { ...p, field: 'groupId' } : p)));
    });
    return handledPlacement(participation);
  },
  async end(em, placementId, request) {
    const participation = await endParticipation(em, {
      participationId: placementId,
      endDate: request.endDate,
      expectedVersion: request.expectedVersion,
    });
    return handledPlacement(participation);
  },
  async changeExtent(em, placementId, request) {
    return handledPlacement(await changeParticipationHours(em, placementId, request));
  },
};
