import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/** The hub's `Placement`: a local stub with its key only, to which Asker Produkt adds `askerProdukt`. */
export const PlacementStub = hubEntityStub('Placement');
export type PlacementStub = HubEntityStub;
