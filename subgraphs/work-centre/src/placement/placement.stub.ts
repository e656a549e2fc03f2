import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/**
 * The hub's placement (its index of every placement across providers), as a stub with its key only: the work
 * centre adds `workCentre` to it (PlacementWorkCentreResolver).
 */
export const PlacementStub = hubEntityStub('Placement');
export type PlacementStub = HubEntityStub;
