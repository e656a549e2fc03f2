import { byIdLoader, childrenLoader, osloToday, type RequestContext } from '@veiinn/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Offer } from './offer/offer.entity';
import { Guardian, Participant } from './participant/participant.entity';
import { Provider } from './provider/provider.entity';

/** The entities of the intake database, listed for MikroORM. */
export const intakeEntities = [Provider, Offer, Participant, Guardian];

/** Per-request DataLoaders: every entity lookup and child list of the intake subgraph goes through one. */
export function createIntakeLoaders(em: EntityManager) {
  return {
    provider: byIdLoader(em, Provider),
    offer: byIdLoader(em, Offer),
    participant: byIdLoader(em, Participant),
    offersByProvider: childrenLoader(em, Offer, 'provider', (o) => o.provider.id, { titleNb: 'asc', id: 'asc' }),
    guardiansByParticipant: childrenLoader(em, Guardian, 'participant', (g) => g.participant.id, { position: 'asc' }),
  };
}
export type IntakeLoaders = ReturnType<typeof createIntakeLoaders>;

/** Settings of the intake process, the same for every request. */
export interface IntakeSettings {
  /** Accept real national identity numbers; off everywhere but production, so demo data stays synthetic. */
  allowRealIdentityNumbers: boolean;
  /** Today's date in Norway (YYYY-MM-DD); replaceable so tests can fix the day. */
  today: () => string;
}

export const defaultIntakeSettings: IntakeSettings = { allowRealIdentityNumbers: false, today: () => osloToday() };

export type IntakeContext = RequestContext<IntakeLoaders, IntakeSettings>;
