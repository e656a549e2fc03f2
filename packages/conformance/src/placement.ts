import { ErrorCode } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import type { FeedSeen } from './feed';
import { expectRefusal, readTerms } from './placement-answers';
import { checkPlacementWrites } from './placement-writes';
import { excerpt, type Answer, type Probe } from './probe';
import { fail, notChecked, run, type CheckResult } from './result';
import { expectUnauthenticated } from './trust';

/** Passes when `answer` is the protocol's terms, and says what a placement needs and how many groups there are. */
function expectTerms(answer: Answer): string {
  const { needs, groups } = readTerms(answer);
  const needed = (Object.keys(needs) as (keyof typeof needs)[]).filter((k) => needs[k]);
  return `needs ${needed.join(', ') || 'nothing more'}; ${groups.length} groups`;
}

export interface PlacementOptions {
  /** Place, change and end a synthetic participant's placement too (./placement-writes.ts). */
  writes?: boolean;
  /** What the feed checks read: the offers to place in, and the head to read on from. */
  seen?: FeedSeen | null;
}

/**
 * The placement protocol (`veiinn-placement/1`, docs/partners.md): only what can be asked without writing. Its
 * routes refuse callers other than the hub, a request with invalid fields and the end or extent change of an
 * unknown placement, and its terms have the protocol's shape; a
 * subgraph that does not serve `/placements` at all (404: a provider that takes no placements, as NAV's) is not
 * checked. Placing, its refusals by rule and the idempotent repeat need writes, made only with `writes`.
 */
export async function checkPlacement(
  probe: Probe,
  results: CheckResult[],
  options: PlacementOptions = {},
): Promise<void> {
  const place = new URL('/placements', probe.url).href;
  const bare = await probe.post(place, {}, 'none');
  if (bare.status === 404) {
    await run(results, 'placement', 'placement.protocol', 'places, changes and ends a decided place', async () =>
      notChecked('not checked: the subgraph does not serve /placements (404), as a provider that takes no placements'),
    );
    return;
  }
  await run(results, 'placement', 'placement.no-token', 'refuses POST /placements without the hub’s token', async () =>
    expectUnauthenticated(bare, 'POST /placements without a token'),
  );
  await run(
    results,
    'placement',
    'placement.gateway-token',
    'refuses POST /placements with a gateway’s token',
    async () => {
      if (!probe.hasGatewayKey) return notChecked('needs the gateway’s signing key (--key)');
      const answer = await probe.post(place, {}, 'gateway');
      if (answer.status !== 401 && answer.status !== 403) {
        return fail(`POST /placements with the gateway's token got HTTP ${answer.status}: ${excerpt(answer.text)}`);
      }
      return `HTTP ${answer.status}`;
    },
  );
  await run(results, 'placement', 'placement.bad-input', 'refuses invalid fields with 400 BAD_USER_INPUT', async () => {
    if (!probe.hasHubKey) return notChecked('needs the hub’s service key (--hub-key)');
    // Every field wrong, so that no provider could place anything from it.
    const body = { idempotencyKey: 'not a key', participantId: 7, offerId: '', startDate: 'tomorrow' };
    const answer = await probe.post(place, body, 'hub');
    const passed = expectRefusal(answer, 'POST /placements with invalid fields', 400, ErrorCode.BAD_USER_INPUT);
    const fields = (answer.json as { errors: { extensions?: { fields?: unknown } }[] }).errors[0]?.extensions?.fields;
    if (!Array.isArray(fields) || !fields.length) return fail('a BAD_USER_INPUT without extensions.fields');
    return `${passed}, ${fields.length} fields named`;
  });
  await run(results, 'placement', 'placement.unknown-end', 'refuses the end of an unknown placement: 404', async () => {
    if (!probe.hasHubKey) return notChecked('needs the hub’s service key (--hub-key)');
    const id = randomUUID();
    const body = { idempotencyKey: `conformance:${randomUUID()}`, endDate: '2000-01-01', expectedVersion: null };
    const answer = await probe.post(new URL(`/placements/${id}/end`, probe.url).href, body, 'hub');
    return expectRefusal(answer, `POST /placements/${id}/end`, 404, ErrorCode.NOT_FOUND);
  });
  const terms = new URL('/placements/terms', probe.url).href;
  await run(results, 'placement', 'placement.terms', 'answers GET /placements/terms: needs and groups', async () => {
    if (!probe.hasHubKey) return notChecked('needs the hub’s service key (--hub-key)');
    return expectTerms(await probe.get(terms, 'hub'));
  });
  await run(
    results,
    'placement',
    'placement.terms-no-token',
    'refuses GET /placements/terms without a token',
    async () => expectUnauthenticated(await probe.get(terms, 'none'), 'GET /placements/terms without a token'),
  );
  const extent = (id: string) => new URL(`/placements/${id}/extent`, probe.url).href;
  await run(
    results,
    'placement',
    'placement.extent-bad-input',
    'refuses an extent change with invalid fields: 400 BAD_USER_INPUT',
    async () => {
      if (!probe.hasHubKey) return notChecked('needs the hub’s service key (--hub-key)');
      const body = { idempotencyKey: 'not a key', hoursPerWeek: 'many', daysPerWeek: 1.5, from: 'soon' };
      const answer = await probe.post(extent(randomUUID()), body, 'hub');
      return expectRefusal(answer, 'POST /placements/{id}/extent with invalid fields', 400, ErrorCode.BAD_USER_INPUT);
    },
  );
  await run(
    results,
    'placement',
    'placement.unknown-extent',
    'refuses the extent change of an unknown placement: 404',
    async () => {
      if (!probe.hasHubKey) return notChecked('needs the hub’s service key (--hub-key)');
      const id = randomUUID();
      const body = { idempotencyKey: `conformance:${randomUUID()}`, from: '2000-01-01', expectedVersion: null };
      return expectRefusal(
        await probe.post(extent(id), body, 'hub'),
        `POST /placements/${id}/extent`,
        404,
        ErrorCode.NOT_FOUND,
      );
    },
  );
  if (options.writes) {
    await checkPlacementWrites(probe, results, options.seen);
    return;
  }
  await run(results, 'placement', 'placement.protocol', 'places, changes and ends a decided place', async () =>
    notChecked('give --writes against a test environment to check placing, refusals and idempotency'),
  );
}
