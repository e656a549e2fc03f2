import type { EntityManager } from '@mikro-orm/core';
import {
  byIdLoader,
  childrenLoader,
  findByKeys,
  groupOccupancyLoader,
  type ProviderSettings,
  type RequestContext,
} from '@veiinn/kit';
import DataLoader from 'dataloader';
import { WorkGroup } from './group/group.entity';
import { WorkCentreOffer } from './offer/offer.entity';
import { WorkPlacement } from './placement/placement.entity';
import { WorkCentreSite } from './site/site.entity';
import { WorkSupervisor } from './supervisor/supervisor.entity';
import { TrainingCandidacy } from './training/training.entity';

/** Per-request DataLoaders: every entity lookup and child list of the work-centre subgraph goes through one. */
export function createWorkCentreLoaders(em: EntityManager) {
  return {
    offer: byIdLoader(em, WorkCentreOffer, { uuidKeys: true }),
    placement: byIdLoader(em, WorkPlacement, { uuidKeys: true }),
    group: byIdLoader(em, WorkGroup),
    site: byIdLoader(em, WorkCentreSite),
    // Lists of named things are put in Norwegian name order by the resolvers (common/sort.ts).
    groupsByOffer: childrenLoader(em, WorkGroup, 'offer', (g) => g.offer.id, { id: 'asc' }),
    groupsBySite: childrenLoader(em, WorkGroup, 'site', (g) => g.site?.id ?? '', { id: 'asc' }),
    supervisorsByGroup: childrenLoader(em, WorkSupervisor, 'group', (s) => s.group.id, { id: 'asc' }),
    occupancy: groupOccupancyLoader(em),
    trainingByPlacement: new DataLoader<string, TrainingCandidacy | null>(async (placementIds) => {
      const rows = await findByKeys(em, TrainingCandidacy, 'placement', [...placementIds]);
      const byPlacement = new Map(rows.map((row) => [row.placement.id, row]));
      return placementIds.map((id) => byPlacement.get(id) ?? null);
    }),
  };
}
export type WorkCentreLoaders = ReturnType<typeof createWorkCentreLoaders>;

/** The work centre's settings are the kit's for every provider: which provider this is (for the row rules) and today. */
export type WorkCentreSettings = ProviderSettings;

export type WorkCentreContext = RequestContext<WorkCentreLoaders, WorkCentreSettings>;
