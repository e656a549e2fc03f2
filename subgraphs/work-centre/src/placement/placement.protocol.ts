import { handledPlacement, type PlacementHandler } from '@veiinn/kit';
import { WorkGroup } from '../group/group.entity';
import { changePlacementHours, endPlacement, startPlacement, WORK_CENTRE_NEEDS } from './placement.service';

/**
 * The work centre's side of the placement protocol (`/placements`, served by the kit): the same writes as the
 * staff's mutations. A work-centre placement needs a group and hours a week; days a week are not kept here, and a
 * training candidacy is the staff's to add (through the GraphQL mutation), never the hub's.
 */
export const workCentrePlacements: PlacementHandler = {
  terms: WORK_CENTRE_NEEDS,
  async groups(em) {
    const groups = await em.find(WorkGroup, {}, { orderBy: { id: 'asc' } });
    return groups.map((g) => ({ id: g.id, offerId: g.offer.id }));
  },
  async place(em, request) {
    return handledPlacement(await startPlacement(em, { ...request, trainingCandidacy: null }));
  },
  async end(em, placementId, request) {
    return handledPlacement(await endPlacement(em, { placementId, ...request }));
  },
  async changeExtent(em, placementId, request) {
    return handledPlacement(await changePlacementHours(em, placementId, request));
  },
};
