import { handledPlacement, type PlacementHandler } from '@veiinn/kit';
import { ActivityGroup } from '../group/group.entity';
import { changePlacementDays, DAY_SERVICES_NEEDS, endPlacement, startPlacement } from './placement.service';

/**
 * The day services' side of the placement protocol (`/placements`, served by the kit): the same writes as the
 * staff's mutations. A day-services placement needs a group and days a week; hours a week are not kept here.
 */
export const dayServicesPlacements: PlacementHandler = {
  terms: DAY_SERVICES_NEEDS,
  async groups(em) {
    const groups = await em.find(ActivityGroup, {}, { orderBy: { id: 'asc' } });
    return groups.map((g) => ({ id: g.id, offerId: g.offer.id }));
  },
  async place(em, request) {
    return handledPlacement(await startPlacement(em, request));
  },
  async end(em, placementId, request) {
    return handledPlacement(await endPlacement(em, { placementId, ...request }));
  },
  async changeExtent(em, placementId, request) {
    return handledPlacement(await changePlacementDays(em, placementId, request));
  },
};
