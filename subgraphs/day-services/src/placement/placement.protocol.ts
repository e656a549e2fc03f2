import type { PlacementHandler } from '@veiinn/kit';
import { endPlacement, startPlacement } from './placement.service';

/**
 * The day services' side of the placement protocol (`/placements`, served by the kit): the same writes as the
 * staff's mutations. A day-services placement needs a group and days a week; hours a week are not kept here.
 */
export const dayServicesPlacements: PlacementHandler = {
  async place(em, request) {
    const placement = await startPlacement(em, request);
    return { placementId: placement.id, version: placement.version, endDate: placement.endDate };
  },
  async end(em, placementId, request) {
    const placement = await endPlacement(em, { placementId, ...request });
    return { placementId: placement.id, version: placement.version, endDate: placement.endDate };
  },
};
