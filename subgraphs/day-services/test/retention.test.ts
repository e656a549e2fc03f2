/**
 * Every provider with the placement protocol gets the kit's retention rule for its idempotency keys
 * (docs/privacy.md, "Retention"): answers remembered for two years go, newer ones stay, and a dry run changes nothing.
 */
import { PlacementRequestRecord } from '@veiinn/kit';
import { dayServices } from '../src/subgraph';
import { startTestDayServices, type TestDayServices } from './support';

describe('retention in a provider subgraph', () => {
  let running: TestDayServices;
  beforeAll(async () => {
    running = await startTestDayServices({ seed: false });
  });
  afterAll(() => running.stop());

  it('removes the placement protocol’s answers older than two years, and only those', async () => {
    const em = running.orm.em.fork();
    const answer = (key: string, createdAt: string) =>
      em.create(PlacementRequestRecord, {
        idempotencyKey: key,
        operation: 'place',
        requestHash: 'a'.repeat(64),
        answer: { placementId: key },
        createdAt: new Date(createdAt),
      });
    answer('old', '2024-11-01T10:00:00Z');
    answer('recent', '2026-06-01T10:00:00Z');
    await em.flush();
    const keys = async () =>
      (await running.orm.em.fork().find(PlacementRequestRecord, {}, { orderBy: { idempotencyKey: 'asc' } })).map(
        (r) => r.idempotencyKey,
      );

    const dryRun = await dayServices.runRetention(running.orm.em, { today: '2026-12-02', apply: false });
    expect(dryRun.rules).toEqual([
      expect.objectContaining({ module: 'day-services', name: 'PLACEMENT_REQUESTS', days: 730, count: 1 }),
    ]);
    expect(await keys()).toEqual(['old', 'recent']);

    const applied = await dayServices.runRetention(running.orm.em, { today: '2026-12-02', apply: true });
    expect(applied.rules[0]).toMatchObject({ name: 'PLACEMENT_REQUESTS', count: 1 });
    expect(await keys()).toEqual(['recent']);
  });
});
