/**
 * The hub's feed follower when a provider is away (issue 15): each provider is read on its own, so one whose feed
 * hangs holds up no other; one whose feed fails is tried again later and later (back-off), not every poll interval;
 * and once it answers again it is read as before. Fake feeds of the test's own (plain HTTP servers speaking the feed
 * protocol) stand for the providers: the subject is the follower's timing, not what a page holds.
 */
import { createLogger, FEED_PROTOCOL } from '@veiinn/kit';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { FeedFollower } from '../src/network';
import { startTestIntake, type TestIntake } from './support';

type Behaviour = 'answer' | 'fail' | 'hang';

async function fakeFeed(behaviour: { now: Behaviour }) {
  const held: ServerResponse[] = [];
  const seen = { requests: 0 };
  const server: Server = createServer((_req, res) => {
    seen.requests++;
    if (behaviour.now === 'hang') return void held.push(res);
    if (behaviour.now === 'fail') return void res.writeHead(503).end();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ protocol: FEED_PROTOCOL, head: 0, events: [] }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/feed`,
    seen,
    async stop() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the feed follower with a provider away', () => {
  const behaviours = {
    answers: { now: 'answer' as Behaviour },
    fails: { now: 'fail' as Behaviour },
    hangs: { now: 'hang' as Behaviour },
  };
  let feeds: Record<keyof typeof behaviours, Awaited<ReturnType<typeof fakeFeed>>>;
  let intake: TestIntake;
  let follower: FeedFollower | undefined;

  beforeAll(async () => {
    feeds = {
      answers: await fakeFeed(behaviours.answers),
      fails: await fakeFeed(behaviours.fails),
      hangs: await fakeFeed(behaviours.hangs),
    };
    intake = await startTestIntake({
      catalogue: false,
      feedUrls: {
        'baerum-kommunale-dagtilbud': feeds.answers.url,
        'baerum-arbeidssenter': feeds.fails.url,
        arba: feeds.hangs.url,
      },
    });
  });
  afterAll(async () => {
    for (const feed of Object.values(feeds ?? {})) await feed.stop();
    await follower?.stop();
    await intake?.stop();
  });

  it('reads the others while one hangs, backs off from one that fails, and reads it again once it answers', async () => {
    follower = new FeedFollower(intake.orm, { pollIntervalMs: 50, logger: createLogger('test', 'silent') });
    follower.start();
    await sleep(1_200);
    // About 24 polls in 1.2 s: the answering feed is read on (far more than once), though Arba's never answers.
    expect(feeds.answers.seen.requests).toBeGreaterThanOrEqual(10);
    expect(feeds.hangs.seen.requests).toBe(1);
    // Failing: tried at 0, then after 50, 100, 200, 400 ms... at most 6 times, not 24.
    expect(feeds.fails.seen.requests).toBeGreaterThanOrEqual(3);
    expect(feeds.fails.seen.requests).toBeLessThanOrEqual(6);
    expect(follower.backoffs()['baerum-arbeidssenter']).toMatchObject({ failures: feeds.fails.seen.requests });

    behaviours.fails.now = 'answer';
    // The longest wait so far is 800 ms (with 50 ms polls), then it is read each poll again.
    await sleep(1_300);
    const before = feeds.fails.seen.requests;
    await sleep(500);
    expect(feeds.fails.seen.requests - before).toBeGreaterThanOrEqual(4);
    expect(follower.backoffs()).not.toHaveProperty('baerum-arbeidssenter');
  });
});
