import { demoOfferId, demoPlacementId } from '@veiinn/demo-data';
import { FEED_PROTOCOL, type FeedPageDto } from '@veiinn/kit';
import { startTestArba, type TestArba } from './support';

describe("Arba's change feed", () => {
  let arba: TestArba;
  beforeAll(async () => {
    arba = await startTestArba();
  });
  afterAll(() => arba.stop());

  const page = async (query: string) => {
    const response = await fetch(`${arba.origin}/feed?${query}`);
    return {
      status: response.status,
      body: (await response.json()) as FeedPageDto & { errors?: { extensions?: { code?: string } }[] },
    };
  };

  it('pages through the seeded events in order, with the head on every page', async () => {
    const total = await arba.feedCount();
    const seen: FeedPageDto['events'] = [];
    let after = 0;
    for (;;) {
      const { status, body } = await page(`after=${after}&limit=5`);
      expect(status).toBe(200);
      expect(body.protocol).toBe(FEED_PROTOCOL);
      expect(body.head).toBe(total);
      expect(body.events.length).toBeLessThanOrEqual(5);
      if (body.events.length === 0) break;
      seen.push(...body.events);
      after = body.events.at(-1)!.sequence;
    }
    expect(seen.map((e) => e.sequence)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    // The offers first, then the placements: 4 offers and 18 placements in the demo world.
    expect(seen.map((e) => e.type)).toEqual([...Array(4).fill('offer'), ...Array(total - 4).fill('placement')]);
    expect(seen.every((e) => e.version === 1)).toBe(true);
  });

  it('publishes whole offers and placements', async () => {
    const { body } = await page('after=0&limit=1000');
    const vta = body.events.find((e) => e.id === demoOfferId('arba-vta'));
    expect(vta?.data).toMatchObject({
      kind: 'VTA',
      title: { nb: 'Varig tilrettelagt arbeid (VTA) i Arba' },
      intakeMode: 'CONTINUOUS',
      decidedBy: 'NAV',
      places: 114,
      openForApplications: true,
    });
    expect(body.events.find((e) => e.id === demoOfferId('arba-ung-i-jobb'))?.data).toMatchObject({
      kind: 'YOUTH_PROGRAMME',
      places: null,
    });
    expect(body.events.find((e) => e.id === demoPlacementId('arba-43'))?.data).toEqual({
      participantId: expect.any(String),
      offerId: demoOfferId('arba-aft'),
      startDate: '2025-01-06',
      endDate: '2025-10-03',
      hoursPerWeek: 30,
      daysPerWeek: null,
    });
  });

  it('answers a bad cursor or limit with 400 and BAD_USER_INPUT', async () => {
    for (const query of ['after=-1', 'after=abc', 'after=1.5', 'limit=0', 'limit=1001']) {
      const { status, body } = await page(query);
      expect({ query, status, code: body.errors?.[0]?.extensions?.code }).toEqual({
        query,
        status: 400,
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('returns no events after the head', async () => {
    const { body } = await page(`after=${await arba.feedCount()}`);
    expect(body.events).toEqual([]);
  });
});
