import { demoPlacementId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { feedAfter, startTestArba, stateOf, type TestArba } from './support';

const EXTEND = `mutation Extend($input: ArbaExtendAftPeriodInput!) {
  extendArbaAftPeriod(input: $input) { id version aftGrantedUntil endDate aftPeriods { kind startDate endDate } }
}`;

type Extended = {
  id: string;
  version: number;
  aftGrantedUntil: string;
  aftPeriods: { kind: string; startDate: string; endDate: string }[];
};

describe('AFT periods', () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  // arba-41 started 2026-01-05: its initial year runs to 2027-01-04.
  const id = demoPlacementId('arba-41');

  async function refused(input: Record<string, unknown>) {
    const before = await stateOf(arba);
    const result = await graphqlRequest(arba.url, EXTEND, { input });
    expect(result.errors).toHaveLength(1);
    expect(result.data).toBeNull();
    expect(await stateOf(arba)).toEqual(before);
    return { ...result.errors![0].extensions, message: result.errors![0].message };
  }

  it('refuses an extension longer than a year with AFT_MAX_DURATION', async () => {
    const failure = await refused({ participationId: id, endDate: '2028-01-05', expectedVersion: 1 });
    expect(failure).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'AFT_MAX_DURATION',
      latestEndDate: '2028-01-04',
    });
  });

  it('refuses an end within the initial period, a VTA placement, an unknown one and a stale version', async () => {
    expect(await refused({ participationId: id, endDate: '2027-01-04', expectedVersion: 1 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endDate', message: expect.stringContaining('2027-01-04') }],
    });
    expect(
      await refused({ participationId: demoPlacementId('arba-30'), endDate: '2027-06-30', expectedVersion: 1 }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'participationId' }] });
    const unknown = randomUUID();
    expect(await refused({ participationId: unknown, endDate: '2027-06-30', expectedVersion: 1 })).toMatchObject({
      code: 'NOT_FOUND',
      typeName: 'ArbaPlacement',
      id: unknown,
    });
    expect(await refused({ participationId: id, endDate: '2027-06-30', expectedVersion: 0 })).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 1,
    });
  });

  it('refuses to extend an AFT participation that has ended', async () => {
    const failure = await refused({
      participationId: demoPlacementId('arba-43'),
      endDate: '2026-12-31',
      expectedVersion: 1,
    });
    expect(failure).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'ALREADY_ENDED' });
  });

  it('extends from the day after the initial year, moves the version and publishes the placement', async () => {
    const head = await arba.feedCount();
    const { extendArbaAftPeriod } = await graphqlData<{ extendArbaAftPeriod: Extended }>(arba.url, EXTEND, {
      input: { participationId: id, endDate: '2027-07-04', expectedVersion: 1 },
    });
    expect(extendArbaAftPeriod).toEqual({
      id,
      version: 2,
      aftGrantedUntil: '2027-07-04',
      endDate: null,
      aftPeriods: [
        { kind: 'INITIAL', startDate: '2026-01-05', endDate: '2027-01-04' },
        { kind: 'EXTENSION', startDate: '2027-01-05', endDate: '2027-07-04' },
      ],
    });
    const events = await feedAfter(arba, head);
    expect(events.map((e) => [e.type, e.recordId, e.version])).toEqual([['placement', id, 2]]);
  });

  it('refuses a second extension with AFT_ONE_EXTENSION', async () => {
    expect(await refused({ participationId: id, endDate: '2027-12-31', expectedVersion: 2 })).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'AFT_ONE_EXTENSION',
    });
    // arba-42 was extended in the seed.
    expect(
      await refused({ participationId: demoPlacementId('arba-42'), endDate: '2027-03-02', expectedVersion: 1 }),
    ).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'AFT_ONE_EXTENSION' });
  });

  it('lets an extended AFT end within the extension', async () => {
    const { endArbaParticipation } = await graphqlData<{ endArbaParticipation: { endDate: string; version: number } }>(
      arba.url,
      'mutation($input: ArbaEndParticipationInput!) { endArbaParticipation(input: $input) { endDate version } }',
      { input: { participationId: id, endDate: '2027-05-14', outcome: 'WORK', expectedVersion: 2 } },
    );
    expect(endArbaParticipation).toEqual({ endDate: '2027-05-14', version: 3 });
  });
});
