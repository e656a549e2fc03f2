import { demoOfferId, demoOffers } from '@veiinn/demo-data';
import { appendToFeed, easyReadProblems, FeedEvent, type OfferSnapshot } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { startTestGraph, type TestGraph } from './support';

const OFFERS = `{ offers(first: 100) { totalCount nodes { id source easyRead { nb en } } } }`;
type OffersData = {
  offers: { totalCount: number; nodes: { id: string; source: string; easyRead: { nb: string; en: string } }[] };
};

describe('easy-read texts (lettlest) and the catalogue page through the gateway', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.stop());

  // Every offer a person can find must have its easy-read text: the providers' come only by their feeds (the hub
  // copies them), the others from the hub's own seed; each within the rule, so the page's switch never shows a
  // description in its place or an empty text.
  it('shows every seeded offer with its own easy-read text within 40–80 words, the providers’ by their feeds', async () => {
    const { offers } = await graph.as('applicant').data<OffersData>(OFFERS);
    expect(offers.totalCount).toBe(demoOffers.length);
    for (const seed of demoOffers) {
      const offer = offers.nodes.find((o) => o.id === demoOfferId(seed.key));
      expect(offer?.easyRead).toEqual({ nb: seed.easyRead[0], en: seed.easyRead[1] });
      expect([...easyReadProblems('nb', seed.easyRead[0]), ...easyReadProblems('en', seed.easyRead[1])]).toEqual([]);
    }
    expect(offers.nodes.filter((o) => o.source === 'PROVIDER_FEED').length).toBeGreaterThan(10);
  });

  // The provider owns the text: a change it publishes must reach the catalogue on the hub's next read of its feed.
  it('shows a provider’s new easy-read text in offers { easyRead } after the hub reads its feed', async () => {
    const id = demoOfferId('ba-kort');
    const changed = {
      nb: `${demoOffers.find((o) => o.key === 'ba-kort')!.easyRead[0]} Vi lager også bursdagskort.`,
      en: `${demoOffers.find((o) => o.key === 'ba-kort')!.easyRead[1]} We also make birthday cards.`,
    };
    await graph.subgraphs['work-centre'].orm.em.fork().transactional(async (tx) => {
      const offer = await tx.findOneOrFail<{
        id: string;
        version: number;
        entry: { easyReadNb: string; easyReadEn: string };
      }>('WorkCentreOffer', { id });
      [offer.entry.easyReadNb, offer.entry.easyReadEn] = [changed.nb, changed.en];
      await tx.flush();
      const [last] = await tx.find(FeedEvent, { recordId: id }, { orderBy: { sequence: 'desc' }, limit: 1 });
      const data: OfferSnapshot = { ...(last.data as unknown as OfferSnapshot), easyRead: changed };
      await appendToFeed(tx, [{ type: 'offer', id, version: offer.version, data }]);
    });
    await graph.intake.follower.syncAll();
    const { offers } = await graph.as('applicant').data<OffersData>(OFFERS);
    expect(offers.nodes.find((o) => o.id === id)).toMatchObject({ source: 'PROVIDER_FEED', easyRead: changed });
  });

  // The catalogue page (issue 12) is one GraphQL request: a page of 20 cards with easy-read text, capacity and
  // deadline, sorted by free places, and the facet menus with counts. It must be one fetch to the hub (the cards'
  // fields all live there) and a number of SQL statements that does not grow with the cards.
  it('serves the catalogue page of 20 offers as one request: one fetch to the hub, bounded SQL', async () => {
    const PAGE = `query CataloguePage($first: Int) {
      offers(first: $first, orderBy: FREE_PLACES, filter: { openForApplications: true }) {
        totalCount
        nodes { id kind hoursPerWeek intakeMode nextApplicationDeadline title { nb en } easyRead { nb en }
          provider { id name } capacity { free waiting } }
      }
      offerFacets(filter: { openForApplications: true }) {
        providerCounts { value count } kindCounts { value count } tradeCounts { value count }
        siteCounts { value count } intakeModeCounts { value count }
      }
    }`;
    const measure = async (first: number) => {
      const requestId = randomUUID();
      for (const counter of Object.values(graph.sql)) counter.reset();
      const result = await graph
        .as('applicant')
        .request<{ offers: { nodes: unknown[] } }>(PAGE, { first }, { 'x-request-id': requestId });
      expect(result.errors).toBeUndefined();
      return {
        cards: result.data!.offers.nodes.length,
        fetches: graph.fetches.filter((f) => f.requestId === requestId).map((f) => f.subgraph),
        statements: graph.sql.intake.count,
      };
    };
    const twenty = await measure(20);
    const five = await measure(5);
    expect(twenty.cards).toBe(20);
    expect(twenty.fetches).toEqual(['intake']);
    expect(twenty.statements).toBe(five.statements);
    expect(twenty.statements).toBeLessThanOrEqual(16);
  });
});
