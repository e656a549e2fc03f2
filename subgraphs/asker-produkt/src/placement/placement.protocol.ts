import type { EntityManager } from '@mikro-orm/core';
import type { PlacementHandler } from '@veiinn/kit';
import { AskerProduktDepartment } from '../department/department.entity';
import type { AskerProduktPlacement } from './placement.entity';
import { changeExtent, endPlacement, startPlacement, type ExtentFields } from './placement.service';

const handled = (placement: AskerProduktPlacement) => ({
  placementId: placement.id,
  version: placement.version,
  endDate: placement.endDate,
});

/** What a placement here needs: hours a week always; a department may be given for VTA; days a week are not kept. */
export const askerProduktTerms = { needs: { group: false, daysPerWeek: false, hoursPerWeek: true } };

/** The groups a placement may name: the VTA departments, each of its offer. */
export async function askerProduktGroups(em: EntityManager): Promise<{ id: string; offerId: string | null }[]> {
  const departments = await em.find(AskerProduktDepartment, {}, { orderBy: { id: 'asc' } });
  return departments.map((d) => ({ id: d.id, offerId: d.offer.id }));
}

/** A change of hours a week through the protocol, answered as the others are. */
export async function askerProduktChangeExtent(em: EntityManager, placementId: string, request: ExtentFields) {
  return handled(await changeExtent(em, placementId, request));
}

/**
 * Asker Produkt's side of the placement protocol (`/placements`, served by the kit). The protocol's group is a VTA
 * department (optional: some departments are not recorded) and none for AFT; hours a week are required, as places
 * are counted in hours.
 */
export const askerProduktPlacements: PlacementHandler = {
  terms: askerProduktTerms.needs,
  groups: askerProduktGroups,
  changeExtent: askerProduktChangeExtent,
  place: async (em, request) => handled(await startPlacement(em, request)),
  end: async (em, placementId, request) => handled(await endPlacement(em, placementId, request)),
};
