import { demoOfferId, demoOffers, demoPlacementId, demoPlacements } from '@veiinn/demo-data';
import { graphqlData } from '@veiinn/testing';
import { stableId } from '@veiinn/kit';
import { startTestWorkCentre, type TestWorkCentre } from './support';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Offer {
        id
        workCentre {
          places
          sites {
            name
          }
          groups {
            name
            occupied
            free
            site {
              name
            }
            supervisors {
              name
            }
          }
        }
      }
      ... on Placement {
        id
        workCentre {
          hoursPerWeek
          group {
            name
            trade
          }
          trainingCandidacy {
            goal
          }
        }
      }
    }
  }
`;

type Entity = { __typename: string; id: string; workCentre: object | null };

describe('entity resolution for the gateway', () => {
  let workCentre: TestWorkCentre;
  beforeAll(async () => {
    workCentre = await startTestWorkCentre();
  });
  afterAll(() => workCentre.stop());

  /**
   * Every offer and placement of the demo world, the work centre's and everybody else's, padded with ids nobody
   * has (some not even UUIDs) up to `size`: the gateway sends all of a participant's placements to every provider.
   */
  function representations(size: number) {
    const offers = demoOffers.map((o) => ({ __typename: 'Offer', id: demoOfferId(o.key) }));
    const placements = demoPlacements.map((p) => ({ __typename: 'Placement', id: demoPlacementId(p.key) }));
    const padding = Array.from({ length: Math.max(0, size - offers.length - placements.length) }, (_, i) =>
      i % 2
        ? { __typename: 'Offer', id: i % 4 === 1 ? `slug-${i}` : stableId('unknown-offer', String(i)) }
        : { __typename: 'Placement', id: stableId('unknown-placement', String(i)) },
    );
    return [...offers, ...placements, ...padding];
  }

  async function resolve(reps: { __typename: string; id: string }[]) {
    workCentre.sql.reset();
    const data = await graphqlData<{ _entities: Entity[] }>(workCentre.url, ENTITIES, { representations: reps });
    return { entities: data._entities, statements: workCentre.sql.count };
  }

  it('resolves every representation in order, with workCentre null for what is not the work centre', async () => {
    const reps = representations(200);
    const { entities } = await resolve(reps);
    expect(entities).toHaveLength(200);
    expect(entities.map((e) => e.id)).toEqual(reps.map((r) => r.id));
    const ours = entities.filter((e) => e.workCentre !== null);
    // 12 offers and 17 placements of the work centre, nothing else.
    expect(ours.filter((e) => e.__typename === 'Offer')).toHaveLength(12);
    expect(ours.filter((e) => e.__typename === 'Placement')).toHaveLength(17);
  });

  it('batches: the SQL statements do not grow with the number of representations', async () => {
    const small = [
      { __typename: 'Offer', id: demoOfferId('ba-gront') },
      { __typename: 'Offer', id: demoOfferId('arba-vta') },
      { __typename: 'Placement', id: demoPlacementId('ba-11') },
      { __typename: 'Placement', id: demoPlacementId('ba-16') },
      { __typename: 'Placement', id: demoPlacementId('arba-30') },
    ];
    const few = await resolve(small);
    const many = await resolve(representations(200));
    // One SELECT each: offers, their groups, the groups' sites, supervisors, and placements (for occupancy);
    // placements, their groups, and training candidacies. (The query asks for supervisors on one path only: a
    // loader shared by two paths batches them together or not depending on when each path's rows arrive.)
    expect(few.statements).toBe(8);
    expect(many.statements).toBe(few.statements);
  });
});
