import {
  navRecordSubject,
  defineProviderSubgraph,
  getEnvBool,
  readPersonRefKey,
  type AuditMap,
  type RunningSubgraph,
  type StartProviderOptions,
} from '@veiinn/kit';
import { NAV_DEFAULT_PORT, NAV_PROVIDER_ID, NAV_SUBGRAPH_NAME } from './constants';
import { createNavLoaders, defaultNavSettings, type NavSettings } from './context';
import { readIngestAuth, type IngestAuthOptions } from './ingest/ingest.auth';
import { ImportResolver } from './ingest/import.resolver';
import { ingestRoutes } from './ingest/ingest.route';
import { NavMeasureInstance } from './measure/measure-instance.entity';
import { DELETED_RECORDS } from './participant-record/retention';
import { MeasureInstanceResolver } from './measure/measure-instance.resolver';
import { MeasureResolver } from './measure/measure.resolver';
import { OfferResolver } from './measure/offer.resolver';
import { OfferStub } from './measure/offer.stub';
import { navMigrations } from './migrations';
import { NavExtentPeriod, NavParticipantRecord } from './participant-record/participant-record.entity';
import { ParticipantRecordResolver } from './participant-record/participant-record.resolver';
import {
  NavParticipantResolver,
  ParticipantResolver,
  WaitingPositionResolver,
} from './participant-record/participant.resolver';
import { ParticipantStub } from './participant-record/participant.stub';
import { seedDemoData } from './seed/seed';
import { StatePlacesResolver } from './state-places/state-places.resolver';
import { NavStateVtaAllocation } from './state-places/state-vta-allocation.entity';

export { NAV_DEFAULT_PORT, NAV_PROVIDER_ID, NAV_SUBGRAPH_NAME };

/**
 * NAV's records describe one participant. The adapter knows people only by pseudonym, so a read is logged where
 * it reaches NAV's data from the hub's participant (`Participant.nav`); the records below it take that
 * participant. Records listed without a participant above them carry no hub id and are not logged here.
 */
export const navAudit: AuditMap = {
  Participant: { category: 'NAV', participantId: (p: { id: string }) => p.id, fields: { navRef: null } },
  NavParticipant: { category: 'NAV' },
  // A record read below a hub participant is that participant's; read on its own (a measure instance's records, a
  // waiting list) it is recorded under the record's pseudonymous subject (docs/privacy.md).
  NavParticipantRecord: { category: 'NAV', subjectWhenAlone: (record: { id: string }) => navRecordSubject(record.id) },
  NavExtentPeriod: { category: 'NAV' },
  NavWaitingPosition: { category: 'NAV' },
  NavWaitingListEntry: {
    category: 'NAV',
    subjectWhenAlone: (entry: { recordId: string }) => navRecordSubject(entry.recordId),
  },
};

/**
 * The NAV adapter: measures, measure instances, participant records and waiting lists, with the import of NAV's
 * participant topic at `POST /ingest/deltakere`. The seed and the import turn identity numbers into pseudonyms
 * with the settings' key, so both are made for the process's settings.
 */
export const nav = defineProviderSubgraph({
  name: NAV_SUBGRAPH_NAME,
  providerId: NAV_PROVIDER_ID,
  defaultPort: NAV_DEFAULT_PORT,
  entities: [NavMeasureInstance, NavParticipantRecord, NavExtentPeriod, NavStateVtaAllocation],
  migrations: navMigrations,
  resolvers: [
    MeasureResolver,
    MeasureInstanceResolver,
    OfferResolver,
    ParticipantRecordResolver,
    ParticipantResolver,
    NavParticipantResolver,
    WaitingPositionResolver,
    StatePlacesResolver,
    ImportResolver,
  ],
  hubStubs: [OfferStub],
  // The hub's participant is reachable only through `_entities`, which federation adds after type-graphql's build.
  orphanedTypes: [ParticipantStub],
  referenceResolvers: {
    // The gateway sends the hub's `navRef` along (`@requires`); it is null for people without an identity number.
    Participant: {
      __resolveReference: (ref: { id: string; navRef?: string | null }) => ({ id: ref.id, navRef: ref.navRef ?? null }),
    },
  },
  audit: navAudit,
  retention: [DELETED_RECORDS],
  createLoaders: createNavLoaders,
  seed: seedDemoData,
  routes: (settings) => ingestRoutes(settings, settings.ingestAuth),
  settings: defaultNavSettings,
  env: (vars, base) => ({
    allowRealIdentityNumbers: getEnvBool('NAV_ALLOW_REAL_IDENTITY_NUMBERS', base.mode === 'production', vars),
    personRefKey: readPersonRefKey(base.mode, vars),
    ingestAuth: readIngestAuth(vars),
  }),
});

export interface StartNavOptions extends StartProviderOptions<NavSettings> {
  /** Where `POST /ingest/deltakere` checks its callers' tokens (`NavSettings.ingestAuth`). */
  ingestAuth?: IngestAuthOptions;
}

export type RunningNav = RunningSubgraph;

/** Starts the NAV adapter, as `nav.start`; `ingestAuth` beside the other options, as the tests give it. */
export function startNavSubgraph({ ingestAuth, ...options }: StartNavOptions): Promise<RunningNav> {
  return nav.start({ ...options, settings: { ...options.settings, ...(ingestAuth && { ingestAuth }) } });
}
