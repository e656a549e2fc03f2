import { demoOfferId, demoPlacementId, demoPlacementsFor } from '@veiinn/demo-data';
import { kindDefaults } from '@veiinn/kit';
import { graphqlData } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { ActivityGroup } from '../src/group/group.entity';
import { DayServicesOffer } from '../src/offer/offer.entity';
import { ActivityPlacement } from '../src/placement/placement.entity';
import { startTestDayServices, type TestDayServices } from './support';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offer {
        id
        dayServices {
          places
          groups {
            name
            occupied
            free
            offer {
              id
            }
          }
        }
      }
      ... on Placement {
        id
        dayServices {
          daysPerWeek
          offer {
            id
          }
          group {
            name
            occupied
          }
        }
      }
    }
  }
`;

type Entity = { id: string; dayServices: object | null } | null;

describe('entity resolution for the gateway', () => {
  let service: TestDayServices;
  const extraOffers: string[] = [];
  const extraPlacements: string[] = [];

  beforeAll(async () => {
    service = await startTestDayServices();
    // More rows than the demo world has, written straight to the database: three offers of ten groups of twelve.
    const em = service.orm.em.fork();
    for (let o = 0; o < 3; o++) {
      const offer = em.create(DayServicesOffer, {
        catalogue: {
          kind: 'ACTIVITY',
          ...kindDefaults('ACTIVITY'),
          titleNb: `Tilbud ${o}`,
          titleEn: `Offer ${o}`,
          descriptionNb: '-',
          descriptionEn: '-',
          eligibilityNb: '-',
          eligibilityEn: '-',
        },
      } as never);
      extraOffers.push(offer.id);
      for (let g = 0; g < 10; g++) {
        const group = em.create(ActivityGroup, {
          offer,
          name: `Gruppe ${o}.${g}`,
          descriptionNb: '-',
          descriptionEn: '-',
          capacity: 12,
        } as never);
        for (let p = 0; p < 4; p++) {
          const placement = em.create(ActivityPlacement, {
            participantId: randomUUID(),
            offer,
            group,
            daysPerWeek: 1 + (p % 5),
            startDate: '2026-01-05',
          } as never);
          extraPlacements.push(placement.id);
        }
      }
    }
    await em.flush();
  });
  afterAll(() => service.stop());

  const demoPlacementIds = demoPlacementsFor(['bjornegard', 'binna']).map((p) => demoPlacementId(p.key));

  /** Representations as the gateway sends them: ours mixed with other providers' ids, some of them not UUIDs. */
  function representations(size: number, only?: 'Offer' | 'Placement') {
    const offers = [demoOfferId('bjornegard'), demoOfferId('binna'), ...extraOffers];
    const placements = [...demoPlacementIds, ...extraPlacements];
    return Array.from({ length: size }, (_, i) => {
      const n = Math.floor(i / 2);
      const typename = only ?? (i % 2 === 0 ? 'Offer' : 'Placement');
      const ours = typename === 'Offer' ? offers[n % offers.length] : placements[n % placements.length];
      const foreign = [ours, randomUUID(), ours, `${typename.toLowerCase()}-${i}`][i % 4];
      return { __typename: typename, id: i % 3 === 2 ? foreign : ours };
    });
  }

  async function resolve(size: number, only?: 'Offer' | 'Placement') {
    const reps = representations(size, only);
    service.sql.reset();
    const data = await graphqlData<{ _entities: Entity[] }>(service.url, ENTITIES, { representations: reps });
    return { reps, entities: data._entities, statements: service.sql.count };
  }

  it('resolves every representation in order, with dayServices only for the day services own records', async () => {
    const { reps, entities } = await resolve(60);
    expect(entities.map((e) => e?.id)).toEqual(reps.map((r) => r.id));
    const ours = new Set([
      demoOfferId('bjornegard'),
      demoOfferId('binna'),
      ...extraOffers,
      ...demoPlacementIds,
      ...extraPlacements,
    ]);
    for (const entity of entities) expect(entity!.dayServices !== null).toBe(ours.has(entity!.id));
    expect(entities.some((e) => e?.dayServices === null)).toBe(true);
  });

  it.each(['Offer', 'Placement'] as const)(
    'batches %s: the SQL statements do not grow with the number of representations',
    async (typename) => {
      const small = await resolve(5, typename);
      const large = await resolve(200, typename);
      expect(large.entities.filter((e) => e?.dayServices).length).toBeGreaterThan(100);
      // The records, their groups, and today's occupancy of those groups: one statement each.
      expect(small.statements).toBe(3);
      expect(large.statements).toBe(small.statements);
    },
  );

  it('batches offers and placements together, too', async () => {
    // Each loader runs once per wave of the query; occupancy may run once for the offers' groups and once for the
    // placements' groups, depending on which of their lookups returns first.
    for (const size of [5, 200]) expect((await resolve(size)).statements).toBeLessThanOrEqual(6);
  });
});
