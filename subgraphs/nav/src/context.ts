import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader, DEVELOPMENT_PERSON_REF_KEY, feedEntities, type RequestContext } from '@veiinn/kit';
import type { TopicLineSettings } from './ingest/topic-record';
import { NavMeasureInstance } from './measure/measure-instance.entity';
import { instancesByOfferLoader, placeCountsLoader } from './measure/measure-instance.loaders';
import { NavExtentPeriod, NavParticipantRecord } from './participant-record/participant-record.entity';
import { recordsByPersonRefLoader, waitingListLoader } from './participant-record/participant-record.loaders';
import { NavStateVtaAllocation } from './state-places/state-vta-allocation.entity';

/** The entities of the NAV adapter's database, listed for MikroORM, with the outbox of its feed. */
export const navEntities = [
  NavMeasureInstance,
  NavParticipantRecord,
  NavExtentPeriod,
  NavStateVtaAllocation,
  ...feedEntities,
];

/** Per-request DataLoaders: every entity lookup and child list of the NAV subgraph goes through one. */
export function createNavLoaders(em: EntityManager) {
  return {
    measureInstance: byIdLoader(em, NavMeasureInstance),
    measureInstancesByOffer: instancesByOfferLoader(em),
    placeCounts: placeCountsLoader(em),
    recordsByPersonRef: recordsByPersonRefLoader(em),
    waitingList: waitingListLoader(em),
    extentByRecord: childrenLoader(em, NavExtentPeriod, 'record', (e) => e.record.id, { validFrom: 'asc' }),
  };
}
export type NavLoaders = ReturnType<typeof createNavLoaders>;

/** Settings of the NAV adapter process, the same for every request and import. */
export type NavSettings = TopicLineSettings;

/** Development defaults: synthetic identity numbers only, and the development pseudonym key the hub uses too. */
export const defaultNavSettings: NavSettings = {
  allowRealIdentityNumbers: false,
  personRefKey: DEVELOPMENT_PERSON_REF_KEY,
};

export type NavContext = RequestContext<NavLoaders, NavSettings>;
