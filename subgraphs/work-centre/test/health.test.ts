/**
 * Liveness and readiness (issue 15): a subgraph whose database is gone still answers /health/live (restarting the
 * process would not bring the database back) but not /health/ready or /health, so a proxy or an orchestrator stops
 * sending it traffic; and it says so as JSON, never a hang or an HTML page.
 */
import { startTestWorkCentre, type TestWorkCentre } from './support';

describe('the work centre health routes', () => {
  let service: TestWorkCentre;
  beforeAll(async () => {
    service = await startTestWorkCentre({ seed: false });
  });
  afterAll(async () => {
    await service.stop().catch(() => undefined);
  });

  const status = async (path: string) => {
    const response = await fetch(`${service.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as { status: string; subgraph: string } };
  };

  it('is live and ready while its database answers', async () => {
    expect(await status('/health/live')).toEqual({ status: 200, body: { status: 'ok', subgraph: 'work-centre' } });
    expect(await status('/health/ready')).toEqual({ status: 200, body: { status: 'ok', subgraph: 'work-centre' } });
  });

  it('is live but not ready once its database is gone', async () => {
    // The connection closed under it, as when the database server goes away.
    await service.orm.close(true);
    expect((await status('/health/live')).status).toBe(200);
    for (const path of ['/health/ready', '/health']) {
      expect(await status(path)).toEqual({
        status: 503,
        body: { status: 'unavailable', subgraph: 'work-centre' },
      });
    }
  });
});
