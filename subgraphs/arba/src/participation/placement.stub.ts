import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/**
 * The hub's `Placement`, owned by intake: a local stub with its key only. Arba adds the field `arba` to it; the
 * gateway sends the placement ids of every provider, and the field is null for those that are not Arba's.
 */
export const PlacementStub = hubEntityStub('Placement');
export type PlacementStub = HubEntityStub;
