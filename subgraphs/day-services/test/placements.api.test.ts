import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { demoGroupId } from '../src/seed/groups';
import {
  expectRefused,
  feedEventsAfter,
  feedHead,
  fieldsOf,
  startTestDayServices,
  type TestDayServices,
} from './support';

const START = /* GraphQL */ `
  mutation Start($input: DayServicesStartPlacementInput!) {
    startDayServicesPlacement(input: $input) {
      id
      participantId
      daysPerWeek
      startDate
      endDate
      version
      offer {
        id
      }
      group {
        id
        occupied
      }
    }
  }
`;

const END = /* GraphQL */ `
  mutation End($input: DayServicesEndPlacementInput!) {
    endDayServicesPlacement(input: $input) {
      id
      startDate
      endDate
      version
    }
  }
`;

type Placement = { id: string; participantId: string; startDate: string; endDate: string | null; version: number };

const bjornegard = demoOfferId('bjornegard');
const binna = demoOfferId('binna');
const [kreativ, tur, kafe] = ['kreativ', 'tur', 'kafe'].map(demoGroupId);

describe('placements at the day services', () => {
  let service: TestDayServices;
  beforeAll(async () => {
    service = await startTestDayServices();
  });
  afterAll(() => service.stop());

  const start = async (input: Record<string, unknown>) =>
    (await graphqlData<{ startDayServicesPlacement: Placement }>(service.url, START, { input }))
      .startDayServicesPlacement;
  const end = async (input: Record<string, unknown>) =>
    (await graphqlData<{ endDayServicesPlacement: Placement }>(service.url, END, { input })).endDayServicesPlacement;
  const newPlacement = (overrides: Record<string, unknown> = {}) => ({
    participantId: randomUUID(),
    offerId: bjornegard,
    groupId: tur,
    daysPerWeek: 2,
    startDate: '2026-12-01',
    ...overrides,
  });

  it('starts a placement and publishes exactly its placement event', async () => {
    const head = await feedHead(service.orm);
    const input = newPlacement({ daysPerWeek: 4, startDate: '2026-11-23', endDate: '2027-06-30' });
    const placement = await graphqlData<{ startDayServicesPlacement: Record<string, unknown> }>(service.url, START, {
      input,
    });
    expect(placement.startDayServicesPlacement).toEqual({
      id: expect.any(String),
      participantId: input.participantId,
      daysPerWeek: 4,
      startDate: '2026-11-23',
      endDate: '2027-06-30',
      version: 1,
      offer: { id: bjornegard },
      // Four demo placements and this one, which starts today.
      group: { id: tur, occupied: 5 },
    });
    expect(await feedEventsAfter(service.orm, head)).toEqual([
      {
        sequence: head + 1,
        type: 'placement',
        id: placement.startDayServicesPlacement.id,
        version: 1,
        data: {
          participantId: input.participantId,
          offerId: bjornegard,
          startDate: '2026-11-23',
          endDate: '2027-06-30',
          hoursPerWeek: null,
          daysPerWeek: 4,
        },
      },
    ]);
  });

  it.each([
    ['no days a week', { daysPerWeek: 0 }, ['daysPerWeek']],
    ['six days a week', { daysPerWeek: 6 }, ['daysPerWeek']],
    ['an end before the start', { endDate: '2026-11-30' }, ['endDate']],
    ['a participant id that is not a UUID', { participantId: 'p01' }, ['participantId']],
    ['an unknown offer', { offerId: randomUUID() }, ['offerId']],
    ['an offer id of another provider', { offerId: 'arba-vta' }, ['offerId']],
    ['an unknown group', { groupId: randomUUID() }, ['groupId']],
    ['a group of another offer', { groupId: kafe }, ['groupId']],
    ['a group given with the wrong offer', { offerId: binna, groupId: kreativ }, ['groupId']],
    [
      'several problems at once',
      { participantId: '', daysPerWeek: 9, endDate: '2026-01-01', groupId: randomUUID() },
      ['participantId', 'daysPerWeek', 'endDate', 'groupId'],
    ],
  ])('refuses %s with BAD_USER_INPUT on the field, changing nothing', async (_case, overrides, fields) => {
    const error = await expectRefused(service, START, { input: newPlacement(overrides) });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(fields);
  });

  it('refuses a date that is not a calendar date before anything runs', async () => {
    const before = await feedHead(service.orm);
    const result = await graphqlRequest(service.url, START, { input: newPlacement({ startDate: '2026-02-30' }) });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await feedHead(service.orm)).toBe(before);
  });

  it('refuses a second placement of a participant in the same offer that overlaps: ALREADY_PLACED', async () => {
    // p01 has an open-ended place in Kreativt verksted at Bjørnegård.
    const error = await expectRefused(service, START, {
      input: newPlacement({ participantId: demoParticipantId('p01'), startDate: '2030-01-01' }),
    });
    expect(error.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'ALREADY_PLACED',
      placementId: demoPlacementId('bkd-01'),
    });
  });

  it('places a participant again in the same offer after the first placement ends, and in another offer', async () => {
    const participantId = randomUUID();
    await start(newPlacement({ participantId, startDate: '2027-01-04', endDate: '2027-03-31' }));
    for (const [startDate, endDate] of [
      ['2027-03-31', null],
      ['2026-12-01', '2027-01-04'],
      ['2026-12-01', null],
    ]) {
      const error = await expectRefused(service, START, {
        input: newPlacement({ participantId, groupId: kreativ, startDate, endDate }),
      });
      expect(error.extensions?.rule).toBe('ALREADY_PLACED');
    }
    await start(newPlacement({ participantId, groupId: kreativ, startDate: '2027-04-01' }));
    await start(newPlacement({ participantId, groupId: kreativ, startDate: '2026-12-01', endDate: '2027-01-03' }));
    await start(newPlacement({ participantId, offerId: binna, groupId: kafe, startDate: '2027-01-04' }));
  });

  it('refuses a placement in a full group: GROUP_FULL, counting placements not ended before the start', async () => {
    // Kafédrift has 6 places; three demo placements and the one above (from 4 January 2027) are open-ended.
    const ending = await start(newPlacement({ offerId: binna, groupId: kafe, endDate: '2026-12-31' }));
    await start(newPlacement({ offerId: binna, groupId: kafe }));
    const error = await expectRefused(service, START, { input: newPlacement({ offerId: binna, groupId: kafe }) });
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', rule: 'GROUP_FULL', capacity: 6 });
    // From 1 January 2027 the placement that ends on 31 December no longer counts, so there is room again.
    await start(newPlacement({ offerId: binna, groupId: kafe, startDate: '2027-01-01' }));

    // Moving that end later would give the group a seventh participant: refused, as a new placement would be.
    const extended = await expectRefused(service, END, {
      input: { placementId: ending.id, endDate: '2027-02-28', expectedVersion: ending.version },
    });
    expect(extended.extensions?.rule).toBe('GROUP_FULL');
    // Moving it earlier is always possible.
    expect(await end({ placementId: ending.id, endDate: '2026-12-15', expectedVersion: 1 })).toMatchObject({
      endDate: '2026-12-15',
      version: 2,
    });
  });

  it('ends a placement and publishes exactly its new state', async () => {
    const head = await feedHead(service.orm);
    const ended = await end({ placementId: demoPlacementId('bkd-02'), endDate: '2026-12-31', expectedVersion: 1 });
    expect(ended).toEqual({
      id: demoPlacementId('bkd-02'),
      startDate: '2025-08-18',
      endDate: '2026-12-31',
      version: 2,
    });
    expect(await feedEventsAfter(service.orm, head)).toEqual([
      {
        sequence: head + 1,
        type: 'placement',
        id: demoPlacementId('bkd-02'),
        version: 2,
        data: {
          participantId: demoParticipantId('p02'),
          offerId: bjornegard,
          startDate: '2025-08-18',
          endDate: '2026-12-31',
          hoursPerWeek: null,
          daysPerWeek: 4,
        },
      },
    ]);
    // The same end again changes nothing and publishes nothing.
    expect(
      await end({ placementId: demoPlacementId('bkd-02'), endDate: '2026-12-31', expectedVersion: 2 }),
    ).toMatchObject({ version: 2 });
    expect(await feedHead(service.orm)).toBe(head + 1);
  });

  it('refuses a stale expectedVersion with CONFLICT and the version now stored', async () => {
    const error = await expectRefused(service, END, {
      input: { placementId: demoPlacementId('bkd-02'), endDate: '2026-12-24', expectedVersion: 1 },
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['an id that is not a UUID', 'bkd-02'],
  ])('refuses ending %s with NOT_FOUND', async (_case, placementId) => {
    const error = await expectRefused(service, END, {
      input: { placementId, endDate: '2026-12-31', expectedVersion: 1 },
    });
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'DayServicesPlacement', id: placementId });
  });

  it('refuses an end before the start with BAD_USER_INPUT', async () => {
    const error = await expectRefused(service, END, {
      input: { placementId: demoPlacementId('bkd-09'), endDate: '2021-12-31', expectedVersion: 1 },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['endDate']);
  });

  it('refuses moving an end later into another placement of the participant: ALREADY_PLACED', async () => {
    const participantId = randomUUID();
    const first = await start(newPlacement({ participantId, startDate: '2027-01-04', endDate: '2027-01-31' }));
    await start(newPlacement({ participantId, groupId: kreativ, startDate: '2027-02-01' }));
    const error = await expectRefused(service, END, {
      input: { placementId: first.id, endDate: '2027-02-01', expectedVersion: first.version },
    });
    expect(error.extensions?.rule).toBe('ALREADY_PLACED');
  });

  it('lets only one of several simultaneous placements take the last place in a group', async () => {
    // Tur og friluft: capacity 8; count what is not ended before the start, and fill all but one place.
    const from = '2028-01-03';
    const { dayServicesGroups } = await graphqlData<{ dayServicesGroups: { id: string; capacity: number }[] }>(
      service.url,
      '{ dayServicesGroups { id capacity } }',
    );
    expect(dayServicesGroups.find((g) => g.id === tur)?.capacity).toBe(8);
    let refused = 0;
    for (let i = 0; i < 8 && refused === 0; i++) {
      const result = await graphqlRequest(service.url, START, { input: newPlacement({ startDate: from }) });
      if (result.errors) refused++;
    }
    expect(refused).toBe(1);
    // Now free one place by ending a demo placement before `from`, and race six requests for it.
    await end({ placementId: demoPlacementId('bkd-06'), endDate: '2027-12-31', expectedVersion: 1 });
    const head = await feedHead(service.orm);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => graphqlRequest(service.url, START, { input: newPlacement({ startDate: from }) })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.rule)).toEqual(Array(5).fill('GROUP_FULL'));
    expect(await feedHead(service.orm)).toBe(head + 1);
  });

  it('lets only one of two simultaneous ends with the same expectedVersion through', async () => {
    const results = await Promise.all(
      ['2027-05-31', '2027-06-30'].map((endDate) =>
        graphqlRequest(service.url, END, {
          input: { placementId: demoPlacementId('bkd-13'), endDate, expectedVersion: 1 },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
  });
});
