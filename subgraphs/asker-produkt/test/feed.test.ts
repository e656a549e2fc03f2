import { demoOfferId } from '@veiinn/demo-data';
import { FEED_PROTOCOL, type FeedPageDto } from '@veiinn/kit';
import { startTestAskerProdukt, type TestAskerProdukt } from './support';

describe("Asker Produkt's change feed", () => {
  let asker: TestAskerProdukt;
  beforeAll(async () => {
    asker = await startTestAskerProdukt();
  });
  afterAll(() => asker.stop());

  const page = async (query: string) => {
    const response = await fetch(`${asker.origin}/feed?${query}`);
    return { status: response.status, body: (await response.json()) as FeedPageDto };
  };

  it('publishes its two offers first, then every placement, in order, so the hub can list them', async () => {
    const total = await asker.feedCount();
    const { status, body } = await page('after=0&limit=1000');
    expect([status, body.protocol, body.head]).toEqual([200, FEED_PROTOCOL, total]);
    expect(body.events.map((e) => e.sequence)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(body.events.slice(0, 2).map((e) => [e.type, e.id])).toEqual([
      ['offer', demoOfferId('asker-vta')],
      ['offer', demoOfferId('asker-aft')],
    ]);
    expect(body.events.slice(2).every((e) => e.type === 'placement')).toBe(true);
    expect(body.events[0].data).toMatchObject({
      kind: 'VTA',
      title: { nb: 'Varig tilrettelagt arbeid (VTA) i Asker Produkt' },
      site: 'Solbråveien 32a, Asker',
      places: 41,
      decidedBy: 'NAV',
    });
    expect(body.events[2].data).toEqual({
      participantId: expect.any(String),
      offerId: demoOfferId('asker-vta'),
      startDate: expect.any(String),
      endDate: null,
      hoursPerWeek: 18.75,
      daysPerWeek: null,
    });
  });

  it('pages with the head on every page, and answers a bad cursor with 400', async () => {
    const first = await page('after=0&limit=3');
    expect(first.body.events.map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect((await page('after=3&limit=3')).body.events[0].sequence).toBe(4);
    expect((await page('after=-1')).status).toBe(400);
  });
});
