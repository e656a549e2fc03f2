import { DEVELOPMENT_PERSON_REF_KEY, personRef, syntheticIdentityNumber, withCheckDigits } from '@veiinn/kit';
import { parseNavDateTime } from '../src/common/nav-time';
import { parseTopicLine, type TopicLine } from '../src/ingest/topic-record';
import { NavParticipantStatus, NavStatusReason } from '../src/participant-record/participant-record.enums';
import { NEVER_WAITING, nextWaitingState } from '../src/participant-record/waiting';
import { changed, topicLine, tombstone } from './fixtures';

const settings = { allowRealIdentityNumbers: false, personRefKey: DEVELOPMENT_PERSON_REF_KEY };
const parse = (line: unknown) => parseTopicLine(typeof line === 'string' ? line : JSON.stringify(line), settings);
// A number of the real register's shape (month 01, not + 80), made up here; no person is named by it.
const real = [...Array(400).keys()].map((n) => withCheckDigits(`010190${100 + n}`)).find(Boolean)!;
const codeOf = (line: TopicLine) => (line.kind === 'rejected' ? line.code : line.kind);

describe('reading a line of NAV’s participant topic', () => {
  it('reads a valid record and replaces the identity number by its pseudonym', () => {
    const line = topicLine({
      deltakelsesmengder: [{ deltakelsesprosent: 60, dagerPerUke: 3, gyldigFra: '2026-09-01' }],
    });
    const parsed = parse(line);
    expect(parsed.kind).toBe('value');
    if (parsed.kind !== 'value') return;
    expect(parsed.record.personRef).toBe(personRef(line.value.personIdent, DEVELOPMENT_PERSON_REF_KEY));
    expect(JSON.stringify(parsed)).not.toContain(line.value.personIdent);
    expect(parsed.record.extent).toEqual([{ percent: 60, daysPerWeek: 3, validFrom: '2026-09-01' }]);
    // NAV's times are Norwegian local time: 10:00 in September is 08:00 UTC (summer time).
    expect(parsed.record.changedAt.toISOString()).toBe('2026-09-01T08:00:00.000Z');
  });

  it('reads a tombstone', () => {
    const line = tombstone(topicLine().key);
    expect(parse(line)).toEqual({ kind: 'tombstone', key: line.key });
  });

  const cases: [string, unknown, string][] = [
    ['malformed JSON', '{"key": "abc", "value": ', 'MALFORMED_JSON'],
    ['a JSON value that is not an object', '[1, 2]', 'MALFORMED_JSON'],
    ['a key that is not a UUID', { ...topicLine(), key: 'deltaker-1' }, 'INVALID_RECORD'],
    ['a value that is not an object', { key: topicLine().key, value: 'x' }, 'INVALID_RECORD'],
    ['a key that differs from value.id', { ...topicLine(), key: topicLine().key }, 'KEY_MISMATCH'],
    ['a missing endretDato', topicLine({ endretDato: undefined as never }), 'INVALID_RECORD'],
    ['a startDato that is not a date', topicLine({ startDato: '2026-02-30' }), 'INVALID_RECORD'],
    ['an unknown source', topicLine({ kilde: 'EXCEL' as never }), 'INVALID_RECORD'],
    ['a gjennomforingId that is not a UUID', topicLine({ gjennomforingId: '2016/104411' }), 'INVALID_RECORD'],
    [
      'an extent above 100 %',
      topicLine({ deltakelsesmengder: [{ deltakelsesprosent: 120, dagerPerUke: 5, gyldigFra: '2026-01-01' }] }),
      'INVALID_RECORD',
    ],
    ['an identity number with wrong check digits', topicLine({ personIdent: '12345678901' }), 'INVALID_PERSON_IDENT'],
    ['a real identity number outside production', topicLine({ personIdent: real }), 'INVALID_PERSON_IDENT'],
    ['an unknown status', changed(topicLine(), 'PAUSE', '2026-09-02T10:00:00'), 'UNKNOWN_STATUS'],
    [
      'an unknown reason',
      changed(topicLine(), 'HAR_SLUTTET', '2026-09-02T10:00:00', { aarsak: 'FLYTTET' }),
      'UNKNOWN_REASON',
    ],
    [
      'a reason with a status that has none',
      changed(topicLine(), 'DELTAR', '2026-09-02T10:00:00', { aarsak: 'SYK' }),
      'REASON_NOT_ALLOWED',
    ],
    [
      'ANNET without text',
      changed(topicLine(), 'IKKE_AKTUELL', '2026-09-02T10:00:00', { aarsak: 'ANNET' }),
      'REASON_TEXT_REQUIRED',
    ],
    [
      'free text with another reason than ANNET',
      changed(topicLine(), 'HAR_SLUTTET', '2026-09-02T10:00:00', { aarsak: 'SYK', beskrivelse: 'Lang sykemelding' }),
      'REASON_TEXT_NOT_ALLOWED',
    ],
    ['sluttDato before startDato', topicLine({ startDato: '2026-09-01', sluttDato: '2026-08-31' }), 'END_BEFORE_START'],
  ];
  it.each(cases)('rejects %s', (_name, line, code) => {
    const parsed = parse(line);
    expect(codeOf(parsed)).toBe(code);
    if (parsed.kind === 'rejected') expect(parsed.reason.length).toBeGreaterThan(10);
  });

  it('accepts a real identity number where real numbers are allowed (production)', () => {
    const line = topicLine({ personIdent: real });
    expect(parseTopicLine(JSON.stringify(line), { ...settings, allowRealIdentityNumbers: true }).kind).toBe('value');
  });

  it('accepts ANNET with text, and a reason with a final status', () => {
    const line = changed(topicLine(), 'IKKE_AKTUELL', '2026-09-02T10:00:00', {
      aarsak: 'ANNET',
      beskrivelse: 'Flyttet',
    });
    expect(codeOf(parse(line))).toBe('value');
    expect(codeOf(parse(changed(topicLine(), 'HAR_SLUTTET', '2026-09-02T10:00:00', { aarsak: 'FATT_JOBB' })))).toBe(
      'value',
    );
  });

  it('never repeats the identity number in a rejection, not even of malformed JSON', () => {
    const ident = syntheticIdentityNumber('1990-01-01', 300);
    const broken = `{"key": "x", "value": {"personIdent": "${ident}", `;
    const invalid = topicLine({ personIdent: ident, startDato: 'soon' });
    for (const line of [broken, invalid]) expect(JSON.stringify(parse(line))).not.toContain(ident);
  });
});

describe('NAV timestamps', () => {
  it('reads local Norwegian time in winter and summer, and explicit zones', () => {
    expect(parseNavDateTime('2026-01-15T09:30:00')?.toISOString()).toBe('2026-01-15T08:30:00.000Z');
    expect(parseNavDateTime('2026-07-15T09:30:00.123456')?.toISOString()).toBe('2026-07-15T07:30:00.123Z');
    expect(parseNavDateTime('2026-07-15T09:30:00Z')?.toISOString()).toBe('2026-07-15T09:30:00.000Z');
    expect(parseNavDateTime('2026-07-15T09:30:00+02:00')?.toISOString()).toBe('2026-07-15T07:30:00.000Z');
    expect(parseNavDateTime('2026-02-30T09:30:00')).toBeNull();
    expect(parseNavDateTime('15.07.2026 09:30')).toBeNull();
  });
});

describe('waiting-list transitions', () => {
  const { VENTELISTE, DELTAR, IKKE_AKTUELL, HAR_SLUTTET } = NavParticipantStatus;
  it('starts waiting on VENTELISTE, and leaves with the first other status and its reason', () => {
    const waiting = nextWaitingState(NEVER_WAITING, VENTELISTE, null, '2026-03-02');
    expect(waiting).toEqual({ waitingSince: '2026-03-02', waitingLeftOn: null, waitingLeftReason: null });
    const left = nextWaitingState(waiting, IKKE_AKTUELL, NavStatusReason.FATT_JOBB, '2026-05-01');
    expect(left).toEqual({
      waitingSince: '2026-03-02',
      waitingLeftOn: '2026-05-01',
      waitingLeftReason: 'IKKE_AKTUELL/FATT_JOBB',
    });
    // Later statuses do not rewrite why the list was left.
    expect(nextWaitingState(left, HAR_SLUTTET, NavStatusReason.SYK, '2027-01-01')).toEqual(left);
  });

  it('leaves a record that was never waiting alone', () => {
    expect(nextWaitingState(NEVER_WAITING, DELTAR, null, '2026-03-02')).toEqual(NEVER_WAITING);
  });
});
