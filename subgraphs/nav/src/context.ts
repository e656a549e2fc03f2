import type { EntityManager } from '@mikro-orm/core';
import {
  byIdLoader,
  childrenLoader,
  DEVELOPMENT_PERSON_REF_KEY,
  type ProviderSettings,
  type RequestContext,
} from '@veiinn/kit';
import type { IngestAuthOptions } from './ingest/ingest.auth';
import type { TopicLineSettings } from './ingest/topic-record';
import { NavMeasureInstance } from './measure/measure-instance.entity';
import {
  instancesByOfferLoader,
  placeCountsLoader,
  recordsByInstanceLoader,
  statusCountsLoader,
} from './measure/measure-instance.loaders';
import { NavExtentPeriod } from './participant-record/participant-record.entity';
import { recordsByPersonRefLoader, waitingListLoader } from './participant-record/participant-record.loaders';

/** Per-request DataLoaders: every entity lookup and child list of the NAV subgraph goes through one. */
export function createNavLoaders(em: EntityManager) {
  return {
    measureInstance: byIdLoader(em, NavMeasureInstance),
    measureInstancesByOffer: instancesByOfferLoader(em),
    placeCounts: placeCountsLoader(em),
    statusCounts: statusCountsLoader(em),
    recordsByInstance: recordsByInstanceLoader(em),
    recordsByPersonRef: recordsByPersonRefLoader(em),
    waitingList: waitingListLoader(em),
    extentByRecord: childrenLoader(em, NavExtentPeriod, 'record', (e) => e.record.id, { validFrom: 'asc' }),
  };
}
export type NavLoaders = ReturnType<typeof createNavLoaders>;

/** The NAV adapter's own settings, beside the kit's for every provider; the same for every request and import. */
export interface NavOwnSettings extends TopicLineSettings {
  /**
   * Where `POST /ingest/deltakere` checks its callers' bearer tokens: the identity provider's JWKS and issuer (the
   * audience is `veiinn-nav-ingest`), and NAV's organisation number a partner system must carry. Absent, the import
   * is open to anyone who reaches the port (a warning says so).
   */
  ingestAuth?: IngestAuthOptions;
}

/** Development defaults: synthetic identity numbers only, and the development pseudonym key the hub uses too. */
export const defaultNavSettings: NavOwnSettings = {
  allowRealIdentityNumbers: false,
  personRefKey: DEVELOPMENT_PERSON_REF_KEY,
};

export type NavSettings = ProviderSettings & NavOwnSettings;

export type NavContext = RequestContext<NavLoaders, NavSettings>;
