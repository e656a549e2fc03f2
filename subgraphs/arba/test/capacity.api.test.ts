import { demoOfferId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ArbaMeasure, ArbaMunicipality } from '../src/common/enums';
import { ArbaParticipation } from '../src/participation/participation.entity';
import { startTestArba, stateOf, type TestArba } from './support';

const START = `mutation Start($input: ArbaStartParticipationInput!) {
  startArbaParticipation(input: $input) { id municipality }
}`;

describe('free places', () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  const vta = demoOfferId('arba-vta');
  const aft = demoOfferId('arba-aft');
  const input = (offerId: string, municipality: string, startDate = '2027-01-04') => ({
    participantId: randomUUID(),
    offerId,
    arenaId: 'montering',
    municipality,
    hoursPerWeek: 30,
    startDate,
  });

  /** Fills an offer with running participations straight in the database, as if they had started long ago. */
  async function fill(
    offerId: string,
    measure: ArbaMeasure,
    municipality: ArbaMunicipality,
    count: number,
    endDate?: string,
  ) {
    const em = arba.orm.em.fork();
    for (let i = 0; i < count; i++) {
      em.create(ArbaParticipation, {
        participantId: randomUUID(),
        offer: offerId,
        arena: 'montering',
        measure,
        municipality,
        hoursPerWeek: 30,
        startDate: '2020-01-06',
        endDate: endDate ?? null,
        aftGrantedUntil: null,
      } as never);
    }
    await em.flush();
  }
  const running = async (offerId: string, municipality: ArbaMunicipality) =>
    arba.orm.em.fork().count(ArbaParticipation, { offer: offerId, municipality, endDate: null });

  async function refused(variables: Record<string, unknown>) {
    const before = await stateOf(arba);
    const result = await graphqlRequest(arba.url, START, { input: variables });
    expect(await stateOf(arba)).toEqual(before);
    return { ...result.errors?.[0].extensions, message: result.errors?.[0].message };
  }

  it("refuses Bærum once its share of VTA is taken, naming Asker's reserved places", async () => {
    // The seed has 10 Bærum and 2 Asker participants in VTA: fill Bærum's 96 places.
    await fill(vta, ArbaMeasure.VTA, ArbaMunicipality.BAERUM, 96 - (await running(vta, ArbaMunicipality.BAERUM)));
    const failure = await refused(input(vta, 'BAERUM'));
    expect(failure).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'NO_FREE_PLACE',
      places: 114,
      reserved: 18,
      municipalityPlaces: 96,
      municipalityTaken: 96,
    });
    expect(failure.message).toContain('18 for Asker kommune');
  });

  it('still takes Asker in its reserved places', async () => {
    const { startArbaParticipation } = await graphqlData<{ startArbaParticipation: { municipality: string } }>(
      arba.url,
      START,
      { input: input(vta, 'ASKER') },
    );
    expect(startArbaParticipation.municipality).toBe('ASKER');
  });

  it('refuses everyone when every place is taken', async () => {
    await fill(vta, ArbaMeasure.VTA, ArbaMunicipality.ASKER, 18 - (await running(vta, ArbaMunicipality.ASKER)));
    const failure = await refused(input(vta, 'ASKER'));
    expect(failure).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'NO_FREE_PLACE', places: 114, taken: 114 });
    expect(failure.message).toContain('all 114 places are taken');
  });

  it('counts a participation until the day it ends: a place is free from the day after', async () => {
    // AFT: 129 places. Five run today; fill the rest with participations that end on 31 January 2027.
    await fill(aft, ArbaMeasure.AFT, ArbaMunicipality.BAERUM, 129 - 5, '2027-01-31');
    expect(await refused(input(aft, 'BAERUM', '2027-01-31'))).toMatchObject({ rule: 'NO_FREE_PLACE', taken: 129 });
    const { startArbaParticipation } = await graphqlData<{ startArbaParticipation: { id: string } }>(arba.url, START, {
      input: input(aft, 'BAERUM', '2027-02-01'),
    });
    expect(startArbaParticipation.id).toEqual(expect.any(String));
  });
});
