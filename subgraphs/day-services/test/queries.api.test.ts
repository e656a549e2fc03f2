import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { stableId } from '@veiinn/kit';
import { graphqlData } from '@veiinn/testing';
import { startTestDayServices, type TestDayServices } from './support';

const GROUPS = /* GraphQL */ `
  {
    dayServicesGroups {
      id
      name
      description {
        nb
        en
      }
      capacity
      occupied
      free
      version
      offer {
        id
      }
    }
  }
`;

const PLACEMENTS = /* GraphQL */ `
  query Placements($participantId: ID!) {
    dayServicesPlacements(participantId: $participantId) {
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
        name
      }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Offer {
        id
        dayServices {
          id
          places
          groups {
            name
            capacity
            occupied
            free
          }
        }
      }
      ... on Placement {
        id
        dayServices {
          daysPerWeek
          startDate
          endDate
          group {
            name
          }
        }
      }
    }
  }
`;

type Entity = { __typename: string; id: string; dayServices: Record<string, unknown> | null };

describe('day-services queries', () => {
  let service: TestDayServices;
  beforeAll(async () => {
    service = await startTestDayServices();
  });
  afterAll(() => service.stop());

  it('lists the groups by name with capacity, occupancy today and free places', async () => {
    const { dayServicesGroups } = await graphqlData<{ dayServicesGroups: Record<string, unknown>[] }>(
      service.url,
      GROUPS,
    );
    expect(dayServicesGroups).toEqual([
      {
        id: stableId('day-services-group', 'kafe'),
        name: 'Kafédrift',
        description: {
          nb: 'Servering, baking og kundekontakt i kafeen Binna.',
          en: 'Serving, baking and customer contact in the café Binna.',
        },
        capacity: 6,
        occupied: 3,
        free: 3,
        version: 1,
        offer: { id: demoOfferId('binna') },
      },
      expect.objectContaining({ name: 'Kreativt verksted', capacity: 8, occupied: 4, free: 4 }),
      expect.objectContaining({ name: 'Tur og friluft', capacity: 8, occupied: 4, free: 4 }),
    ]);
  });

  it('counts only placements current on the configured day', async () => {
    // Before 17 August 2026, two of the four in Kreativt verksted (p03 and p08) had not started yet.
    const earlier = await startTestDayServices({ today: '2026-08-16' });
    try {
      const { dayServicesGroups } = await graphqlData<{ dayServicesGroups: { name: string; occupied: number }[] }>(
        earlier.url,
        GROUPS,
      );
      expect(dayServicesGroups.find((g) => g.name === 'Kreativt verksted')?.occupied).toBe(2);
    } finally {
      await earlier.stop();
    }
  });

  it("lists a participant's placements; none for an unknown or malformed id", async () => {
    const found = await graphqlData<{ dayServicesPlacements: Record<string, unknown>[] }>(service.url, PLACEMENTS, {
      participantId: demoParticipantId('p03'),
    });
    expect(found.dayServicesPlacements).toEqual([
      {
        id: demoPlacementId('bkd-03'),
        participantId: demoParticipantId('p03'),
        daysPerWeek: 2,
        startDate: '2026-08-17',
        endDate: null,
        version: 1,
        offer: { id: demoOfferId('bjornegard') },
        group: { name: 'Kreativt verksted' },
      },
    ]);
    for (const participantId of [demoParticipantId('p16'), 'not-a-uuid']) {
      const none = await graphqlData<{ dayServicesPlacements: unknown[] }>(service.url, PLACEMENTS, { participantId });
      expect(none.dayServicesPlacements).toEqual([]);
    }
  });

  it("adds dayServices to the hub's offers and placements, null for other providers' ids", async () => {
    const representations = [
      { __typename: 'Offer', id: demoOfferId('bjornegard') },
      { __typename: 'Offer', id: demoOfferId('arba-vta') },
      { __typename: 'Offer', id: 'a-slug-not-a-uuid' },
      { __typename: 'Placement', id: demoPlacementId('bkd-09') },
      { __typename: 'Placement', id: demoPlacementId('ba-16') },
    ];
    const { _entities } = await graphqlData<{ _entities: Entity[] }>(service.url, ENTITIES, { representations });
    expect(_entities.map((e) => [e.__typename, e.id])).toEqual(representations.map((r) => [r.__typename, r.id]));
    expect(_entities[0].dayServices).toEqual({
      id: demoOfferId('bjornegard'),
      places: 16,
      groups: [
        { name: 'Kreativt verksted', capacity: 8, occupied: 4, free: 4 },
        { name: 'Tur og friluft', capacity: 8, occupied: 4, free: 4 },
      ],
    });
    expect(_entities[1].dayServices).toBeNull();
    expect(_entities[2].dayServices).toBeNull();
    expect(_entities[3].dayServices).toEqual({
      daysPerWeek: 3,
      startDate: '2022-01-10',
      endDate: null,
      group: { name: 'Kafédrift' },
    });
    expect(_entities[4].dayServices).toBeNull();
  });
});
