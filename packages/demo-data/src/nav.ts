import { stableId } from '@veiinn/contracts';
import { demoOfferId } from './offers';
import { demoParticipants } from './participants';
import { demoPlacements } from './placements';

/**
 * NAV's side of the demo world, in NAV's own words (see docs/domain.md, "NAV's words"): measure instances
 * (gjennomføringer) and participant records (deltakere) as NAV's external participant topic would carry them.
 * The NAV adapter's seed ingests these records through its ordinary import, so demo data takes the real path.
 */
export interface DemoMeasureInstance {
  key: string;
  id: string;
  /** NAV's number, year/serial. */
  number: string;
  measureCode: 'VARIG_TILRETTELAGT_ARBEID_SKJERMET' | 'ARBEIDSFORBEREDENDE_TRENING' | 'TILRETTELAGT_ARBEID_ORDINAER';
  providerId: string;
  name: string;
  places: number;
  startDate: string;
  /** The catalogue offer this instance is delivered as. */
  offerId: string | null;
  placeOfAttendance: string;
  estimatedWaitWeeks: number | null;
}

const instance = (i: Omit<DemoMeasureInstance, 'id'>): DemoMeasureInstance => ({
  ...i,
  id: stableId('nav-gjennomforing', i.key),
});

export const demoMeasureInstances: DemoMeasureInstance[] = [
  instance({
    key: 'arba-vta',
    number: '2016/104411',
    measureCode: 'VARIG_TILRETTELAGT_ARBEID_SKJERMET',
    providerId: 'arba',
    name: 'Varig tilrettelagt arbeid, Arba Inkludering',
    places: 114,
    startDate: '2016-01-01',
    offerId: demoOfferId('arba-vta'),
    placeOfAttendance: 'Bærum',
    estimatedWaitWeeks: 40,
  }),
  instance({
    key: 'arba-aft',
    number: '2020/100517',
    measureCode: 'ARBEIDSFORBEREDENDE_TRENING',
    providerId: 'arba',
    name: 'Arbeidsforberedende trening, Arba Inkludering',
    places: 129,
    startDate: '2020-01-01',
    offerId: demoOfferId('arba-aft'),
    placeOfAttendance: 'Bærum',
    estimatedWaitWeeks: 4,
  }),
  instance({
    key: 'asker-vta',
    number: '2016/208812',
    measureCode: 'VARIG_TILRETTELAGT_ARBEID_SKJERMET',
    providerId: 'asker-produkt',
    name: 'Varig tilrettelagt arbeid, Asker Produkt',
    places: 41,
    startDate: '2016-01-01',
    offerId: demoOfferId('asker-vta'),
    placeOfAttendance: 'Asker',
    estimatedWaitWeeks: null,
  }),
  instance({
    key: 'asker-aft',
    number: '2020/208907',
    measureCode: 'ARBEIDSFORBEREDENDE_TRENING',
    providerId: 'asker-produkt',
    name: 'Arbeidsforberedende trening, Asker Produkt',
    places: 12,
    startDate: '2020-01-01',
    offerId: demoOfferId('asker-aft'),
    placeOfAttendance: 'Asker',
    estimatedWaitWeeks: null,
  }),
];

/** One record of NAV's participant topic: `key` is the record id, `value` null is a tombstone. */
export interface NavTopicRecord {
  key: string;
  value: {
    id: string;
    gjennomforingId: string;
    personIdent: string;
    startDato: string | null;
    sluttDato: string | null;
    status: { type: string; aarsak: { type: string; beskrivelse: string | null } | null; opprettetDato: string };
    registrertDato: string;
    endretDato: string;
    kilde: 'ARENA' | 'KOMET';
    deltakelsesmengder: { deltakelsesprosent: number; dagerPerUke: number | null; gyldigFra: string }[];
  } | null;
}

const person = (key: string) => demoParticipants.find((p) => p.key === key)!;
const instanceId = (key: string) => demoMeasureInstances.find((m) => m.key === key)!.id;

function record(
  key: string,
  participant: string,
  measure: string,
  status: { type: string; aarsak?: string; since: string },
  startDato: string | null,
  sluttDato: string | null,
): NavTopicRecord {
  const id = stableId('nav-deltaker', key);
  const at = `${status.since}T08:00:00`;
  return {
    key: id,
    value: {
      id,
      gjennomforingId: instanceId(measure),
      personIdent: person(participant).identityNumber,
      startDato,
      sluttDato,
      status: {
        type: status.type,
        aarsak: status.aarsak ? { type: status.aarsak, beskrivelse: null } : null,
        opprettetDato: at,
      },
      registrertDato: at,
      endretDato: at,
      kilde: 'ARENA',
      deltakelsesmengder: startDato ? [{ deltakelsesprosent: 100, dagerPerUke: 5, gyldigFra: startDato }] : [],
    },
  };
}

/** NAV's records for everyone at Arba's VTA and AFT, and the people on NAV's waiting lists. */
export const demoNavRecords: NavTopicRecord[] = [
  ...demoPlacements
    .filter((p) => p.offer === 'arba-vta' || p.offer === 'arba-aft')
    .map((p) =>
      record(
        p.key,
        p.participant,
        p.offer,
        p.endDate
          ? { type: 'HAR_SLUTTET', aarsak: 'FATT_JOBB', since: p.endDate }
          : { type: 'DELTAR', since: p.startDate },
        p.startDate,
        p.endDate ?? null,
      ),
    ),
  record('vente-07', 'p07', 'arba-vta', { type: 'VENTELISTE', since: '2026-03-02' }, null, null),
  record('vente-47', 'p47', 'arba-vta', { type: 'VENTELISTE', since: '2025-10-15' }, null, null),
  record('vente-48', 'p48', 'arba-vta', { type: 'VENTELISTE', since: '2026-06-10' }, null, null),
  record('vente-12', 'p12', 'arba-aft', { type: 'VENTELISTE', since: '2026-11-02' }, null, null),
];
