import { checkIdentityNumber, isIsoDate, personRef } from '@veiinn/kit';
import { isUuid } from '../common/ids';
import { parseNavDateTime } from '../common/nav-time';
import {
  NavParticipantStatus,
  NavRecordSource,
  NavStatusReason,
  STATUSES_WITH_REASON,
} from '../participant-record/participant-record.enums';

/** Why a line of an import was rejected; stable codes a sender can branch on. */
export const IngestRejectionCode = {
  MALFORMED_JSON: 'MALFORMED_JSON',
  INVALID_RECORD: 'INVALID_RECORD',
  KEY_MISMATCH: 'KEY_MISMATCH',
  UNKNOWN_MEASURE_INSTANCE: 'UNKNOWN_MEASURE_INSTANCE',
  INVALID_PERSON_IDENT: 'INVALID_PERSON_IDENT',
  UNKNOWN_STATUS: 'UNKNOWN_STATUS',
  UNKNOWN_REASON: 'UNKNOWN_REASON',
  REASON_NOT_ALLOWED: 'REASON_NOT_ALLOWED',
  REASON_TEXT_REQUIRED: 'REASON_TEXT_REQUIRED',
  REASON_TEXT_NOT_ALLOWED: 'REASON_TEXT_NOT_ALLOWED',
  END_BEFORE_START: 'END_BEFORE_START',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;
export type IngestRejectionCode = (typeof IngestRejectionCode)[keyof typeof IngestRejectionCode];

/** A record as the adapter keeps it: NAV's fields checked and typed, the person replaced by a pseudonym. */
export interface ParticipantRecordData {
  id: string;
  measureInstanceId: string;
  personRef: string;
  startDate: string | null;
  endDate: string | null;
  status: NavParticipantStatus;
  statusReason: NavStatusReason | null;
  statusReasonText: string | null;
  statusAt: Date;
  registeredAt: Date;
  changedAt: Date;
  source: NavRecordSource;
  extent: { percent: number; daysPerWeek: number | null; validFrom: string }[];
}

export type TopicLine =
  | { kind: 'value'; key: string; record: ParticipantRecordData }
  | { kind: 'tombstone'; key: string }
  | { kind: 'rejected'; key: string | null; code: IngestRejectionCode; reason: string };

export interface TopicLineSettings {
  /** Accept real national identity numbers; outside production only synthetic ones (month + 80). */
  allowRealIdentityNumbers: boolean;
  /** Key of the person pseudonym, shared with the hub. */
  personRefKey: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEnumValue = <E extends Record<string, string>>(e: E, v: unknown): v is E[keyof E] =>
  typeof v === 'string' && Object.values(e).includes(v);

const reject = (key: string | null, code: IngestRejectionCode, reason: string): TopicLine => ({
  kind: 'rejected',
  key,
  code,
  reason,
});

/** Checks the fields' presence and types; returns one message per problem, naming the field as NAV does. */
function shapeProblems(value: Json): string[] {
  const problems: string[] = [];
  const dateTime = (v: unknown, field: string) => {
    if (!parseNavDateTime(v)) problems.push(`${field} must be a date and time, e.g. "2026-03-02T08:00:00"`);
  };
  const optionalDate = (v: unknown, field: string) => {
    if (v !== null && v !== undefined && !(typeof v === 'string' && isIsoDate(v))) {
      problems.push(`${field} must be a date YYYY-MM-DD or null`);
    }
  };
  if (!isUuid(value.gjennomforingId)) problems.push('gjennomforingId must be the UUID of a measure instance');
  if (typeof value.personIdent !== 'string') problems.push('personIdent must be a string of 11 digits');
  optionalDate(value.startDato, 'startDato');
  optionalDate(value.sluttDato, 'sluttDato');
  const status = value.status;
  if (!isObject(status)) {
    problems.push('status must be an object with type, aarsak and opprettetDato');
  } else {
    if (typeof status.type !== 'string') problems.push('status.type must be a string');
    const reason = status.aarsak;
    if (reason !== null && reason !== undefined) {
      if (!isObject(reason) || typeof reason.type !== 'string') {
        problems.push('status.aarsak must be null or an object with a type');
      } else if (reason.beskrivelse != null && typeof reason.beskrivelse !== 'string') {
        problems.push('status.aarsak.beskrivelse must be a string or null');
      }
    }
    dateTime(status.opprettetDato, 'status.opprettetDato');
  }
  dateTime(value.registrertDato, 'registrertDato');
  dateTime(value.endretDato, 'endretDato');
  if (!isEnumValue(NavRecordSource, value.kilde)) problems.push('kilde must be ARENA or KOMET');
  const extent = value.deltakelsesmengder;
  if (!Array.isArray(extent)) {
    problems.push('deltakelsesmengder must be a list (empty when there is none)');
  } else {
    const seen = new Set<string>();
    extent.forEach((period: unknown, i) => {
      const at = `deltakelsesmengder[${i}]`;
      if (!isObject(period)) return void problems.push(`${at} must be an object`);
      const { deltakelsesprosent: percent, dagerPerUke: days, gyldigFra: from } = period;
      if (typeof percent !== 'number' || !(percent > 0 && percent <= 100)) {
        problems.push(`${at}.deltakelsesprosent must be a number above 0 and at most 100`);
      }
      if (days != null && (typeof days !== 'number' || !(days > 0 && days <= 7))) {
        problems.push(`${at}.dagerPerUke must be a number above 0 and at most 7, or null`);
      }
      if (typeof from !== 'string' || !isIsoDate(from)) problems.push(`${at}.gyldigFra must be a date YYYY-MM-DD`);
      else if (seen.has(from)) problems.push(`${at}.gyldigFra ${from} appears twice`);
      else seen.add(from);
    });
  }
  return problems;
}

/**
 * Reads one line of NAV's participant topic, `{ "key": ..., "value": {...} | null }`, and checks it. Everything
 * that can be checked without the database is checked here; the measure instance is looked up when it is applied.
 * The national identity number is replaced by its pseudonym at once and appears in no reason.
 */
export function parseTopicLine(text: string, settings: TopicLineSettings): TopicLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message quotes the line, and the line may hold an identity number: say only what to fix.
    return reject(null, 'MALFORMED_JSON', 'The line is not valid JSON; each line must be one JSON object.');
  }
  if (!isObject(parsed)) {
    return reject(null, 'MALFORMED_JSON', 'The line must be a JSON object with "key" and "value".');
  }
  const { value } = parsed;
  if (!isUuid(parsed.key)) return reject(null, 'INVALID_RECORD', 'key must be the UUID of the participant record.');
  // PostgreSQL gives uuids back in lower case; SQLite keeps what it got. One spelling keeps both the same.
  const key = parsed.key.toLowerCase();
  if (value === null) return { kind: 'tombstone', key };
  if (!isObject(value)) {
    return reject(key, 'INVALID_RECORD', 'value must be the participant record, or null to delete it.');
  }
  if (typeof value.id !== 'string' || value.id.toLowerCase() !== key) {
    return reject(key, 'KEY_MISMATCH', 'value.id differs from key; a record must be sent under its own id.');
  }

  const problems = shapeProblems(value);
  if (problems.length) return reject(key, 'INVALID_RECORD', `${problems.join('; ')}.`);

  const status = value.status as Json;
  const reason = (status.aarsak ?? null) as Json | null;
  if (!isEnumValue(NavParticipantStatus, status.type)) {
    return reject(
      key,
      'UNKNOWN_STATUS',
      `status.type "${String(status.type)}" is not one of NAV's statuses: ${Object.values(NavParticipantStatus).join(', ')}.`,
    );
  }
  if (reason && !isEnumValue(NavStatusReason, reason.type)) {
    return reject(
      key,
      'UNKNOWN_REASON',
      `status.aarsak.type "${String(reason.type)}" is not one of NAV's reasons: ${Object.values(NavStatusReason).join(', ')}.`,
    );
  }
  const statusType = status.type;
  const reasonType = (reason?.type ?? null) as NavStatusReason | null;
  const reasonText = typeof reason?.beskrivelse === 'string' ? reason.beskrivelse.trim() || null : null;
  if (reasonType && !STATUSES_WITH_REASON.has(statusType)) {
    return reject(
      key,
      'REASON_NOT_ALLOWED',
      `status ${statusType} has no reason; a reason is allowed only with ${[...STATUSES_WITH_REASON].join(', ')}.`,
    );
  }
  if (reasonType === NavStatusReason.ANNET && !reasonText) {
    return reject(key, 'REASON_TEXT_REQUIRED', 'status.aarsak ANNET needs a description in status.aarsak.beskrivelse.');
  }
  if (reasonText && reasonType !== NavStatusReason.ANNET) {
    return reject(
      key,
      'REASON_TEXT_NOT_ALLOWED',
      'status.aarsak.beskrivelse is allowed only with the reason ANNET; leave it null for other reasons.',
    );
  }
  const startDate = (value.startDato ?? null) as string | null;
  const endDate = (value.sluttDato ?? null) as string | null;
  if (startDate && endDate && endDate < startDate) {
    return reject(key, 'END_BEFORE_START', `sluttDato ${endDate} is before startDato ${startDate}.`);
  }
  const ident = (value.personIdent as string).trim();
  const identProblems = checkIdentityNumber(ident, settings.allowRealIdentityNumbers, 'personIdent');
  if (identProblems.length) {
    return reject(key, 'INVALID_PERSON_IDENT', `personIdent ${identProblems[0].en}`);
  }

  return {
    kind: 'value',
    key,
    record: {
      id: key,
      measureInstanceId: (value.gjennomforingId as string).toLowerCase(),
      personRef: personRef(ident, settings.personRefKey),
      startDate,
      endDate,
      status: statusType,
      statusReason: reasonType,
      statusReasonText: reasonText,
      statusAt: parseNavDateTime(status.opprettetDato)!,
      registeredAt: parseNavDateTime(value.registrertDato)!,
      changedAt: parseNavDateTime(value.endretDato)!,
      source: value.kilde as NavRecordSource,
      extent: (value.deltakelsesmengder as Json[])
        .map((p) => ({
          percent: p.deltakelsesprosent as number,
          daysPerWeek: (p.dagerPerUke ?? null) as number | null,
          validFrom: p.gyldigFra as string,
        }))
        .sort((a, b) => a.validFrom.localeCompare(b.validFrom)),
    },
  };
}
