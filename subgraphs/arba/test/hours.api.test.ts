import { demoPlacementId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { demoOfferId } from '@veiinn/demo-data';
import { ArbaParticipation } from '../src/participation/participation.entity';
import { feedAfter, startTestArba, stateOf, TEST_TODAY, type TestArba } from './support';

const HOURS = `mutation Hours($input: ArbaChangeParticipationHoursInput!) {
  changeArbaParticipationHours(input: $input) { id hoursPerWeek version startDate endDate }
}`;
type Changed = { id: string; hoursPerWeek: number; version: number };

/** The provider workspace's change of a participation's hours (changeArbaParticipationHours). */
describe("changing a participation's hours a week", () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  const version = async (id: string) => (await arba.orm.em.fork().findOneOrFail(ArbaParticipation, { id })).version;
  const change = (input: Record<string, unknown>) =>
    graphqlData<{ changeArbaParticipationHours: Changed }>(arba.url, HOURS, { input }).then(
      (d) => d.changeArbaParticipationHours,
    );
  async function refused(input: Record<string, unknown>) {
    const before = await stateOf(arba);
    const result = await graphqlRequest(arba.url, HOURS, { input });
    expect(result.errors).toHaveLength(1);
    expect(await stateOf(arba)).toEqual(before);
    return result.errors![0].extensions as Record<string, unknown>;
  }

  it('changes the hours of a running participation, moves its version and publishes it on the feed', async () => {
    const id = demoPlacementId('arba-31');
    const head = await arba.feedCount();
    const before = await version(id);
    const changed = await change({ participationId: id, hoursPerWeek: 18.5, expectedVersion: before });
    expect(changed).toMatchObject({ id, hoursPerWeek: 18.5, version: before + 1 });
    const events = await feedAfter(arba, head);
    expect(events.map((e) => [e.type, e.recordId, e.version])).toEqual([['placement', id, before + 1]]);
    expect(events[0].data).toMatchObject({ hoursPerWeek: 18.5, daysPerWeek: null });
  });

  it('changes a participation that starts later from its start', async () => {
    const { startArbaParticipation: planned } = await graphqlData<{
      startArbaParticipation: { id: string; version: number };
    }>(
      arba.url,
      'mutation($input: ArbaStartParticipationInput!) { startArbaParticipation(input: $input) { id version } }',
      {
        input: {
          participantId: randomUUID(),
          offerId: demoOfferId('arba-vta'),
          arenaId: 'grafisk',
          hoursPerWeek: 20,
          startDate: '2027-01-04',
        },
      },
    );
    const changed = await change({ participationId: planned.id, hoursPerWeek: 10, expectedVersion: planned.version });
    expect(changed).toMatchObject({ hoursPerWeek: 10, version: planned.version + 1 });
  });

  it('refuses hours out of range, a stale version, an unknown or ended placement, and changes nothing', async () => {
    const id = demoPlacementId('arba-32');
    for (const hoursPerWeek of [0, -2, 40]) {
      const bad = await refused({ participationId: id, hoursPerWeek, expectedVersion: await version(id) });
      expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'hoursPerWeek' }] });
    }
    expect(await refused({ participationId: id, hoursPerWeek: 20, expectedVersion: 99 })).toMatchObject({
      code: 'CONFLICT',
    });
    for (const participationId of [randomUUID(), 'arba-31']) {
      expect(await refused({ participationId, hoursPerWeek: 20, expectedVersion: 1 })).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    const ended = demoPlacementId('arba-43');
    expect(TEST_TODAY > '2025-10-03').toBe(true);
    expect(
      await refused({ participationId: ended, hoursPerWeek: 20, expectedVersion: await version(ended) }),
    ).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'ALREADY_ENDED',
    });
  });
});
