import { graphqlData } from '@veiinn/testing';
import { randomUUID } from 'node:crypto';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { Placement } from '../src/network/placement/placement.entity';
import { WaitingEntry } from '../src/network/waiting/waiting-entry.entity';
import { startTestIntake, type TestIntake } from './support';

/**
 * Capacity is counted by the database (network/placement/capacity.loader.ts): the catalogue page with capacity and
 * the capacity overview run as many SQL statements with 10 placements in the index as with 1000, and the counts are
 * those of the rules (current today: occupied; starting later: upcoming; ended: neither; open entries: waiting).
 */
const TODAY = '2026-11-23';

const PAGE = /* GraphQL */ `
  {
    offers(first: 20) {
      nodes {
        id
        capacity {
          places
          occupied
          upcoming
          free
          waiting
        }
      }
    }
  }
`;
const FREE_FIRST = `{ offers(first: 20, orderBy: FREE_PLACES) { nodes { id capacity { free } } } }`;
const OVERVIEW = `{ capacityOverview { places occupied upcoming free waiting provider { id } } }`;

type Capacity = { places: number | null; occupied: number; upcoming: number; free: number | null; waiting: number };

describe('capacity counted in the database', () => {
  let intake: TestIntake;
  let offer: Offer;
  beforeAll(async () => {
    intake = await startTestIntake({ today: TODAY });
    [offer] = await intake.orm.em.fork().find(Offer, { withdrawn: false }, { orderBy: { titleSort: 'asc' }, limit: 1 });
  });
  afterAll(() => intake.stop());

  const counted = async <T>(query: string) => {
    intake.sql.reset();
    const data = await graphqlData<T>(intake.url, query);
    return { data, statements: intake.sql.count };
  };
  const capacityOfOffer = async () =>
    (
      await graphqlData<{ offers: { nodes: { id: string; capacity: Capacity }[] } }>(intake.url, PAGE)
    ).offers.nodes.find((n) => n.id === offer.id)!.capacity;

  async function addPlacements(n: number, period: (i: number) => { startDate: string; endDate: string | null }) {
    const em = intake.orm.em.fork();
    for (let i = 0; i < n; i++) {
      em.create(Placement, {
        id: randomUUID(),
        providerId: offer.provider.id,
        offerId: offer.id,
        participantId: randomUUID(),
        feedVersion: 1,
        updatedAt: new Date(),
        ...period(i),
      });
    }
    await em.flush();
  }

  it('counts occupied, upcoming and waiting by the rules', async () => {
    const before = await capacityOfOffer();
    await addPlacements(3, () => ({ startDate: TODAY, endDate: null }));
    await addPlacements(2, () => ({ startDate: '2026-01-01', endDate: TODAY }));
    await addPlacements(4, () => ({ startDate: '2027-01-04', endDate: null }));
    await addPlacements(5, () => ({ startDate: '2025-01-01', endDate: '2026-11-22' }));
    const em = intake.orm.em.fork();
    const entry = (leftOn: string | null) =>
      em.create(WaitingEntry, {
        id: randomUUID(),
        sourceId: 'nav-baerum',
        offerId: offer.id,
        description: 'Venter på plass',
        since: '2026-10-01',
        leftOn,
        feedVersion: 1,
      } as never);
    entry(null);
    entry('2026-11-01');
    await em.flush();
    const after = await capacityOfOffer();
    expect({
      occupied: after.occupied - before.occupied,
      upcoming: after.upcoming - before.upcoming,
      waiting: after.waiting - before.waiting,
    }).toEqual({ occupied: 5, upcoming: 4, waiting: 1 });
    expect(after.free).toBe(after.places === null ? null : Math.max(after.places - after.occupied - after.upcoming, 0));
  });

  it('runs as many statements with a thousand placements as with ten', async () => {
    const small = [await counted(PAGE), await counted(FREE_FIRST), await counted(OVERVIEW)].map((r) => r.statements);
    await addPlacements(1000, (i) => ({ startDate: i % 2 ? TODAY : '2027-02-01', endDate: null }));
    const large = [await counted(PAGE), await counted(FREE_FIRST), await counted(OVERVIEW)];
    expect(large.map((r) => r.statements)).toEqual(small);
    // The page: offers, their count and one for capacity; the overview: providers, their offers, capacity.
    expect(small[0]).toBeLessThanOrEqual(3);
    expect(small[2]).toBeLessThanOrEqual(3);
  });
});
