import { demoOfferId } from '@veiinn/demo-data';
import { graphqlData } from '@veiinn/testing';
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

const SET_CAPACITY = /* GraphQL */ `
  mutation SetCapacity($input: DayServicesGroupCapacityInput!) {
    setDayServicesGroupCapacity(input: $input) {
      id
      capacity
      occupied
      free
      version
    }
  }
`;

const START = /* GraphQL */ `
  mutation Start($input: DayServicesStartPlacementInput!) {
    startDayServicesPlacement(input: $input) {
      id
    }
  }
`;

const OFFER_PLACES = /* GraphQL */ `
  query Places($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offer {
        dayServices {
          places
        }
      }
    }
  }
`;

type Group = { id: string; capacity: number | null; occupied: number; free: number | null; version: number };

describe('group capacity at the day services', () => {
  let service: TestDayServices;
  beforeAll(async () => {
    service = await startTestDayServices();
  });
  afterAll(() => service.stop());

  const setCapacity = async (input: Record<string, unknown>) =>
    (await graphqlData<{ setDayServicesGroupCapacity: Group }>(service.url, SET_CAPACITY, { input }))
      .setDayServicesGroupCapacity;
  const placesOf = async (offerKey: string) =>
    (
      await graphqlData<{ _entities: { dayServices: { places: number | null } }[] }>(service.url, OFFER_PLACES, {
        representations: [{ __typename: 'Offer', id: demoOfferId(offerKey) }],
      })
    )._entities[0].dayServices.places;

  it("raises a group's capacity and publishes the offer's new places as a new offer version", async () => {
    const head = await feedHead(service.orm);
    const group = await setCapacity({ groupId: demoGroupId('tur'), capacity: 10, expectedVersion: 1 });
    expect(group).toEqual({ id: demoGroupId('tur'), capacity: 10, occupied: 4, free: 6, version: 2 });
    const events = await feedEventsAfter(service.orm, head);
    expect(events).toEqual([
      {
        sequence: head + 1,
        type: 'offer',
        id: demoOfferId('bjornegard'),
        version: 2,
        data: expect.objectContaining({ title: expect.objectContaining({ nb: 'Bjørnegård aktivitetshus' }) }),
      },
    ]);
    expect(events[0].data?.places).toBe(18);
    expect(await placesOf('bjornegard')).toBe(18);
  });

  it('changes nothing and publishes nothing when the capacity is the same', async () => {
    const head = await feedHead(service.orm);
    expect(await setCapacity({ groupId: demoGroupId('tur'), capacity: 10, expectedVersion: 2 })).toMatchObject({
      version: 2,
    });
    expect(await feedHead(service.orm)).toBe(head);
  });

  it('lowers a capacity to the occupancy, but not below: CAPACITY_BELOW_OCCUPANCY', async () => {
    // Kreativt verksted: four demo placements, all current.
    const error = await expectRefused(service, SET_CAPACITY, {
      input: { groupId: demoGroupId('kreativ'), capacity: 3, expectedVersion: 1 },
    });
    expect(error.extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      rule: 'CAPACITY_BELOW_OCCUPANCY',
      occupied: 4,
    });
    expect(await setCapacity({ groupId: demoGroupId('kreativ'), capacity: 4, expectedVersion: 1 })).toMatchObject({
      capacity: 4,
      free: 0,
      version: 2,
    });
    expect(await placesOf('bjornegard')).toBe(14);
  });

  it('counts placements that start later, too, when lowering a capacity', async () => {
    // Kafédrift: three current demo placements and one that starts next year.
    await graphqlData(service.url, START, {
      input: {
        participantId: randomUUID(),
        offerId: demoOfferId('binna'),
        groupId: demoGroupId('kafe'),
        daysPerWeek: 3,
        startDate: '2027-01-04',
      },
    });
    const error = await expectRefused(service, SET_CAPACITY, {
      input: { groupId: demoGroupId('kafe'), capacity: 3, expectedVersion: 1 },
    });
    expect(error.extensions).toMatchObject({ rule: 'CAPACITY_BELOW_OCCUPANCY', occupied: 4 });
  });

  it('refuses a stale expectedVersion with CONFLICT and the version now stored', async () => {
    const error = await expectRefused(service, SET_CAPACITY, {
      input: { groupId: demoGroupId('tur'), capacity: 12, expectedVersion: 1 },
    });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['an id that is not a UUID', 'kafe'],
  ])('refuses %s with NOT_FOUND', async (_case, groupId) => {
    const error = await expectRefused(service, SET_CAPACITY, { input: { groupId, capacity: 5, expectedVersion: 1 } });
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'DayServicesGroup', id: groupId });
  });

  it.each([-1, 501])('refuses the capacity %d with BAD_USER_INPUT', async (capacity) => {
    const error = await expectRefused(service, SET_CAPACITY, {
      input: { groupId: demoGroupId('kafe'), capacity, expectedVersion: 1 },
    });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['capacity']);
  });
});
