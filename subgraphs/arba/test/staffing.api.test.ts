import { graphqlData } from '@veiinn/testing';
import { startTestArba, type TestArba } from './support';

type Ratio = {
  measure: string;
  arena: { id: string } | null;
  participants: number;
  supervisors: number;
  participantsPerSupervisor: number | null;
  norm: number;
  meetsNorm: boolean;
};
const RATIO = 'measure arena { id } participants supervisors participantsPerSupervisor norm meetsNorm';

describe('arenas and supervisor ratios', () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  it('lists the arenas by name, with their supervisors and staffing per measure', async () => {
    const { arbaArenas } = await graphqlData<{
      arbaArenas: {
        id: string;
        name: string;
        kind: string;
        onlyFor: string | null;
        supervisors: { name: string; measure: string; arena: { id: string } }[];
        supervisorRatios: Ratio[];
      }[];
    }>(
      arba.url,
      `{ arbaArenas { id name kind onlyFor supervisors { name measure arena { id } } supervisorRatios { ${RATIO} } } }`,
    );
    expect(arbaArenas.map((a) => a.name)).toEqual([
      'Arbeidslag hos Carpe Diem',
      'Barnehage',
      'Bruktbutikk',
      'Grafisk',
      'Miljøstasjonen ISI',
      'Montering',
      'Pakking og jobbfrukt',
      'Praksis i lokale bedrifter',
    ]);
    const byId = new Map(arbaArenas.map((a) => [a.id, a]));
    expect(byId.get('carpe-diem')?.kind).toBe('EXTERNAL');
    expect(byId.get('isi')?.kind).toBe('INTERNAL');
    expect(byId.get('lokale-bedrifter')).toMatchObject({ kind: 'EXTERNAL', onlyFor: 'AFT' });
    expect(byId.get('montering')?.supervisors).toEqual([
      { name: 'Kjersti Vangen', measure: 'VTA', arena: { id: 'montering' } },
    ]);
    // Assembly has VTA workers with their supervisor, and one AFT trainee without an AFT supervisor there.
    expect(byId.get('montering')?.supervisorRatios).toEqual([
      {
        measure: 'VTA',
        arena: { id: 'montering' },
        participants: 3,
        supervisors: 1,
        participantsPerSupervisor: 3,
        norm: 5,
        meetsNorm: true,
      },
      {
        measure: 'AFT',
        arena: { id: 'montering' },
        participants: 1,
        supervisors: 0,
        participantsPerSupervisor: null,
        norm: 6,
        meetsNorm: false,
      },
    ]);
  });

  it('gives the ratios per measure, then per arena, from the real counts of today', async () => {
    const { arbaSupervisorRatios } = await graphqlData<{ arbaSupervisorRatios: Ratio[] }>(
      arba.url,
      `{ arbaSupervisorRatios { ${RATIO} } }`,
    );
    const totals = arbaSupervisorRatios.filter((r) => r.arena === null);
    expect(totals).toEqual([
      {
        measure: 'VTA',
        arena: null,
        participants: 12,
        supervisors: 4,
        participantsPerSupervisor: 3,
        norm: 5,
        meetsNorm: true,
      },
      {
        measure: 'AFT',
        arena: null,
        participants: 5,
        supervisors: 1,
        participantsPerSupervisor: 5,
        norm: 6,
        meetsNorm: true,
      },
    ]);
    // The measure's total comes first, then its arenas; the arenas add up to the total.
    expect(arbaSupervisorRatios.map((r, i) => (r.arena === null ? i : -1)).filter((i) => i >= 0)).toEqual([0, 8]);
    expect(arbaSupervisorRatios.slice(1, 8).every((r) => r.measure === 'VTA')).toBe(true);
    for (const total of totals) {
      const arenas = arbaSupervisorRatios.filter((r) => r.measure === total.measure && r.arena !== null);
      expect(arenas.reduce((n, r) => n + r.participants, 0)).toBe(total.participants);
      expect(arenas.reduce((n, r) => n + r.supervisors, 0)).toBe(total.supervisors);
    }
    const below = arbaSupervisorRatios.filter((r) => !r.meetsNorm).map((r) => `${r.measure} ${r.arena?.id}`);
    expect(below).toEqual([
      'VTA barnehage',
      'VTA bruktbutikk',
      'VTA grafisk',
      'AFT bruktbutikk',
      'AFT grafisk',
      'AFT montering',
    ]);
  });

  it('counts who is current on the day: before the latest starts there were fewer', async () => {
    const earlier = await startTestArba({ today: '2026-01-10' });
    try {
      const { arbaSupervisorRatios } = await graphqlData<{ arbaSupervisorRatios: Ratio[] }>(
        earlier.url,
        `{ arbaSupervisorRatios { ${RATIO} } }`,
      );
      // On 10 January 2026: VTA without the start of 2 February (arba-40); AFT with arba-41 (5 January) and
      // arba-42, but not those who started in April, June and September.
      expect(arbaSupervisorRatios.filter((r) => r.arena === null).map((r) => [r.measure, r.participants])).toEqual([
        ['VTA', 11],
        ['AFT', 2],
      ]);
    } finally {
      await earlier.stop();
    }
  });
});
