import type { EntityManager } from '@mikro-orm/core';
import {
  demoCatalogueEntry,
  demoOfferId,
  demoOffers,
  demoParticipantId,
  demoPlacementId,
  demoPlacementsFor,
} from '@veiinn/demo-data';
import { appendToFeed } from '@veiinn/kit';
import { AftPeriod } from '../aft/aft-period.entity';
import { extensionOf, initialAftPeriod, lastGrantedDay } from '../aft/aft.rules';
import { ArbaArena } from '../arena/arena.entity';
import { addDays, lastDayOfYears } from '../common/dates';
import { ArbaMeasure, ArbaMunicipality } from '../common/enums';
import { VtaGoal, VtaGoalEvaluation } from '../goal/goal.entity';
import { offerChange } from '../offer/offer.feed';
import { ArbaOffer } from '../offer/offer.entity';
import { ArbaPlaceReservation } from '../offer/place-reservation.entity';
import { placementChange } from '../participation/participation.feed';
import { ArbaParticipation } from '../participation/participation.entity';
import { ArbaSupervisor } from '../supervisor/supervisor.entity';
import { seedArenas, seedSupervisors } from './arenas';
import { seedExtensions, seedGoals, seedMunicipalities, seedOutcomes } from './placements';

export const ARBA_PROVIDER_ID = 'arba';
/** Of Arba's 114 VTA places, 18 are reserved for Asker kommune (docs/domain.md). */
export const ASKER_VTA_RESERVATION = 18;

/** Arba's offers in the shared demo catalogue. */
export const arbaDemoOffers = demoOffers.filter((o) => o.providerId === ARBA_PROVIDER_ID);

/**
 * Fills an empty Arba database with its offers, arenas, supervisors and the demo placements at its VTA and AFT, in
 * one transaction, and publishes every offer and placement on the feed so the hub learns them. Does nothing (and
 * returns false) when offers exist already, so restarts are safe.
 */
export async function seedDemoData(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    if ((await tx.count(ArbaOffer, {})) > 0) return false;
    const offers = new Map(
      arbaDemoOffers.map((seed) => {
        const catalogue = demoCatalogueEntry(seed);
        const offer = tx.create(ArbaOffer, {
          id: demoOfferId(seed.key),
          catalogue,
          places: seed.places ?? null,
        } as never);
        return [seed.key, offer];
      }),
    );
    tx.create(ArbaPlaceReservation, {
      offer: offers.get('arba-vta')!,
      municipality: ArbaMunicipality.ASKER,
      places: ASKER_VTA_RESERVATION,
    });
    const arenas = new Map(seedArenas.map((seed) => [seed.id, tx.create(ArbaArena, seed)]));
    for (const seed of seedSupervisors) {
      tx.create(ArbaSupervisor, { name: seed.name, arena: arenas.get(seed.arena)!, measure: seed.measure });
    }

    const placements = new Map<string, ArbaParticipation>();
    for (const seed of demoPlacementsFor([...offers.keys()])) {
      const offer = offers.get(seed.offer)!;
      const participation = tx.create(ArbaParticipation, {
        id: demoPlacementId(seed.key),
        participantId: demoParticipantId(seed.participant),
        offer,
        arena: arenas.get(seed.arena!)!,
        measure: offer.measure!,
        municipality: seedMunicipalities[seed.key] ?? ArbaMunicipality.BAERUM,
        hoursPerWeek: seed.hoursPerWeek!,
        startDate: seed.startDate,
        endDate: seed.endDate ?? null,
        outcome: seedOutcomes[seed.key] ?? null,
      } as never);
      placements.set(seed.key, participation);
      if (participation.measure === ArbaMeasure.AFT) {
        const periods = [initialAftPeriod(seed.startDate)];
        if (seedExtensions.includes(seed.key)) {
          periods.push(extensionOf(periods, lastDayOfYears(addDays(periods[0].endDate, 1), 1)));
        }
        for (const period of periods) tx.create(AftPeriod, { participation, ...period });
        participation.aftGrantedUntil = lastGrantedDay(periods);
      }
    }
    for (const seed of seedGoals) {
      const goal = tx.create(VtaGoal, {
        participation: placements.get(seed.placement)!,
        description: seed.description,
        setOn: seed.setOn,
      } as never);
      for (const evaluation of seed.evaluations) {
        tx.create(VtaGoalEvaluation, { goal, note: null, ...evaluation });
      }
    }

    await tx.flush();
    await appendToFeed(tx, [
      ...[...offers.values()].map(offerChange),
      ...[...placements.values()].map(placementChange),
    ]);
    return true;
  });
}
