import { hubEntityStub, type HubEntityStub } from '@veiinn/kit';

/**
 * The hub's `Placement`, as a stub with its key only: the day services add `Placement.dayServices`. The gateway
 * sends every placement of a participant here, so a placement at another provider gets `dayServices: null`.
 */
export const PlacementStub = hubEntityStub('Placement');
export type PlacementStub = HubEntityStub;
