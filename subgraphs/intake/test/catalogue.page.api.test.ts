import { demoOfferId } from '@veiinn/demo-data';
import { type FeedEventDto, type PlacementSnapshot } from '@veiinn/kit';
import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { applyFeedEvents } from '../src/network/feed/apply';
import { Participant } from '../src/people/participant/participant.entity';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { startTestIntake, type TestIntake } from './support';

/** The catalogue page's one request: a page of offer cards and the facet menus with counts. */
const PAGE = /* GraphQL */ `
  query CataloguePage($filter: OfferFilter, $orderBy: OfferOrder, $first: Int, $after: String) {
    offers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        intakeMode
        openForApplications
        hoursPerWeek
        nextApplicationDeadline
        title {
          nb
        }
        easyRead {
          nb
        }
        provider {
          id
          name
        }
        capacity {
          free
          waiting
        }
      }
    }
    offerFacets(filter: $filter) {
      providerCounts {
        value
        count
      }
      kindCounts {
        value
        count
      }
      tradeCounts {
        value
        count
      }
      siteCounts {
        value
        count
      }
      intakeModeCounts {
        value
        count
      }
    }
  }
`;
type Count = { value: string; count: number };
type Node = {
  id: string;
  kind: string;
  intakeMode: string;
  nextApplicationDeadline: string | null;
  title: { nb: string };
  provider: { id: string };
  capacity: { free: number | null };
};
type PageData = {
  offers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };
  offerFacets: Record<'providerCounts' | 'kindCounts' | 'tradeCounts' | 'siteCounts' | 'intakeModeCounts', Count[]>;
};

describe('the catalogue page: sort, free-place filter and facet counts', () => {
  let intake: TestIntake;
  const page = (variables: Record<string, unknown>) => graphqlData<PageData>(intake.url, PAGE, variables);

  beforeAll(async () => {
    intake = await startTestIntake({ today: '2026-11-23' });
    // Three of Arba's VTA places taken (one current, one upcoming, one ended before today, which does not count).
    const em = intake.orm.em.fork();
    const people = await em.find(Participant, {}, { limit: 3, orderBy: { id: 'asc' } });
    const periods: [string, string | null][] = [
      ['2026-01-01', null],
      ['2027-01-04', null],
      ['2025-01-01', '2025-12-31'],
    ];
    const events: FeedEventDto[] = people.map((person, i) => {
      const data: PlacementSnapshot = {
        participantId: person.id,
        offerId: demoOfferId('arba-vta'),
        startDate: periods[i][0],
        endDate: periods[i][1],
        hoursPerWeek: 20,
        daysPerWeek: null,
      };
      return {
        sequence: 100 + i,
        type: 'placement',
        id: `catalogue-page-placement-${i}`,
        version: 1,
        occurredAt: new Date().toISOString(),
        data: data as unknown as Record<string, unknown>,
      };
    });
    await em.transactional(async (tx) => applyFeedEvents(tx, await tx.findOneOrFail(Provider, { id: 'arba' }), events));
  });
  afterAll(() => intake.stop());

  // A pupil looking for a place wants those with room first: the order must be the free places a card shows.
  it('sorts by free places, most first and unpublished last, and pages through without gaps or repeats', async () => {
    const all = (await page({ orderBy: 'FREE_PLACES', first: 100 })).offers;
    const free = all.nodes.map((n) => n.capacity.free);
    const published = free.filter((n): n is number => n !== null);
    expect(published).toEqual([...published].sort((a, b) => b - a));
    expect(free.slice(published.length).every((n) => n === null)).toBe(true);
    expect(all.nodes.find((n) => n.id === demoOfferId('arba-vta'))?.capacity.free).toBe(114 - 2);

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const { offers } = await page({ orderBy: 'FREE_PLACES', first: 7, after });
      paged.push(...offers.nodes.map((n) => n.id));
      after = offers.pageInfo.hasNextPage ? offers.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.nodes.map((n) => n.id));
  });

  it('sorts by the next deadline: main intake (1 February) first, continuous intake last, each by title', async () => {
    const { offers } = await page({ orderBy: 'NEXT_DEADLINE', first: 100 });
    const main = offers.nodes.filter((n) => n.nextApplicationDeadline !== null);
    expect(main.every((n) => n.nextApplicationDeadline === '2027-02-01')).toBe(true);
    expect(offers.nodes.slice(0, main.length)).toEqual(main);
    expect(offers.nodes.slice(main.length).every((n) => n.intakeMode === 'CONTINUOUS')).toBe(true);
    const titles = main.map((n) => n.title.nb);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nb')));
  });

  it('filters on free places: those with free places and the rest add up to the catalogue', async () => {
    const total = (await page({ first: 100 })).offers.totalCount;
    const withFree = (await page({ filter: { hasFreePlaces: true }, first: 100 })).offers;
    const without = (await page({ filter: { hasFreePlaces: false }, first: 100 })).offers;
    expect(withFree.nodes.length).toBeGreaterThan(0);
    expect(withFree.nodes.every((n) => (n.capacity.free ?? 0) > 0)).toBe(true);
    expect(without.nodes.every((n) => !n.capacity.free)).toBe(true);
    expect(withFree.totalCount + without.totalCount).toBe(total);
  });

  // Facets with counts: each menu counts over the other conditions, so choosing another value gives that count.
  it('counts each facet over the filter without its own condition, and each count is what choosing it finds', async () => {
    const filter = { kinds: ['ADAPTED_WORK'], trade: 'Mat' };
    const { offers, offerFacets } = await page({ filter, first: 100 });
    expect(offers.totalCount).toBeGreaterThan(0);
    // Kinds are counted without the kind condition: the activity offers in Mat (Bjørnegård, Binna) show too.
    expect(offerFacets.kindCounts).toEqual(
      expect.arrayContaining([
        { value: 'ADAPTED_WORK', count: offers.totalCount },
        { value: 'ACTIVITY', count: 2 },
      ]),
    );
    for (const [facet, key] of [
      ['kindCounts', 'kinds'],
      ['providerCounts', 'providerIds'],
      ['tradeCounts', 'trade'],
      ['siteCounts', 'site'],
      ['intakeModeCounts', 'intakeMode'],
    ] as const) {
      for (const { value, count } of offerFacets[facet]) {
        const chosen = key === 'kinds' || key === 'providerIds' ? [value] : value;
        const { offers: found } = await page({ filter: { ...filter, [key]: chosen }, first: 1 });
        expect({ facet, value, count: found.totalCount }).toEqual({ facet, value, count });
      }
    }
    const service = offerFacets.tradeCounts.map((c) => c.value);
    expect(service).toEqual(expect.arrayContaining(['Service', 'Mat', 'Design']));
  });

  // The page is one request; its SQL must not grow with the number of offer cards on it (no N+1).
  it('serves a page of 20 offers with facets in as many SQL statements as a page of 5, at most 16', async () => {
    const statements = async (first: number, orderBy: string) => {
      intake.sql.reset();
      const result = await graphqlRequest(intake.url, PAGE, { first, orderBy, filter: { openForApplications: true } });
      expect(result.errors).toBeUndefined();
      return intake.sql.count;
    };
    for (const orderBy of ['TITLE', 'FREE_PLACES', 'NEXT_DEADLINE']) {
      const twenty = await statements(20, orderBy);
      expect({ orderBy, statements: await statements(5, orderBy) }).toEqual({ orderBy, statements: twenty });
      expect(twenty).toBeLessThanOrEqual(16);
    }
  });

  // A link with a cursor from another order would otherwise give a page from nowhere in particular.
  it('refuses a cursor from the title order in the free-places order, in bokmål and English', async () => {
    const { offers } = await page({ first: 2 });
    const result = await graphqlRequest(intake.url, PAGE, { orderBy: 'FREE_PLACES', after: offers.pageInfo.endCursor });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'after', en: 'is a cursor from another order; start from the first page when you change the order.' },
      ],
    });
  });

  it('refuses an unknown sort with a clear error', async () => {
    const result = await graphqlRequest(intake.url, PAGE, { orderBy: 'PRICE' });
    expect(result.errors?.[0].message).toMatch(/OfferOrder/);
  });
});
