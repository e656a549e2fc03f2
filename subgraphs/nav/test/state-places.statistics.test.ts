import type { EntityManager } from '@mikro-orm/core';
import type { Caller } from '@veiinn/kit';
import {
  createTestSigners,
  differencingAttack,
  graphqlRequest,
  type GraphQLResponse,
  type KnownRelation,
  type TestSigners,
} from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { NavMeasureInstance } from '../src/measure/measure-instance.entity';
import { NavMeasureCode } from '../src/measure/measure.enums';
import { NavParticipantRecord } from '../src/participant-record/participant-record.entity';
import { NavParticipantStatus, NavRecordSource } from '../src/participant-record/participant-record.enums';
import { NavStateVtaAllocation } from '../src/state-places/state-vta-allocation.entity';
import { startTestNav, type TestNav } from './support';

/**
 * NAV's state VTA places in use (issue 18): NAV's VTA participations at the municipality's instances running on the
 * day the places are counted on, by their dates (so a past day is what it was), free = places − in use; exact for
 * the case worker, small counts hidden from the analyst, the public and NAV's staff so that the differencing attack
 * finds nothing; bad periods refused; statements constant in the number of records. Two invented municipalities,
 * Testvik and Fjordby, keep the demo world's records out of the known answers.
 */
const TODAY = '2026-11-23';
const CASE_WORKER: Caller = { sub: 'test-case-worker', roles: ['case-worker'] };
const ANALYST: Caller = { sub: 'test-analyst', roles: ['analyst'] };
const PUBLIC: Caller = { sub: 'anonymous', roles: ['public'] };
const NAV_STAFF: Caller = { sub: 'test-nav', roles: ['nav-staff'] };

const COUNT = '{ value suppressed }';
const PLACES = `{ navStateVtaPlaces { municipality year places inUse ${COUNT} free ${COUNT} } }`;
const OVER_TIME = `query OverTime($period: StatisticsPeriodInput!) {
  navStateVtaPlacesOverTime(period: $period) { period { label asOf } municipality places inUse ${COUNT} free ${COUNT} }
}`;
const MONTHS_2026 = { from: '2026-01-01', to: '2026-12-31', interval: 'MONTH' };

type Count = { value: number | null; suppressed: boolean };
type Allocation = { municipality: string; year: number; places: number; inUse: Count; free: Count };
type PeriodRow = {
  period: { label: string; asOf: string };
  municipality: string;
  places: number;
  inUse: Count;
  free: Count;
};

describe("NAV's state VTA places in use", () => {
  let nav: TestNav;
  let signers: TestSigners;
  const instances = new Map<string, NavMeasureInstance>();

  function addRecords(
    em: EntityManager,
    n: number,
    municipality: string,
    status: NavParticipantStatus,
    startDate: string,
    endDate: string | null,
    deleted = false,
  ) {
    const at = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < n; i++) {
      em.create(NavParticipantRecord, {
        id: randomUUID(),
        measureInstance: instances.get(municipality)!,
        personRef: deleted ? null : `ref-${randomUUID()}`,
        startDate,
        endDate,
        status,
        statusAt: at,
        registeredAt: at,
        changedAt: at,
        source: NavRecordSource.KOMET,
        deletedAt: deleted ? at : null,
      } as never);
    }
  }

  beforeAll(async () => {
    signers = await createTestSigners('nav');
    nav = await startTestNav({ trust: signers.trust, settings: { today: () => TODAY } });
    const em = nav.orm.em.fork();
    for (const [municipality, number] of [
      ['Testvik', '2016/900001'],
      ['Fjordby', '2016/900002'],
      ['Strandli', '2016/900003'],
    ]) {
      instances.set(
        municipality,
        em.create(NavMeasureInstance, {
          id: randomUUID(),
          number,
          measureCode: NavMeasureCode.VARIG_TILRETTELAGT_ARBEID_SKJERMET,
          providerOrganisation: 'testvik-vekst',
          name: 'Varig tilrettelagt arbeid, Testvik Vekst',
          startDate: '2016-01-01',
          places: 30,
          placeOfAttendance: municipality,
        } as never),
      );
    }
    em.create(NavStateVtaAllocation, { municipality: 'Testvik', year: 2026, places: 20 });
    em.create(NavStateVtaAllocation, { municipality: 'Testvik', year: 2025, places: 14 });
    em.create(NavStateVtaAllocation, { municipality: 'Fjordby', year: 2026, places: 6 });
    em.create(NavStateVtaAllocation, { municipality: 'Strandli', year: 2026, places: 30 });
    // Testvik: 12 taking part since June 2025; 3 who left at the end of March 2026; 2 starting in December; one
    // never relevant and one deleted by NAV, neither counted.
    addRecords(em, 12, 'Testvik', NavParticipantStatus.DELTAR, '2025-06-01', null);
    addRecords(em, 3, 'Testvik', NavParticipantStatus.HAR_SLUTTET, '2025-01-01', '2026-03-31');
    addRecords(em, 2, 'Testvik', NavParticipantStatus.VENTER_PA_OPPSTART, '2026-12-01', null);
    addRecords(em, 1, 'Testvik', NavParticipantStatus.IKKE_AKTUELL, '2025-06-01', '2025-06-01');
    addRecords(em, 1, 'Testvik', NavParticipantStatus.DELTAR, '2025-06-01', null, true);
    // Fjordby: 2 of its 6 places in use.
    addRecords(em, 2, 'Fjordby', NavParticipantStatus.DELTAR, '2024-01-01', null);
    // Strandli: 3 of 30 in use, so 27 free would give the 3 away.
    addRecords(em, 3, 'Strandli', NavParticipantStatus.DELTAR, '2024-01-01', null);
    await em.flush();
  });
  afterAll(() => nav?.stop());

  async function as<T>(who: Caller, query: string, variables?: object): Promise<GraphQLResponse<T>> {
    return graphqlRequest<T>(nav.url, query, variables as Record<string, unknown>, await signers.headersFor(who));
  }
  async function data<T>(who: Caller, query: string, variables?: object): Promise<T> {
    const result = await as<T>(who, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }
  const exact = (rows: { municipality: string; places: number; inUse: Count; free: Count }[]) =>
    rows.map((r) => [r.municipality, r.places, r.inUse.value, r.free.value]);

  it("counts each allocation's places in use on its year's last day, or today", async () => {
    const { navStateVtaPlaces } = await data<{ navStateVtaPlaces: Allocation[] }>(CASE_WORKER, PLACES);
    expect(navStateVtaPlaces.map((a) => [a.year, ...exact([a])[0]])).toEqual([
      [2026, 'Fjordby', 6, 2, 4],
      [2026, 'Strandli', 30, 3, 27],
      [2026, 'Testvik', 20, 12, 8],
      // On 31 December 2025, 15 in use of 14 places: free is 0, not below.
      [2025, 'Testvik', 14, 15, 0],
      // The demo world's Bærum allocation of 2021: Arba's VTA participants on 31 December 2021.
      [2021, 'Bærum', 96, 6, 90],
    ]);
  });

  it('counts the places in use by month, as they were on each month’s last day', async () => {
    const { navStateVtaPlacesOverTime: rows } = await data<{ navStateVtaPlacesOverTime: PeriodRow[] }>(
      CASE_WORKER,
      OVER_TIME,
      { period: MONTHS_2026 },
    );
    const testvik = rows.filter((r) => r.municipality === 'Testvik');
    expect(testvik.map((r) => [r.period.label, r.inUse.value, r.free.value])).toEqual([
      ...['01', '02', '03'].map((m) => [`2026-${m}`, 15, 5]),
      ...['04', '05', '06', '07', '08', '09', '10', '11'].map((m) => [`2026-${m}`, 12, 8]),
    ]);
    expect(testvik[10].period.asOf).toBe(TODAY);
    // Only the municipalities with an allocation for 2026; Bærum's is for 2021.
    expect(new Set(rows.map((r) => r.municipality))).toEqual(new Set(['Fjordby', 'Strandli', 'Testvik']));
  });

  it.each([
    ['the analyst', ANALYST],
    ['the public', PUBLIC],
    ["NAV's staff", NAV_STAFF],
  ])('hides small counts from %s so that no hidden count can be worked out', async (_name, who) => {
    const { navStateVtaPlaces } = await data<{ navStateVtaPlaces: Allocation[] }>(who, PLACES);
    const { navStateVtaPlacesOverTime } = await data<{ navStateVtaPlacesOverTime: PeriodRow[] }>(who, OVER_TIME, {
      period: MONTHS_2026,
    });
    const tables = [
      navStateVtaPlaces.map((a) => ({ key: `${a.municipality}:${a.year}`, ...a })),
      navStateVtaPlacesOverTime.map((r) => ({ key: `${r.municipality}:${r.period.label}`, ...r })),
    ];
    for (const rows of tables) {
      const cells = new Map<string, number | null>();
      const relations: KnownRelation[] = [];
      for (const r of rows) {
        cells.set(`${r.key}:inUse`, r.inUse.value);
        cells.set(`${r.key}:free`, r.free.value);
        cells.set(`${r.key}:places`, r.places);
        // Free is places − in use unless capped at 0, which a reader sees.
        if (r.free.value !== 0) {
          relations.push({
            terms: [
              { key: `${r.key}:places`, coef: -1 },
              { key: `${r.key}:inUse`, coef: 1 },
              { key: `${r.key}:free`, coef: 1 },
            ],
          });
        }
      }
      expect([...cells].filter(([k, v]) => !k.endsWith(':places') && v !== null && v > 0 && v < 5)).toEqual([]);
      expect(differencingAttack(cells, relations)).toEqual(new Map());
    }
    const fjordby = navStateVtaPlaces.find((a) => a.municipality === 'Fjordby')!;
    expect(fjordby).toMatchObject({ places: 6, inUse: { value: null, suppressed: true }, free: { suppressed: true } });
    const strandli = navStateVtaPlaces.find((a) => a.municipality === 'Strandli')!;
    expect(strandli).toMatchObject({
      places: 30,
      inUse: { suppressed: true },
      free: { value: null, suppressed: true },
    });
    expect(exact(navStateVtaPlaces.filter((a) => a.municipality === 'Testvik'))).toEqual([
      ['Testvik', 20, 12, 8],
      ['Testvik', 14, 15, 0],
    ]);
  });

  it('refuses a period that ends before it starts with a bilingual BAD_USER_INPUT', async () => {
    const result = await as(PUBLIC, OVER_TIME, { period: { from: '2026-06-01', to: '2026-01-01', interval: 'MONTH' } });
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messages: { nb: expect.stringContaining('før starten'), en: expect.stringContaining('before the start') },
    });
  });

  it('reads with as many statements for 1 000 records as for 10', async () => {
    const counted = async () => {
      nav.sql.reset();
      const [places, overTime] = await Promise.all([
        data<{ navStateVtaPlaces: Allocation[] }>(ANALYST, PLACES),
        data<{ navStateVtaPlacesOverTime: PeriodRow[] }>(ANALYST, OVER_TIME, { period: MONTHS_2026 }),
      ]);
      const fjordby = places.navStateVtaPlaces.find((a) => a.municipality === 'Fjordby')!;
      return { statements: nav.sql.count, inUse: fjordby.inUse.value, rows: overTime.navStateVtaPlacesOverTime.length };
    };
    const em = nav.orm.em.fork();
    await em.nativeUpdate(NavStateVtaAllocation, { municipality: 'Fjordby' }, { places: 2000 });
    addRecords(em, 8, 'Fjordby', NavParticipantStatus.DELTAR, '2024-01-01', null);
    await em.flush();
    const few = await counted();
    addRecords(em, 990, 'Fjordby', NavParticipantStatus.DELTAR, '2024-01-01', null);
    await em.flush();
    const many = await counted();
    expect([few.inUse, many.inUse]).toEqual([10, 1000]);
    expect(many.statements).toBe(few.statements);
    expect(few.statements).toBeLessThanOrEqual(4);
  });
});
