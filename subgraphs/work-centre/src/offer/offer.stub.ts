import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/**
 * The hub's catalogue offer, as a stub with its key only: the work centre adds `workCentre` to it
 * (OfferWorkCentreResolver) and never resolves the hub's own fields.
 */
export const OfferStub = hubEntityStub('Offer');
export type OfferStub = HubEntityStub;
