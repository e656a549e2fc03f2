import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/** The hub's catalogue `Offer`: a local stub with its key only, to which Asker Produkt adds `askerProdukt`. */
export const OfferStub = hubEntityStub('Offer');
export type OfferStub = HubEntityStub;
