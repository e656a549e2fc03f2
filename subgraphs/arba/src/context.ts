import type { EntityManager, EntityName } from '@mikro-orm/core';
import { byIdLoader, childrenLoader, feedEntities, osloToday, type RequestContext } from '@veiinn/kit';
import DataLoader from 'dataloader';
import { AftPeriod } from './aft/aft-period.entity';
import { ArbaArena } from './arena/arena.entity';
import { isUuid } from './common/ids';
import { VtaGoal, VtaGoalEvaluation } from './goal/goal.entity';
import { ArbaOffer } from './offer/offer.entity';
import { ArbaPlaceReservation } from './offer/place-reservation.entity';
import { ArbaParticipation } from './participation/participation.entity';
import { ArbaSupervisor } from './supervisor/supervisor.entity';
import { loadStaffing, type Staffing } from './supervisor/supervisor-ratio';

/** The entities of Arba's database, listed for MikroORM, with the outbox of the change feed. */
export const arbaEntities = [
  ArbaOffer,
  ArbaPlaceReservation,
  ArbaArena,
  ArbaSupervisor,
  ArbaParticipation,
  AftPeriod,
  VtaGoal,
  VtaGoalEvaluation,
  ...feedEntities,
];

/**
 * Like the kit's byIdLoader, for UUID keys: the gateway sends every offer and placement id of the graph, and an id
 * that is not a UUID cannot be Arba's (PostgreSQL would reject comparing it with a uuid column).
 */
function byUuidLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>) {
  const inner = byIdLoader(em, entity);
  return new DataLoader<string, T | null>(async (ids) => {
    const found = await inner.loadMany(ids.filter(isUuid));
    const byId = new Map(
      found.filter((row): row is T => row !== null && !(row instanceof Error)).map((r) => [r.id, r]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Per-request DataLoaders: every entity lookup, child list and staffing count of the subgraph goes through one. */
export function createArbaLoaders(em: EntityManager) {
  // Arba has a handful of arenas: one request reads them all once, whichever field asks first, so the number of
  // statements does not depend on which resolver happens to run before which.
  let allArenas: Promise<ArbaArena[]> | undefined;
  const arenas = () => (allArenas ??= em.find(ArbaArena, {}, { orderBy: { name: 'asc', id: 'asc' } }));
  const arena = new DataLoader<string, ArbaArena | null>(async (ids) => {
    const byId = new Map((await arenas()).map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    offer: byUuidLoader(em, ArbaOffer),
    participation: byUuidLoader(em, ArbaParticipation),
    arena,
    reservationsByOffer: childrenLoader(em, ArbaPlaceReservation, 'offer', (r) => r.offer.id, { municipality: 'asc' }),
    supervisorsByArena: childrenLoader(em, ArbaSupervisor, 'arena', (s) => s.arena.id, { name: 'asc', id: 'asc' }),
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

/** Settings of the Arba process, the same for every request. */
export interface ArbaSettings {
  /** Today's date in Norway (YYYY-MM-DD); replaceable so tests can fix the day. */
  today: () => string;
}

export const defaultArbaSettings: ArbaSettings = { today: () => osloToday() };

export type ArbaContext = RequestContext<ArbaLoaders, ArbaSettings>;
