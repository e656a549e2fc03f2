import { demoOfferId, demoPlacementId } from '@veiinn/demo-data';
import { graphqlData } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ActivityPlacement } from '../src/placement/placement.entity';
import { demoGroupId } from '../src/seed/groups';
import { expectRefused, feedEventsAfter, feedHead, startTestDayServices, type TestDayServices } from './support';

const DAYS = /* GraphQL */ `
  mutation Days($input: DayServicesChangePlacementDaysInput!) {
    changeDayServicesPlacementDays(input: $input) {
      id
      daysPerWeek
      version
    }
  }
`;
type Changed = { id: string; daysPerWeek: number; version: number };

/** The provider workspace's change of a placement's days a week (changeDayServicesPlacementDays). */
describe("changing a placement's days a week", () => {
  let service: TestDayServices;
  beforeAll(async () => {
    service = await startTestDayServices();
  });
  afterAll(() => service.stop());

  const version = async (id: string) => (await service.orm.em.fork().findOneOrFail(ActivityPlacement, { id })).version;
  const change = (input: Record<string, unknown>) =>
    graphqlData<{ changeDayServicesPlacementDays: Changed }>(service.url, DAYS, { input }).then(
      (d) => d.changeDayServicesPlacementDays,
    );

  it('changes the days of a running placement, moves its version and publishes it on the feed', async () => {
    const id = demoPlacementId('bkd-02');
    const head = await feedHead(service.orm);
    const before = await version(id);
    expect(await change({ placementId: id, daysPerWeek: 2, expectedVersion: before })).toEqual({
      id,
      daysPerWeek: 2,
      version: before + 1,
    });
    const events = await feedEventsAfter(service.orm, head);
    expect(events.map((e) => [e.type, e.id, e.version])).toEqual([['placement', id, before + 1]]);
    expect(events[0].data).toMatchObject({ daysPerWeek: 2, hoursPerWeek: null });
  });

  it('changes a placement that starts later from its start', async () => {
    const { startDayServicesPlacement: planned } = await graphqlData<{
      startDayServicesPlacement: { id: string; version: number };
    }>(
      service.url,
      'mutation($input: DayServicesStartPlacementInput!) { startDayServicesPlacement(input: $input) { id version } }',
      {
        input: {
          participantId: randomUUID(),
          offerId: demoOfferId('bjornegard'),
          groupId: demoGroupId('tur'),
          daysPerWeek: 2,
          startDate: '2027-03-01',
        },
      },
    );
    expect(await change({ placementId: planned.id, daysPerWeek: 4, expectedVersion: planned.version })).toMatchObject({
      daysPerWeek: 4,
      version: planned.version + 1,
    });
  });

  it('refuses days out of range, a stale version and an unknown placement, and changes nothing', async () => {
    const id = demoPlacementId('bkd-06');
    for (const daysPerWeek of [0, 6]) {
      const bad = await expectRefused(service, DAYS, {
        input: { placementId: id, daysPerWeek, expectedVersion: await version(id) },
      });
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'daysPerWeek' }] });
    }
    const stale = await expectRefused(service, DAYS, {
      input: { placementId: id, daysPerWeek: 3, expectedVersion: 99 },
    });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT' });
    for (const placementId of [randomUUID(), 'bkd-06']) {
      const missing = await expectRefused(service, DAYS, {
        input: { placementId, daysPerWeek: 3, expectedVersion: 1 },
      });
      expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
