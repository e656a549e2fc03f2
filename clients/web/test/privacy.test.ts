import { describe, expect, it } from 'vitest';
import {
  auditCsv,
  auditFilterOf,
  csvCell,
  csvFileName,
  filterProblems,
  osloDateTime,
  participantIdOf,
} from '../src/staff/privacy/logic';

const none = { leser: '', rolle: '', kategori: '', fra: '', til: '' };

describe('the participant id', () => {
  it('takes an id as pasted, trimmed and in lower case', () => {
    expect(participantIdOf(' 9DC7E90E-B4A6-59E9-98A0-45D0D17BC2FD ')).toBe('9dc7e90e-b4a6-59e9-98a0-45d0d17bc2fd');
  });
  it('refuses anything else: a name, a national identity number, a short id', () => {
    for (const text of ['Mats Eikeland', '02910750022', '9dc7e90e-b4a6-59e9-98a0', '']) {
      expect(participantIdOf(text)).toBeNull();
    }
  });
});

describe('the filter from the URL', () => {
  it('is null when nothing is filtered', () => {
    expect(auditFilterOf(none)).toBeNull();
  });
  it('sends reader, role, category and period as the graph names them', () => {
    expect(
      auditFilterOf({
        leser: ' case-worker ',
        rolle: 'nav-staff',
        kategori: 'NAV',
        fra: '2026-11-01',
        til: '2026-11-30',
      }),
    ).toEqual({ readerSub: 'case-worker', role: 'nav-staff', category: 'NAV', from: '2026-11-01', to: '2026-11-30' });
  });
  it('leaves out what the graph would refuse, so a hand-edited URL still shows a log', () => {
    expect(auditFilterOf({ ...none, rolle: 'admin', kategori: 'SECRETS', fra: '1. november' })).toBeNull();
    expect(auditFilterOf({ ...none, fra: '2026-11-05', til: '2026-11-01' })).toEqual({ from: '2026-11-05' });
  });
  it('says at the to date when the period ends before it starts', () => {
    expect(filterProblems({ fra: '2026-11-05', til: '2026-11-01' })).toEqual([{ field: 'til', key: 'toBeforeFrom' }]);
    expect(filterProblems({ fra: '2026-11-01', til: '2026-11-01' })).toEqual([]);
    expect(filterProblems({ fra: '', til: '2026-11-01' })).toEqual([]);
  });
});

describe('the CSV for Excel', () => {
  const headers = {
    readAt: 'Tidspunkt',
    reader: 'Bruker-id',
    roles: 'Roller',
    category: 'Kategori',
    operation: 'Operasjon',
    requestId: 'Forespørsel-id',
    subgraph: 'Tjeneste',
  };
  const row = {
    readAt: '2026-11-23T10:00:00.000Z',
    readerSub: 'nav-staff',
    readerRoles: ['nav-staff'],
    category: 'NAV',
    operationName: 'StaffNavParticipant',
    requestId: 'r-1',
    subgraph: 'nav',
  };
  const names: Record<string, string> = { NAV: 'NAVs opplysninger', IDENTITY: 'Navn og kontaktinfo' };

  it('starts with a byte order mark and a header row, separated by semicolons, lines ended by CRLF', () => {
    const csv = auditCsv([row], headers, (code) => names[code]);
    expect(csv.startsWith('\uFEFFTidspunkt;Bruker-id;Roller;Kategori;Operasjon;Forespørsel-id;Tjeneste\r\n')).toBe(
      true,
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFTidspunkt;Bruker-id;Roller;Kategori;Operasjon;Forespørsel-id;Tjeneste',
      '2026-11-23 11:00:00;nav-staff;nav-staff;NAVs opplysninger;StaffNavParticipant;r-1;nav',
      '',
    ]);
  });
  it('writes every row, several roles in one cell, and an empty cell for a read without an operation name', () => {
    const csv = auditCsv(
      [
        row,
        { ...row, readerSub: 'both', readerRoles: ['nav-staff', 'analyst'], category: 'IDENTITY', operationName: null },
      ],
      headers,
      (code) => names[code],
    );
    expect(csv.split('\r\n')[2]).toBe('2026-11-23 11:00:00;both;nav-staff analyst;Navn og kontaktinfo;;r-1;nav');
  });
  it('quotes a cell with a semicolon, a quote or a line break, and defuses formulas', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('Bærum')).toBe('Bærum');
  });
  it('writes times as Norwegian wall time, summer and winter', () => {
    expect(osloDateTime('2026-07-01T10:00:00.000Z')).toBe('2026-07-01 12:00:00');
    expect(osloDateTime('2026-12-01T23:30:00.000Z')).toBe('2026-12-02 00:30:00');
  });
  it('names the file by the participant and the day', () => {
    expect(csvFileName('9dc7e90e-b4a6-59e9-98a0-45d0d17bc2fd', new Date('2026-12-04T18:00:00Z'))).toBe(
      'innsynslogg-9dc7e90e-2026-12-04.csv',
    );
  });
});
