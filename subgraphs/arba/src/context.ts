import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader, type ProviderSettings, type RequestContext } from '@veiinn/kit';
import DataLoader from 'dataloader';
import { AftPeriod } from './aft/aft-period.entity';
import { ArbaArena } from './arena/arena.entity';
import { VtaGoal, VtaGoalEvaluation } from './goal/goal.entity';
import { ArbaOffer } from './offer/offer.entity';
import { ArbaPlaceReservation } from './offer/place-reservation.entity';
import { ArbaParticipation } from './participation/participation.entity';
import { ArbaSupervisor } from './supervisor/supervisor.entity';
import { loadStaffing, type Staffing } from './supervisor/supervisor-ratio';

/** Per-request DataLoaders: every entity lookup, child list and staffing count of the subgraph goes through one. */
export function createArbaLoaders(em: EntityManager) {
  // Arba has a handful of arenas: one request reads them all once, whichever field asks first, so the number of
  // statements does not depend on which resolver happens to run before which.
  let allArenas: Promise<ArbaArena[]> | undefined;
  const arenas = () => (allArenas ??= em.find(ArbaArena, {}, { orderBy: { nameSort: 'asc', id: 'asc' } }));
  const arena = new DataLoader<string, ArbaArena | null>(async (ids) => {
    const byId = new Map((await arenas()).map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    offer: byIdLoader(em, ArbaOffer, { uuidKeys: true }),
    participation: byIdLoader(em, ArbaParticipation, { uuidKeys: true }),
    arena,
    reservationsByOffer: childrenLoader(em, ArbaPlaceReservation, 'offer', (r) => r.offer.id, { municipality: 'asc' }),
    supervisorsByArena: childrenLoader(em, ArbaSupervisor, 'arena', (s) => s.arena.id, { nameSort: 'asc', id: 'asc' }),
    periodsByParticipation: childrenLoader(em, AftPeriod, 'participation', (p) => p.participation.id, {
      startDate: 'asc',
    }),
    goalsByParticipation: childrenLoader(em, VtaGoal, 'participation', (g) => g.participation.id, {
      setOn: 'asc',
      id: 'asc',
    }),
    evaluationsByGoal: childrenLoader(em, VtaGoalEvaluation, 'goal', (e) => e.goal.id, { date: 'asc', id: 'asc' }),
    /** Keyed by day: who is current is a question of the date. */
    staffing: new DataLoader<string, Staffing>((days) => Promise.all(days.map((day) => loadStaffing(em, day, arenas)))),
  };
}
export type ArbaLoaders = ReturnType<typeof createArbaLoaders>;

/**
 * Arba's settings are the kit's for every provider. Arba's identity (`providerId`, `orgno`) decides which provider
 * staff and partner systems are Arba's own and see its participants (src/access.ts).
 */
export type ArbaSettings = ProviderSettings;

export type ArbaContext = RequestContext<ArbaLoaders, ArbaSettings>;
