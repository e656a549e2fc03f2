import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/**
 * The hub's catalogue `Offer`, owned by intake: a local stub with its key only. Arba adds the field `arba` to it;
 * the field is null for offers that are not Arba's.
 */
export const OfferStub = hubEntityStub('Offer');
export type OfferStub = HubEntityStub;
