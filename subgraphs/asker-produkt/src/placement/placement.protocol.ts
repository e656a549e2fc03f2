import type { PlacementHandler } from '@veiinn/kit';
import type { AskerProduktPlacement } from './placement.entity';
import { endPlacement, startPlacement } from './placement.service';

const handled = (placement: AskerProduktPlacement) => ({
  placementId: placement.id,
  version: placement.version,
  endDate: placement.endDate,
});

/**
 * Asker Produkt's side of the placement protocol (`/placements`, served by the kit). The protocol's group is a VTA
 * department (optional: some departments are not recorded) and none for AFT; hours a week are required, as places
 * are counted in hours. Written as one function per operation, so that the protocol's next ones (the terms, a change
 * of extent) are a line each here when the kit's interface has them.
 */
export const askerProduktPlacements: PlacementHandler = {
  place: async (em, request) => handled(await startPlacement(em, request)),
  end: async (em, placementId, request) => handled(await endPlacement(em, placementId, request)),
};
