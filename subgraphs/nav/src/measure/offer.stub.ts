import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/** The hub's catalogue offer, as a stub with its key only: NAV adds the measure instances delivered as it. */
export const OfferStub = hubEntityStub('Offer');
export type OfferStub = HubEntityStub;
