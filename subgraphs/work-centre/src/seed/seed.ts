import type { EntityManager } from '@mikro-orm/core';
import { appendToFeed, stableId } from '@veiinn/kit';
import {
  demoCatalogueEntry,
  demoOfferId,
  demoOffers,
  demoParticipantId,
  demoPlacementId,
  demoPlacementsFor,
} from '@veiinn/demo-data';
import { offerChange, placementChange } from '../common/feed';
import { WorkGroup } from '../group/group.entity';
import { tradeOfName } from '../group/trade';
import { WorkCentreOffer } from '../offer/offer.entity';
import { WorkPlacement } from '../placement/placement.entity';
import { WorkCentreSite } from '../site/site.entity';
import { WorkSupervisor } from '../supervisor/supervisor.entity';
import { TrainingCandidacy } from '../training/training.entity';
import { WORK_CENTRE_PROVIDER_ID, seedGroups, seedSites, seedTrainingCandidacies } from './demo';

/** The id of the work group seeded for a demo offer (demo placements name their group by the offer key). */
export const seedGroupId = (offerKey: string) => stableId('work-centre-group', offerKey);

/**
 * Fills an empty work-centre database with the demo world, in one transaction: the sites, the work centre's demo
 * offers with one group each (and their supervisors), the demo placements in them, and a training candidacy. The
 * feed gets an `offer` event per offer and a `placement` event per placement, so the hub learns the seeded data
 * like any other change. Does nothing (and returns false) when offers exist already, so restarts are safe.
 */
export async function seedDemoData(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(WorkCentreOffer, {})) > 0) return false;
    const sitesByName = new Map(seedSites.map((s) => [s.name, tx.create(WorkCentreSite, s)]));
    const seeded = demoOffers
      .filter((demo) => demo.providerId === WORK_CENTRE_PROVIDER_ID)
      .map((demo) => {
        const entry = demoCatalogueEntry(demo);
        const offer = tx.create(WorkCentreOffer, { id: demoOfferId(demo.key), entry } as never);
        const seed = seedGroups[demo.key];
        const trade = seed?.trade ?? tradeOfName(demo.trade);
        const site = demo.site === undefined ? null : sitesByName.get(demo.site);
        // A typo in the demo world fails the seed at once rather than leaving a group without trade or site.
        if (!seed || !trade || site === undefined) throw new Error(`No complete seed group for demo offer ${demo.key}`);
        const group = tx.create(WorkGroup, {
          id: seedGroupId(demo.key),
          offer,
          name: seed.name ?? demo.title[0],
          site,
          trade,
          capacity: seed.capacity,
        } as never);
        seed.supervisors.forEach((name, i) => {
          tx.create(WorkSupervisor, { id: stableId('work-centre-supervisor', `${demo.key}:${i}`), name, group });
        });
        return { key: demo.key, offer, groups: [group] };
      });

    const groups = new Map(seeded.map((s) => [s.key, s.groups[0]]));
    const placements = demoPlacementsFor(seeded.map((s) => s.key)).map((demo) => {
      const group = groups.get(demo.group ?? demo.offer);
      if (!group || demo.hoursPerWeek === undefined) throw new Error(`Demo placement ${demo.key} does not fit`);
      return {
        key: demo.key,
        group,
        placement: tx.create(WorkPlacement, {
          id: demoPlacementId(demo.key),
          participantId: demoParticipantId(demo.participant),
          offer: group.offer,
          group,
          hoursPerWeek: demo.hoursPerWeek,
          startDate: demo.startDate,
          endDate: demo.endDate ?? null,
        } as never),
      };
    });
    for (const seed of seedTrainingCandidacies) {
      const { placement, group } = placements.find((p) => p.key === seed.placement)!;
      tx.create(TrainingCandidacy, {
        id: stableId('work-centre-training', seed.placement),
        placement,
        trade: group.trade,
        goal: seed.goal,
        trainingStart: placement.startDate,
        plannedEnd: seed.plannedEnd,
      } as never);
    }

    await tx.flush();
    await appendToFeed(tx, [
      ...seeded.map((s) => offerChange(s.offer, s.groups)),
      ...placements.map((p) => placementChange(p.placement)),
    ]);
    return true;
  });
}
