import type { EntityManager } from '@mikro-orm/core';
import {
  demoCatalogueEntry,
  demoOffers,
  demoPlacementId,
  demoPlacementsFor,
  demoOfferId,
  demoParticipantId,
} from '@veiinn/demo-data';
import { appendToFeed, type FeedChange } from '@veiinn/kit';
import { offerChange, placementChange } from '../feed/changes';
import { ActivityGroup } from '../group/group.entity';
import { DayServicesOffer } from '../offer/offer.entity';
import { ActivityPlacement } from '../placement/placement.entity';
import { demoGroupId, seedGroups } from './groups';

/** The provider id of the municipal day services in the demo world. */
export const DAY_SERVICES_PROVIDER_ID = 'baerum-kommunale-dagtilbud';

/**
 * Fills an empty day-services database with the demo world's offers of the day services, their groups and the
 * placements in them, and publishes all of them on the feed, in one transaction, so the hub learns the seeded data
 * the way it learns every change. Does nothing (and returns false) when offers exist already.
 */
export async function seedDemoData(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(DayServicesOffer, {})) > 0) return false;
    const offers = demoOffers.filter((o) => o.providerId === DAY_SERVICES_PROVIDER_ID);
    const offerByKey = new Map(
      offers.map((seed) => [
        seed.key,
        tx.create(DayServicesOffer, {
          id: demoOfferId(seed.key),
          catalogue: demoCatalogueEntry(seed),
        } as never),
      ]),
    );
    const groupByKey = new Map(
      seedGroups.map((seed) => [
        seed.key,
        tx.create(ActivityGroup, {
          id: demoGroupId(seed.key),
          offer: offerByKey.get(seed.offer)!,
          name: seed.name,
          descriptionNb: seed.description[0],
          descriptionEn: seed.description[1],
          capacity: seed.capacity,
        } as never),
      ]),
    );
    const placements = demoPlacementsFor([...offerByKey.keys()]).map((seed) => {
      const group = groupByKey.get(seed.group ?? '');
      if (!group) throw new Error(`Demo placement ${seed.key} names no day-services group ("${seed.group}")`);
      return tx.create(ActivityPlacement, {
        id: demoPlacementId(seed.key),
        participantId: demoParticipantId(seed.participant),
        offer: offerByKey.get(seed.offer)!,
        group,
        daysPerWeek: seed.daysPerWeek!,
        startDate: seed.startDate,
        endDate: seed.endDate ?? null,
      } as never);
    });
    await tx.flush();

    const groups = [...groupByKey.values()];
    const changes: FeedChange[] = [
      ...[...offerByKey.values()].map((offer) =>
        offerChange(
          offer,
          groups.filter((g) => g.offer.id === offer.id),
        ),
      ),
      ...placements.map(placementChange),
    ];
    await appendToFeed(tx, changes);
    return true;
  });
}
