import { syntheticIdentityNumber } from '@veiinn/kit';
import { demoMeasureInstances, demoNavRecords, type NavTopicRecord } from '@veiinn/demo-data';
import { randomUUID } from 'node:crypto';

type RecordValue = NonNullable<NavTopicRecord['value']>;

export const arbaVta = demoMeasureInstances.find((m) => m.key === 'arba-vta')!;
export const arbaAft = demoMeasureInstances.find((m) => m.key === 'arba-aft')!;

/** Every identity number in the seeded NAV records: none may ever leave the adapter. */
export const seededIdents = [...new Set(demoNavRecords.map((r) => r.value!.personIdent))];

let serial = 0;
/** A fresh synthetic identity number, different on every call. */
export function freshIdent(): string {
  serial += 1;
  return syntheticIdentityNumber(`1994-0${1 + (serial % 9)}-1${serial % 10}`, 200 + serial * 3);
}

/**
 * A valid line of NAV's participant topic: someone on Arba's VTA waiting list. Override any field of the value;
 * `at` sets the status, registered and changed times together.
 */
export function topicLine(overrides: Partial<RecordValue> & { at?: string } = {}): { key: string; value: RecordValue } {
  const { at = '2026-09-01T10:00:00', ...fields } = overrides;
  const id = fields.id ?? randomUUID();
  return {
    key: id,
    value: {
      id,
      gjennomforingId: arbaVta.id,
      personIdent: freshIdent(),
      startDato: null,
      sluttDato: null,
      status: { type: 'VENTELISTE', aarsak: null, opprettetDato: at },
      registrertDato: at,
      endretDato: at,
      kilde: 'KOMET',
      deltakelsesmengder: [],
      ...fields,
    },
  };
}

/** The same record later in its life: a new status (and reason) at a new time. */
export function changed(
  line: { key: string; value: RecordValue },
  status: string,
  at: string,
  extra: Partial<RecordValue> & { aarsak?: string; beskrivelse?: string } = {},
): { key: string; value: RecordValue } {
  const { aarsak, beskrivelse, ...fields } = extra;
  return {
    key: line.key,
    value: {
      ...line.value,
      status: {
        type: status,
        aarsak: aarsak ? { type: aarsak, beskrivelse: beskrivelse ?? null } : null,
        opprettetDato: at,
      },
      endretDato: at,
      ...fields,
    },
  };
}

export const tombstone = (key: string) => ({ key, value: null });
