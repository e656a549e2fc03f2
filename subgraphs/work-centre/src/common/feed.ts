import { FeedRecordType, offerSnapshot, placementFeedChange, type FeedChange } from '@veiinn/kit';
import type { WorkGroup } from '../group/group.entity';
import type { WorkCentreOffer } from '../offer/offer.entity';
import type { WorkPlacement } from '../placement/placement.entity';

/** An offer's places: the sum of its groups' capacities, or null (not published) if any group has none. */
export function placesOf(groups: Pick<WorkGroup, 'capacity'>[]): number | null {
  if (groups.length === 0 || groups.some((g) => g.capacity === null)) return null;
  return groups.reduce((sum, g) => sum + g.capacity!, 0);
}

/** The `offer` feed event for an offer with these groups, at the offer's version after the flush. */
export function offerChange(offer: WorkCentreOffer, groups: Pick<WorkGroup, 'capacity'>[]): FeedChange {
  return {
    type: FeedRecordType.OFFER,
    id: offer.id,
    version: offer.version,
    data: offerSnapshot(offer.entry, placesOf(groups)),
  };
}

/** The `placement` event for a placement as it is now (the kit's). Call after the flush. */
export const placementChange = (placement: WorkPlacement): FeedChange => placementFeedChange(placement);
