import { formatReport, runConformance } from '../src';
import { PROVIDERS, startProvider, testKeys, type TestKeys } from './support';

let keys: TestKeys;
beforeAll(async () => {
  keys = await testKeys();
});

describe.each(PROVIDERS)('the conformance suite against $name', (provider) => {
  it('passes every check, the placement protocol’s writes and the cursor after a restart too', async () => {
    const running = await startProvider(provider, keys.trust);
    try {
      const report = await runConformance({
        url: running.url,
        gatewayKey: keys.gatewayKey,
        hubKey: keys.hubKey,
        providerId: provider.providerId,
        entities: provider.entities,
        writes: true,
        restart: () => running.restart(),
      });
      const notPassed = report.results.filter((r) => r.status !== 'pass');
      expect({ name: report.name, notPassed }).toEqual({
        name: provider.name,
        // A full group cannot be made without filling a real one; NAV serves no /placements at all.
        notPassed: [
          expect.objectContaining({
            id: provider.name === 'nav' ? 'placement.protocol' : 'placement.writes.group-full',
            status: 'not-checked',
          }),
        ],
      });
      // Each part of the suite ran, not only the placement note.
      const ids = report.results.map((r) => r.id);
      for (const id of [
        'trust.accepts',
        'feed.paging',
        'federation.composes',
        'errors.unknown-route',
        'descriptions.all',
        'feed.restart',
      ]) {
        expect(ids).toContain(id);
      }
      expect(ids.some((id) => id.startsWith('federation.entities.'))).toBe(true);
      // NAV takes no placements and serves no /placements; the placement providers pass what can be asked of it.
      const placementChecks = [
        'placement.no-token',
        'placement.gateway-token',
        'placement.bad-input',
        'placement.unknown-end',
        'placement.terms',
        'placement.terms-no-token',
        'placement.extent-bad-input',
        'placement.unknown-extent',
        ...['place', 'repeat', 'key-conflict', 'already-placed', 'feed', 'extent', 'stale', 'end'].map(
          (step) => `placement.writes.${step}`,
        ),
      ];
      for (const id of placementChecks) {
        if (provider.name === 'nav') expect(ids).not.toContain(id);
        else expect(ids).toContain(id);
      }
      expect(formatReport(report)).toMatch(/passed, 0 failed, 1 not checked\.$/);
    } finally {
      await running.stop();
    }
  });
});
