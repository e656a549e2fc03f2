import type { PlacementHandler } from '@veiinn/kit';
import { endPlacement, startPlacement } from './placement.service';

/**
 * The work centre's side of the placement protocol (`/placements`, served by the kit): the same writes as the
 * staff's mutations. A work-centre placement needs a group and hours a week; days a week are not kept here, and a
 * training candidacy is the staff's to add (through the GraphQL mutation), never the hub's.
 */
export const workCentrePlacements: PlacementHandler = {
  async place(em, request) {
    const placement = await startPlacement(em, { ...request, trainingCandidacy: null });
    return { placementId: placement.id, version: placement.version, endDate: placement.endDate };
  },
  async end(em, placementId, request) {
    const placement = await endPlacement(em, { placementId, ...request });
    return { placementId: placement.id, version: placement.version, endDate: placement.endDate };
  },
};
