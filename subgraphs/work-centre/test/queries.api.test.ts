import { demoOfferId, demoParticipantId, demoPlacementId } from '@veiinn/demo-data';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { startTestWorkCentre, type TestWorkCentre } from './support';

const GROUP_FIELDS = /* GraphQL */ `
  fragment GroupFields on WorkCentreGroup {
    name
    trade
    capacity
    occupied
    free
    site {
      id
      name
    }
    offer {
      id
    }
    supervisors {
      name
    }
  }
`;

const OFFER_DETAIL = /* GraphQL */ `
  query OfferDetail($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offer {
        id
        workCentre {
          id
          places
          version
          sites {
            name
          }
          groups {
            ...GroupFields
          }
        }
      }
    }
  }
  ${GROUP_FIELDS}
`;

const PLACEMENT_DETAIL = /* GraphQL */ `
  query PlacementDetail($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Placement {
        id
        workCentre {
          id
          participantId
          hoursPerWeek
          startDate
          endDate
          version
          offer {
            id
          }
          group {
            name
          }
          trainingCandidacy {
            trade
            goal
            trainingStart
            plannedEnd
          }
        }
      }
    }
  }
`;

type Group = { name: string; occupied: number; free: number | null; capacity: number | null };

describe('reading the work centre', () => {
  let workCentre: TestWorkCentre;
  beforeAll(async () => {
    workCentre = await startTestWorkCentre();
  });
  afterAll(() => workCentre.stop());

  it('lists the four sites in Norwegian order, each with its groups', async () => {
    const data = await graphqlData<{ workCentreSites: { id: string; name: string; groups: { name: string }[] }[] }>(
      workCentre.url,
      '{ workCentreSites { id name groups { name } } }',
    );
    expect(data.workCentreSites).toEqual([
      { id: 'emma-hjorth', name: 'Emma Hjorth', groups: [{ name: 'Grøntgruppa' }, { name: 'Keramikkverkstedet' }] },
      { id: 'personalkantinen', name: 'Personalkantinen', groups: [{ name: 'Personalkantinen' }] },
      { id: 'rud', name: 'Rud', groups: [] },
      {
        id: 'woyen-gard',
        name: 'Wøyen gård',
        groups: [{ name: 'Tekstilverkstedet' }, { name: 'Transport- og servicegruppen' }],
      },
    ]);
  });

  it("counts today's occupancy: the green-space group is full, an ended placement frees its place", async () => {
    const data = await graphqlData<{ workCentreGroups: (Group & Record<string, unknown>)[] }>(
      workCentre.url,
      `query { workCentreGroups(site: "emma-hjorth") { ...GroupFields } } ${GROUP_FIELDS}`,
    );
    expect(data.workCentreGroups.map((g) => g.name)).toEqual(['Grøntgruppa', 'Keramikkverkstedet']);
    expect(data.workCentreGroups[0]).toEqual({
      name: 'Grøntgruppa',
      trade: 'SERVICE',
      capacity: 5,
      occupied: 5,
      free: 0,
      site: { id: 'emma-hjorth', name: 'Emma Hjorth' },
      offer: { id: demoOfferId('ba-gront') },
      supervisors: [{ name: 'Idun Flatebø' }, { name: 'Severin Langedrag' }],
    });
    const wood = await graphqlData<{ workCentreGroups: Group[] }>(
      workCentre.url,
      '{ workCentreGroups(trade: WOOD) { name capacity occupied free } }',
    );
    // Three placements in the carpentry workshop, one of them ended in 2025.
    expect(wood.workCentreGroups).toEqual([{ name: 'Snekkerverkstedet', capacity: 8, occupied: 2, free: 6 }]);
  });

  it('counts a placement as occupying only from its first day', async () => {
    const before = await startTestWorkCentre({ today: '2026-08-16' });
    try {
      const data = await graphqlData<{ workCentreGroups: Group[] }>(
        before.url,
        '{ workCentreGroups(site: "emma-hjorth") { name occupied free capacity } }',
      );
      // The ceramics workshop's second worker starts on 2026-08-17.
      expect(data.workCentreGroups[1]).toEqual({ name: 'Keramikkverkstedet', occupied: 1, free: 5, capacity: 6 });
    } finally {
      await before.stop();
    }
  });

  it('filters groups by site and trade together; an unknown site gives an empty list', async () => {
    const food = await graphqlData<{ workCentreGroups: { name: string }[] }>(
      workCentre.url,
      '{ workCentreGroups(trade: FOOD) { name } }',
    );
    expect(food.workCentreGroups.map((g) => g.name)).toEqual(['Kaffebaren', 'Lærekandidatene', 'Personalkantinen']);
    const both = await graphqlData<{ workCentreGroups: { name: string }[] }>(
      workCentre.url,
      '{ workCentreGroups(site: "woyen-gard", trade: DESIGN) { name } }',
    );
    expect(both.workCentreGroups).toEqual([{ name: 'Tekstilverkstedet' }]);
    const none = await graphqlData<{ workCentreGroups: unknown[] }>(
      workCentre.url,
      '{ workCentreGroups(site: "sandvika") { name } }',
    );
    expect(none.workCentreGroups).toEqual([]);
    const all = await graphqlData<{ workCentreGroups: unknown[] }>(workCentre.url, '{ workCentreGroups { name } }');
    expect(all.workCentreGroups).toHaveLength(12);
  });

  it('refuses a trade that is not one of the four', async () => {
    const result = await graphqlRequest(workCentre.url, '{ workCentreGroups(trade: METAL) { name } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("adds the work centre's groups and sites to its own offers, and null to everyone else's", async () => {
    const data = await graphqlData<{ _entities: { id: string; workCentre: Record<string, unknown> | null }[] }>(
      workCentre.url,
      OFFER_DETAIL,
      {
        representations: [
          { __typename: 'Offer', id: demoOfferId('ba-gront') },
          { __typename: 'Offer', id: demoOfferId('arba-vta') },
          { __typename: 'Offer', id: 'not-a-uuid' },
          { __typename: 'Offer', id: demoOfferId('ba-kort') },
        ],
      },
    );
    const [gront, arba, slug, kort] = data._entities;
    expect(gront).toMatchObject({
      id: demoOfferId('ba-gront'),
      workCentre: {
        id: demoOfferId('ba-gront'),
        places: 5,
        version: 1,
        sites: [{ name: 'Emma Hjorth' }],
        groups: [{ name: 'Grøntgruppa', occupied: 5, free: 0 }],
      },
    });
    expect(arba).toEqual({ id: demoOfferId('arba-vta'), workCentre: null });
    expect(slug).toEqual({ id: 'not-a-uuid', workCentre: null });
    expect(kort.workCentre).toMatchObject({ places: 8, sites: [], groups: [{ name: 'Kortavdelingen', site: null }] });
  });

  it("adds the work centre's detail to its own placements, with the training candidacy", async () => {
    const data = await graphqlData<{ _entities: { id: string; workCentre: Record<string, unknown> | null }[] }>(
      workCentre.url,
      PLACEMENT_DETAIL,
      {
        representations: [
          { __typename: 'Placement', id: demoPlacementId('ba-11') },
          { __typename: 'Placement', id: demoPlacementId('ba-29') },
          { __typename: 'Placement', id: demoPlacementId('arba-29') },
          { __typename: 'Placement', id: 'arba:2021/4411' },
        ],
      },
    );
    const [candidate, ended, arba, slug] = data._entities;
    expect(candidate.workCentre).toEqual({
      id: demoPlacementId('ba-11'),
      participantId: demoParticipantId('p11'),
      hoursPerWeek: 30,
      startDate: '2025-08-18',
      endDate: null,
      version: 1,
      offer: { id: demoOfferId('ba-laerekandidat') },
      group: { name: 'Lærekandidatene' },
      trainingCandidacy: {
        trade: 'FOOD',
        goal: expect.stringMatching(/^Kompetansebevis/),
        trainingStart: '2025-08-18',
        plannedEnd: '2027-06-30',
      },
    });
    expect(ended.workCentre).toMatchObject({
      participantId: demoParticipantId('p29'),
      endDate: '2025-06-30',
      group: { name: 'Snekkerverkstedet' },
      trainingCandidacy: null,
    });
    expect(arba.workCentre).toBeNull();
    expect(slug).toEqual({ id: 'arba:2021/4411', workCentre: null });
  });
});
