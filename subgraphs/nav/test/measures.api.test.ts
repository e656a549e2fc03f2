import { demoNavRecords } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { arbaAft, arbaVta, changed, topicLine } from './fixtures';
import { startTestNav, type TestNav } from './support';

interface Instance {
  id: string;
  number: string;
  measureCode: string;
  places: number;
  participants: number;
  waiting: number;
  freePlaces: number;
  offer: { id: string } | null;
  measure: { shortName: string; arenaCode: string | null };
}

const INSTANCES = /* GraphQL */ `
  query Instances($measureCode: NavMeasureCode, $providerOrganisation: String) {
    navMeasureInstances(measureCode: $measureCode, providerOrganisation: $providerOrganisation) {
      id
      number
      measureCode
      providerOrganisation
      status
      startType
      startDate
      places
      openForSignup
      placeOfAttendance
      estimatedWaitWeeks
      participants
      waiting
      freePlaces
      offer {
        id
      }
      measure {
        shortName
        arenaCode
      }
    }
  }
`;
const WAITING_LIST = /* GraphQL */ `
  query WaitingList($id: ID!) {
    navWaitingList(measureInstanceId: $id) {
      position
      since
      recordId
    }
  }
`;

describe('measures and measure instances', () => {
  let nav: TestNav;
  beforeAll(async () => {
    nav = await startTestNav();
  });
  afterAll(() => nav.stop());

  const seededCount = (instanceId: string, status: string) =>
    demoNavRecords.filter((r) => r.value?.gjennomforingId === instanceId && r.value.status.type === status).length;

  it('lists NAV’s four measures with their Arena codes', async () => {
    const { navMeasures } = await graphqlData<{ navMeasures: { code: string; arenaCode: string | null }[] }>(
      nav.url,
      '{ navMeasures { code arenaCode shortName name { nb en } } }',
    );
    expect(navMeasures.map((m) => [m.code, m.arenaCode])).toEqual([
      ['VARIG_TILRETTELAGT_ARBEID_SKJERMET', 'VASV'],
      ['ARBEIDSFORBEREDENDE_TRENING', 'ARBFORB'],
      ['VTAO', 'VATIAROR'],
      ['TILRETTELAGT_ARBEID_ORDINAER', null],
    ]);
  });

  it('counts participants and waiting people per instance, and free places', async () => {
    const { navMeasureInstances } = await graphqlData<{ navMeasureInstances: Instance[] }>(nav.url, INSTANCES);
    expect(navMeasureInstances.map((i) => i.number)).toEqual([
      '2016/104411',
      '2016/208812',
      '2020/100517',
      '2020/208907',
    ]);
    const vta = navMeasureInstances.find((i) => i.id === arbaVta.id)!;
    expect(vta).toMatchObject({
      measureCode: 'VARIG_TILRETTELAGT_ARBEID_SKJERMET',
      places: 114,
      participants: seededCount(arbaVta.id, 'DELTAR'),
      waiting: seededCount(arbaVta.id, 'VENTELISTE'),
      freePlaces: 114 - seededCount(arbaVta.id, 'DELTAR'),
      offer: { id: arbaVta.offerId },
      measure: { shortName: 'VTA', arenaCode: 'VASV' },
    });
    expect(vta.participants).toBeGreaterThan(0);
  });

  it('filters by measure and provider, and finds one instance by id (null for an unknown or foreign id)', async () => {
    const aft = await graphqlData<{ navMeasureInstances: Instance[] }>(nav.url, INSTANCES, {
      measureCode: 'ARBEIDSFORBEREDENDE_TRENING',
      providerOrganisation: 'arba',
    });
    expect(aft.navMeasureInstances.map((i) => i.id)).toEqual([arbaAft.id]);
    const one = await graphqlData<{ a: { number: string } | null; b: null; c: null }>(
      nav.url,
      `query One($id: ID!) {
        a: navMeasureInstance(id: $id) { number }
        b: navMeasureInstance(id: "00000000-0000-4000-8000-000000000000") { number }
        c: navMeasureInstance(id: "arba") { number }
      }`,
      { id: arbaAft.id },
    );
    expect(one).toEqual({ a: { number: '2020/100517' }, b: null, c: null });
  });

  it('never lets free places go below 0', async () => {
    // Asker Produkt's AFT has 12 places; with 13 records taking part the count must stop at 0, not go negative.
    const asker = (
      await graphqlData<{ navMeasureInstances: Instance[] }>(nav.url, INSTANCES, {
        providerOrganisation: 'asker-produkt',
        measureCode: 'ARBEIDSFORBEREDENDE_TRENING',
      })
    ).navMeasureInstances[0];
    const lines = Array.from({ length: asker.places + 1 }, () =>
      changed(topicLine({ gjennomforingId: asker.id }), 'DELTAR', '2026-09-01T08:00:00', { startDato: '2026-09-01' }),
    );
    expect((await nav.ingest(lines)).body.accepted).toBe(asker.places + 1);
    const after = await graphqlData<{ navMeasureInstance: Instance }>(
      nav.url,
      'query($id: ID!) { navMeasureInstance(id: $id) { places participants freePlaces } }',
      { id: asker.id },
    );
    expect(after.navMeasureInstance).toEqual({ places: 12, participants: 13, freePlaces: 0 });
  });

  it('orders a waiting list by waiting time: position 1 has waited longest; no person in it', async () => {
    const before = await graphqlData<{ navWaitingList: { position: number; since: string; recordId: string }[] }>(
      nav.url,
      WAITING_LIST,
      { id: arbaVta.id },
    );
    const seeded = demoNavRecords
      .filter((r) => r.value?.gjennomforingId === arbaVta.id && r.value.status.type === 'VENTELISTE')
      .sort((a, b) => a.value!.status.opprettetDato.localeCompare(b.value!.status.opprettetDato));
    expect(before.navWaitingList).toEqual(
      seeded.map((r, i) => ({ position: i + 1, since: r.value!.status.opprettetDato.slice(0, 10), recordId: r.key })),
    );
    // Someone who has waited since 2024 goes to the front.
    const early = topicLine({ at: '2024-01-15T10:00:00' });
    await nav.ingest([early]);
    const after = await graphqlData<{ navWaitingList: { position: number; recordId: string }[] }>(
      nav.url,
      WAITING_LIST,
      { id: arbaVta.id },
    );
    expect(after.navWaitingList[0]).toMatchObject({ position: 1, recordId: early.key });
    expect(after.navWaitingList).toHaveLength(seeded.length + 1);
  });

  it('gives an empty waiting list for an unknown instance, and the state VTA places', async () => {
    const data = await graphqlData<{ a: unknown[]; b: unknown[]; navStateVtaPlaces: unknown[] }>(
      nav.url,
      `{ a: navWaitingList(measureInstanceId: "00000000-0000-4000-8000-000000000000") { position }
         b: navWaitingList(measureInstanceId: "not-an-id") { position }
         navStateVtaPlaces { municipality year places } }`,
    );
    expect(data).toEqual({ a: [], b: [], navStateVtaPlaces: [{ municipality: 'Bærum', year: 2021, places: 96 }] });
  });

  it('has no field that could return a person’s identity number or pseudonym', async () => {
    const result = await graphqlRequest(nav.url, '{ navWaitingList(measureInstanceId: "x") { personRef } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
