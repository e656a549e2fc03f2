import { ErrorCode, PLACEMENT_PROTOCOL, PLACEMENT_PROTOCOL_HEADER } from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { excerpt, isJson, type Answer, type GraphQLBody, type Probe } from './probe';
import { fail, notChecked, run, type CheckResult } from './result';
import { expectUnauthenticated } from './trust';

/** Passes when `answer` is a refusal of the error contract with `status`, `code` and the protocol's header. */
function expectRefusal(answer: Answer, what: string, status: number, code: string): string {
  if (answer.status !== status)
    return fail(`${what} got HTTP ${answer.status}, not ${status}: ${excerpt(answer.text)}`);
  if (!isJson(answer)) return fail(`${what} got an answer that is not JSON: ${excerpt(answer.text)}`);
  const found = (answer.json as GraphQLBody).errors?.[0]?.extensions?.code;
  if (found !== code) return fail(`${what} got errors[0].extensions.code ${JSON.stringify(found)}, not ${code}`);
  if (answer.protocol !== PLACEMENT_PROTOCOL) {
    return fail(
      `${what} got ${PLACEMENT_PROTOCOL_HEADER} ${JSON.stringify(answer.protocol)}, not ${PLACEMENT_PROTOCOL}`,
    );
  }
  return `${status} ${code}`;
}

/** Passes when `answer` is the protocol's terms: what a placement needs (three booleans) and the groups. */
function expectTerms(answer: Answer): string {
  if (answer.status !== 200) return fail(`GET /placements/terms got HTTP ${answer.status}: ${excerpt(answer.text)}`);
  if (!isJson(answer)) return fail(`GET /placements/terms got an answer that is not JSON: ${excerpt(answer.text)}`);
  const terms = answer.json as { protocol?: unknown; needs?: Record<string, unknown>; groups?: unknown };
  if (terms.protocol !== PLACEMENT_PROTOCOL || answer.protocol !== PLACEMENT_PROTOCOL)
    return fail(`GET /placements/terms does not name ${PLACEMENT_PROTOCOL} in its body and header`);
  const needs = ['group', 'daysPerWeek', 'hoursPerWeek'];
  if (!terms.needs || needs.some((k) => typeof terms.needs![k] !== 'boolean'))
    return fail(`"needs" must have ${needs.join(', ')} as true or false: ${excerpt(answer.text)}`);
  if (!Array.isArray(terms.groups)) return fail('"groups" must be a list');
  const bad = terms.groups.find(
    (g: { id?: unknown; offerId?: unknown } | null) =>
      typeof g?.id !== 'string' || (g.offerId !== null && typeof g.offerId !== 'string'),
  );
  if (bad !== undefined)
    return fail(`a group must have an id and an offerId (or null): ${excerpt(JSON.stringify(bad))}`);
  return `needs ${needs.filter((k) => terms.needs![k]).join(', ') || 'nothing more'}; ${terms.groups.length} groups`;
}

/**
 * The placement protocol (`veiinn-placement/1`, docs/partners.md): only what can be asked without writing. Its
 * routes refuse callers other than the hub, a request with invalid fields and the end or extent change of an
 * unknown placement, and its terms have the protocol's shape; a
 * subgraph that does not serve `/placements` at all (404: a provider that takes no placements, as NAV's) is not
 * checked. Placing, its refusals by rule and the idempotent repeat need writes, which the suite never makes.
 */
export async function checkPlacement(probe: Probe, results: CheckResult[]): Promise<void> {
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
  await run(results, 'placement', 'placement.protocol', 'places, changes and ends a decided place', async () =>
    notChecked(
      'not checked yet: placing, GROUP_FULL, ALREADY_PLACED and the idempotent repeat need writes, which the suite never makes',
    ),
  );
}
