import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/**
 * The hub's `Offer`, as a stub with its key only: the day services add `Offer.dayServices` to it and never
 * resolve any other field. Every id resolves to a stub, so an offer of another provider gets `dayServices: null`.
 */
export const OfferStub = hubEntityStub('Offer');
export type OfferStub = HubEntityStub;

export const offerStub = (id: string): OfferStub => ({ id });
