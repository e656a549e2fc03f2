import { FeedRecordType, offerSnapshot, type FeedChange, type PlacementSnapshot } from '@veiinn/kit';
import type { ActivityGroup } from '../group/group.entity';
import type { DayServicesOffer } from '../offer/offer.entity';
import { placesOf } from '../offer/offer.rules';
import type { ActivityPlacement } from '../placement/placement.entity';

/** The `offer` event for an offer as it is now, its places derived from all of its groups. Call after the flush. */
export function offerChange(offer: DayServicesOffer, groups: ActivityGroup[]): FeedChange {
  return {
    type: FeedRecordType.OFFER,
    id: offer.id,
    version: offer.version,
    data: offerSnapshot(offer.catalogue, placesOf(groups)),
  };
}

/** The `placement` event for a placement as it is now. Call after the flush, so the version is final. */
export function placementChange(placement: ActivityPlacement): FeedChange {
  const data: PlacementSnapshot = {
    participantId: placement.participantId,
    offerId: placement.offer.id,
    startDate: placement.startDate,
    endDate: placement.endDate,
    // Day services count attendance in days, not hours.
    hoursPerWeek: null,
    daysPerWeek: placement.daysPerWeek,
  };
  return { type: FeedRecordType.PLACEMENT, id: placement.id, version: placement.version, data };
}
