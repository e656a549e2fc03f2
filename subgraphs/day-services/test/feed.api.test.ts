import { demoOfferId, demoPlacementId, demoPlacementsFor } from '@veiinn/demo-data';
import { FEED_PROTOCOL, type FeedPageDto } from '@veiinn/kit';
import { startTestDayServices, type TestDayServices } from './support';

describe('the day-services change feed', () => {
  let service: TestDayServices;
  beforeAll(async () => {
    service = await startTestDayServices();
  });
  afterAll(() => service.stop());

  const read = async (query: string) => {
    const response = await fetch(`${service.feedUrl}?${query}`);
    return {
      status: response.status,
      body: (await response.json()) as FeedPageDto & { errors?: { extensions?: { code?: string } }[] },
    };
  };

  it('pages through the seeded offers and placements in order, with the head on every page', async () => {
    const placements = demoPlacementsFor(['bjornegard', 'binna']);
    const expected = [
      ['offer', demoOfferId('bjornegard')],
      ['offer', demoOfferId('binna')],
      ...placements.map((p) => ['placement', demoPlacementId(p.key)]),
    ];
    const seen: (string | number)[][] = [];
    let after = 0;
    for (;;) {
      const { status, body } = await read(`after=${after}&limit=5`);
      expect(status).toBe(200);
      expect(body.protocol).toBe(FEED_PROTOCOL);
      expect(body.head).toBe(expected.length);
      expect(body.events.length).toBeLessThanOrEqual(5);
      if (body.events.length === 0) break;
      for (const event of body.events) {
        expect(event.sequence).toBe(after + 1);
        after = event.sequence;
        seen.push([event.type, event.id]);
      }
    }
    expect(seen).toEqual(expected);
    expect(after).toBe(expected.length);
  });

  it.each(['after=-1', 'after=abc', 'after=1.5', 'limit=0', 'limit=1001'])(
    'answers %s with 400 and BAD_USER_INPUT',
    async (query) => {
      const { status, body } = await read(query);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );
});
