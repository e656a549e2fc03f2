import type { FeedChange, PlacementSnapshot } from '@veiinn/kit';
import type { ArbaParticipation } from './participation.entity';

/** The `placement` event for a participation as it is now (call after the flush, so the version is final). */
export function placementChange(participation: ArbaParticipation): FeedChange {
  const data: PlacementSnapshot = {
    participantId: participation.participantId,
    offerId: participation.offer.id,
    startDate: participation.startDate,
    endDate: participation.endDate,
    hoursPerWeek: participation.hoursPerWeek,
    daysPerWeek: null,
  };
  return { type: 'placement', id: participation.id, version: participation.version, data };
}
