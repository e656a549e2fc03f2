import { FeedRecordType, offerSnapshot, placementFeedChange, type FeedChange } from '@veiinn/kit';
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

/** The `placement` event for a placement as it is now (the kit's). Call after the flush. */
export const placementChange = (placement: ActivityPlacement): FeedChange => placementFeedChange(placement);
