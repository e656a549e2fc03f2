import type { EntityManager } from '@mikro-orm/core';
import {
  byIdLoader,
  childrenLoader,
  feedEntities,
  placementProtocolEntities,
  groupOccupancyLoader,
  findByKeys,
  osloToday,
  type RequestContext,
} from '@veiinn/kit';
import DataLoader from 'dataloader';
import type { ProviderIdentity } from '@veiinn/kit';
import { WorkGroup } from './group/group.entity';
import { WorkCentreOffer } from './offer/offer.entity';
import { WorkPlacement } from './placement/placement.entity';
import { WORK_CENTRE_PROVIDER_ID } from './seed/demo';
import { WorkCentreSite } from './site/site.entity';
import { WorkSupervisor } from './supervisor/supervisor.entity';
import { TrainingCandidacy } from './training/training.entity';

/** The entities of the work centre's database, listed for MikroORM; the outbox and idempotency tables come from the kit. */
export const workCentreEntities = [
  WorkCentreSite,
  WorkCentreOffer,
  WorkGroup,
  WorkSupervisor,
  WorkPlacement,
  TrainingCandidacy,
  ...feedEntities,
  ...placementProtocolEntities,
];

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

/**
 * Settings of the work-centre process, the same for every request. `providerId` and `orgno` say which provider
 * this is, for the row-level rules (common/access.ts); the demo world's BA by default.
 */
export interface WorkCentreSettings extends ProviderIdentity {
  /** Today's date in Norway (YYYY-MM-DD): decides which placements occupy a group now. Tests fix the day. */
  today: () => string;
}

export const defaultWorkCentreSettings: WorkCentreSettings = {
  today: () => osloToday(),
  providerId: WORK_CENTRE_PROVIDER_ID,
};

export type WorkCentreContext = RequestContext<WorkCentreLoaders, WorkCentreSettings>;
