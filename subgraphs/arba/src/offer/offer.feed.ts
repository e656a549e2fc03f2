import { offerSnapshot, type FeedChange } from '@veiinn/kit';
import type { ArbaOffer } from './offer.entity';

/** The `offer` event for an offer as it is now (call after the flush, so the version is final). */
export function offerChange(offer: ArbaOffer): FeedChange {
  return { type: 'offer', id: offer.id, version: offer.version, data: offerSnapshot(offer.catalogue, offer.places) };
}
