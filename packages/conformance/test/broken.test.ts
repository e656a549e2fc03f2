import { formatReport, runConformance, type CheckResult, type ConformanceReport } from '../src';
import { startBrokenSubgraph, type Breakage } from './broken-subgraph';
import { PROVIDERS, startProvider, testKeys, type TestKeys } from './support';

let keys: TestKeys;
const reports: Partial<Record<Breakage, ConformanceReport>> = {};

beforeAll(async () => {
  keys = await testKeys();
  const stranger = await testKeys();
  for (const breakage of ['careless', 'wrong-keys', 'forgetful', 'lax'] as const) {
    const running = await startBrokenSubgraph(breakage, stranger.trust);
    try {
      reports[breakage] = await runConformance({
        url: running.url,
        gatewayKey: keys.gatewayKey,
        hubKey: keys.hubKey,
        writes: true,
      });
    } finally {
      await running.stop();
    }
  }
});

const statusOf = (breakage: Breakage) =>
  Object.fromEntries(reports[breakage]!.results.map((r: CheckResult) => [r.id, r.status]));

describe('the conformance suite against broken subgraphs', () => {
  it('fails a careless subgraph on every part of the contract', () => {
    const report = reports.careless!;
    expect(report.passed).toBe(false);
    expect(statusOf('careless')).toEqual({
      'trust.no-token': 'fail',
      'trust.unknown-key': 'fail',
      'trust.other-audience': 'fail',
      // Without trust a subgraph takes every token, the gateway's too.
      'trust.accepts': 'pass',
      'feed.bad-parameters': 'fail',
      'feed.envelope': 'pass',
      'feed.order': 'fail',
      'feed.reread': 'fail',
      'feed.paging': 'fail',
      'feed.events': 'fail',
      'feed.versions': 'fail',
      'feed.no-token': 'fail',
      'feed.gateway-token': 'fail',
      'federation.service': 'pass',
      'federation.composes': 'fail',
      'federation.entities.Offer': 'fail',
      'errors.malformed-query': 'pass',
      'errors.unknown-field': 'pass',
      'errors.bad-variables': 'pass',
      'errors.not-json': 'pass',
      'errors.unknown-route': 'fail',
      'descriptions.all': 'fail',
      'placement.no-token': 'fail',
      'placement.gateway-token': 'fail',
      'placement.bad-input': 'fail',
      'placement.unknown-end': 'fail',
      'placement.terms': 'fail',
      'placement.terms-no-token': 'fail',
      'placement.extent-bad-input': 'fail',
      'placement.unknown-extent': 'fail',
      // Its terms are not the protocol's, so nothing is placed and the steps after it are not checked.
      'placement.writes.place': 'fail',
      ...Object.fromEntries(
        ['repeat', 'key-conflict', 'already-placed', 'group-full', 'feed', 'extent', 'stale', 'end'].map((step) => [
          `placement.writes.${step}`,
          'not-checked',
        ]),
      ),
      'feed.restart': 'not-checked',
    });
    const reason = (id: string) => report.results.find((r) => r.id === id)!.reason;
    expect(reason('feed.order')).toBe('event after sequence 5 has sequence 4');
    expect(reason('feed.versions')).toBe('offer tiny-offer: version 2 at sequence 3 after 3');
    expect(reason('feed.events')).toMatch(/sequence 4: "occurredAt" must be an ISO 8601 time/);
    expect(reason('errors.unknown-route')).toMatch(/text\/html.*not JSON/);
    expect(reason('descriptions.all')).toBe('4 without a description: Offer, Offer.id, Offer.title, Query.hello');
    expect(reason('federation.entities.Offer')).toBe('Offer tiny-offer resolved to null');
    expect(reason('placement.unknown-end')).toMatch(/^POST \/placements\/[0-9a-f-]+\/end got HTTP 200, not 404/);
    expect(reason('placement.terms')).toMatch(/^GET \/placements\/terms does not name veiinn-placement\/1/);
    expect(reason('placement.unknown-extent')).toMatch(/^POST \/placements\/[0-9a-f-]+\/extent got HTTP 200, not 404/);
    const checklist = formatReport(report);
    expect(checklist).toContain(
      '  ✗ sequences strictly increase, up to the head: event after sequence 5 has sequence 4',
    );
    expect(reason('placement.writes.place')).toMatch(/^GET \/placements\/terms does not name veiinn-placement\/1/);
    expect(reason('placement.writes.repeat')).toBe('nothing was placed (see "places a synthetic participant")');
    expect(checklist).toMatch(/The subgraph does not conform yet\.$/);
  });

  it('fails a subgraph that trusts other keys and speaks another feed protocol', () => {
    expect(statusOf('wrong-keys')).toMatchObject({
      'trust.no-token': 'pass',
      'trust.accepts': 'fail',
      'feed.envelope': 'fail',
      'feed.order': 'not-checked',
      'federation.service': 'fail',
      'errors.not-json': 'fail',
      'errors.unknown-route': 'pass',
      'descriptions.all': 'not-checked',
    });
    const envelope = reports['wrong-keys']!.results.find((r) => r.id === 'feed.envelope')!;
    expect(envelope.reason).toBe('"protocol" is "veiinn-feed/0", not "veiinn-feed/1"');
  });

  it('fails a placement protocol that forgets its keys, or takes any version', () => {
    const writes = (breakage: Breakage) =>
      Object.fromEntries(Object.entries(statusOf(breakage)).filter(([id]) => id.startsWith('placement.writes.')));
    expect(writes('forgetful')).toEqual({
      'placement.writes.place': 'pass',
      'placement.writes.repeat': 'fail',
      'placement.writes.key-conflict': 'fail',
      'placement.writes.already-placed': 'fail',
      'placement.writes.group-full': 'not-checked',
      'placement.writes.feed': 'fail',
      'placement.writes.extent': 'fail',
      'placement.writes.stale': 'not-checked',
      'placement.writes.end': 'pass',
    });
    expect(writes('lax')).toEqual({
      'placement.writes.place': 'pass',
      'placement.writes.repeat': 'pass',
      'placement.writes.key-conflict': 'fail',
      'placement.writes.already-placed': 'fail',
      'placement.writes.group-full': 'not-checked',
      'placement.writes.feed': 'fail',
      'placement.writes.extent': 'pass',
      'placement.writes.stale': 'fail',
      'placement.writes.end': 'fail',
    });
    const reason = (breakage: Breakage, id: string) =>
      reports[breakage]!.results.find((r) => r.id === `placement.writes.${id}`)!.reason;
    expect(reason('forgetful', 'repeat')).toMatch(/^the repeat got HTTP 201, not 200/);
    expect(reason('forgetful', 'feed')).toMatch(/^no placement event for [0-9a-f-]+ after sequence 1$/);
    expect(reason('forgetful', 'extent')).toBe('the version stayed 1 (it was 1)');
    expect(reason('lax', 'key-conflict')).toMatch(/got HTTP 200, not 409/);
    expect(reason('lax', 'already-placed')).toMatch(/got HTTP 201, not 409/);
    expect(reason('lax', 'stale')).toMatch(
      /^POST \/placements\/\{id\}\/extent with version 1 after 2 got HTTP 200, not 409/,
    );
    expect(reason('lax', 'end')).toBe('POST /placements/{id}/end got status "OPEN", not ENDED');
  });

  it('fails the cursor after a restart when the feed comes back different', async () => {
    // The careless feed stamps every read with its time: after any restart its events differ.
    const running = await startBrokenSubgraph('careless');
    try {
      const report = await runConformance({ url: running.url, restart: async () => {} });
      expect(report.results.find((r) => r.id === 'feed.restart')).toMatchObject({
        status: 'fail',
        reason: 'after the restart the feed differs at event 1 (sequence 1)',
      });
    } finally {
      await running.stop();
    }
  });

  it('can fail each check that a provider passes', async () => {
    // The ids a real provider is checked on; each must be failed by one broken subgraph or the other.
    const running = await startProvider(PROVIDERS[2], keys.trust);
    let passedByProvider: string[];
    try {
      const report = await runConformance({
        url: running.url,
        gatewayKey: keys.gatewayKey,
        hubKey: keys.hubKey,
        writes: true,
        restart: () => running.restart(),
      });
      passedByProvider = report.results.filter((r) => r.status === 'pass').map((r) => r.id);
    } finally {
      await running.stop();
    }
    const failedSomewhere = new Set([
      ...Object.values(reports).flatMap((report) => report.results.filter((r) => r.status === 'fail').map((r) => r.id)),
      // Failed by the test above, with a restart of its own.
      'feed.restart',
    ]);
    const neverFailed = passedByProvider.filter((id) => !failedSomewhere.has(id));
    // The entity checks are per type: the careless subgraph's Offer stands for them all.
    expect(neverFailed.filter((id) => !id.startsWith('federation.entities.'))).toEqual([]);
    expect(failedSomewhere).toContain('federation.entities.Offer');
  });
});
