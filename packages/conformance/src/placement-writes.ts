import {
  ErrorCode,
  FeedRecordType,
  PLACEMENT_PROTOCOL,
  PlacementErrorCode,
  PlacementRefusalRule,
  type ExtentRequest,
  type PlacementAnswer,
  type PlacementTerms,
  type PlaceRequest,
} from '@veiinn/kit';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { eventProblem, readOn, type FeedSeen } from './feed';
import { expectRefusal, firstError, readTerms } from './placement-answers';
import { excerpt, isJson, type Answer, type Probe } from './probe';
import { fail, notChecked, run, type CheckResult } from './result';

/** Far in the future, so that the synthetic placement is plainly not a real one. */
const START = '2099-01-05';

/** Passes when `answer` is a `PlacementAnswer` with `httpStatus` and `status`; returns it. */
function expectAnswer(answer: Answer, what: string, httpStatus: number, status: string): PlacementAnswer {
  if (answer.status !== httpStatus)
    return fail(`${what} got HTTP ${answer.status}, not ${httpStatus}: ${excerpt(answer.text)}`);
  if (!isJson(answer)) return fail(`${what} got an answer that is not JSON: ${excerpt(answer.text)}`);
  const body = answer.json as Partial<PlacementAnswer>;
  if (body.protocol !== PLACEMENT_PROTOCOL || answer.protocol !== PLACEMENT_PROTOCOL)
    return fail(`${what} does not name ${PLACEMENT_PROTOCOL} in its body and header`);
  if (body.status !== status) return fail(`${what} got status ${JSON.stringify(body.status)}, not ${status}`);
  if (typeof body.placementId !== 'string' || !body.placementId) return fail(`${what} has no "placementId"`);
  if (!Number.isSafeInteger(body.version) || body.version! < 1)
    return fail(`${what} got "version" ${JSON.stringify(body.version)}, not a whole number from 1`);
  return body as PlacementAnswer;
}

/** The offers the feed publishes and did not take back, those open for applications first. */
function offersIn(seen: FeedSeen): string[] {
  const open = new Map<string, boolean | null>();
  for (const e of seen.events) {
    if (e.type !== FeedRecordType.OFFER) continue;
    open.set(e.id, e.data === null ? null : (e.data as { openForApplications?: unknown }).openForApplications === true);
  }
  const live = [...open].filter(([, o]) => o !== null);
  return [...live.filter(([, o]) => o), ...live.filter(([, o]) => !o)].map(([id]) => id);
}

/** Where a synthetic participant could be placed: each offer of the feed, in each group of it when groups are needed. */
function placesToTry(terms: PlacementTerms, seen: FeedSeen): { offerId: string; groupId: string | null }[] {
  const offers = offersIn(seen);
  if (!offers.length) return notChecked('the feed publishes no offer to place in');
  if (!terms.needs.group) return offers.map((offerId) => ({ offerId, groupId: null }));
  const inGroups = offers.flatMap((offerId) =>
    terms.groups.filter((g) => g.offerId === null || g.offerId === offerId).map((g) => ({ offerId, groupId: g.id })),
  );
  if (!inGroups.length)
    return notChecked('the terms need a group, and no group of /placements/terms is for an offer of the feed');
  return inGroups;
}

/** A request to place a fresh synthetic participant there, from a day far in the future, filled as the terms need. */
const placeRequest = (terms: PlacementTerms, where: { offerId: string; groupId: string | null }): PlaceRequest => ({
  // Clearly the suite's: a partner can find what it wrote by this prefix.
  idempotencyKey: `conformance:${randomUUID()}`,
  participantId: randomUUID(),
  ...where,
  startDate: START,
  // Open-ended, as some providers place (Arba); the last step ends it.
  endDate: null,
  hoursPerWeek: terms.needs.hoursPerWeek ? 10 : null,
  daysPerWeek: terms.needs.daysPerWeek ? 1 : null,
  decisionId: null,
});

/** An extent change from the start, with a new key, of the extents the terms need (the others left out). */
const extentChange = (
  terms: PlacementTerms,
  extent: { hoursPerWeek: number; daysPerWeek: number },
  expectedVersion: number,
): ExtentRequest => ({
  idempotencyKey: `conformance:${randomUUID()}`,
  hoursPerWeek: terms.needs.hoursPerWeek ? extent.hoursPerWeek : null,
  daysPerWeek: terms.needs.daysPerWeek ? extent.daysPerWeek : null,
  from: START,
  expectedVersion,
});

/** At most this many offers and groups are tried, when the first ones have no room. */
const TRIES = 20;

/**
 * The placement protocol's writes, made only when the partner asks for them against a test environment: a
 * synthetic participant (a fresh UUID, key `conformance:<uuid>`) is placed from 2099 in an offer the feed
 * publishes, placed again with the same key (the same answer) and with another body (IDEMPOTENCY_CONFLICT), placed
 * again with a new key (ALREADY_PLACED), found in the feed, its extent changed (and refused with a stale version),
 * and ended. Each step needs the ones before it; one that cannot run says which failed.
 */
export async function checkPlacementWrites(
  probe: Probe,
  results: CheckResult[],
  seen?: FeedSeen | null,
): Promise<void> {
  const place = new URL('/placements', probe.url).href;
  const of = (id: string, action: 'end' | 'extent') => new URL(`/placements/${id}/${action}`, probe.url).href;
  let request: PlaceRequest | undefined;
  let terms: PlacementTerms | undefined;
  let placed: PlacementAnswer | undefined;
  let changed: PlacementAnswer | undefined;
  const needsPlaced = () => placed ?? notChecked('nothing was placed (see "places a synthetic participant")');
  const step = (id: string, title: string, check: () => Promise<string>) =>
    run(results, 'placement', `placement.writes.${id}`, title, check);

  await step('place', 'places a synthetic participant: 201 CREATED', async () => {
    if (!probe.hasHubKey) return notChecked('needs the hub’s service key (--hub-key)');
    if (!seen) return notChecked('the feed could not be read, so there is no offer to place in');
    terms = readTerms(await probe.get(new URL('/placements/terms', probe.url).href, 'hub'));
    // A refusal for want of room (GROUP_FULL, or a rule of the provider's own) is no fault: the next place is tried.
    const full: string[] = [];
    for (const where of placesToTry(terms, seen).slice(0, TRIES)) {
      request = placeRequest(terms, where);
      const answer = await probe.post(place, request, 'hub');
      if (answer.status === 409 && firstError(answer)?.extensions?.code === ErrorCode.FAILED_PRECONDITION) {
        full.push(
          `${where.offerId}${where.groupId ? `/${where.groupId}` : ''} ${firstError(answer)?.extensions?.rule}`,
        );
        continue;
      }
      placed = expectAnswer(answer, 'POST /placements', 201, 'CREATED');
      const at = `${request.offerId}${request.groupId ? ` (group ${request.groupId})` : ''}`;
      const skipped = full.length ? ` after ${full.length} without room` : '';
      return `${request.participantId} in ${at} from ${START}${skipped}: placement ${placed.placementId}, version ${placed.version}`;
    }
    return fail(`every place tried was refused: ${full.slice(0, 3).join(', ')}`);
  });

  await step('repeat', 'answers the same request with the same key again: 200, the same answer', async () => {
    const first = needsPlaced();
    const again = await probe.post(place, request, 'hub');
    if (again.status !== 200) return fail(`the repeat got HTTP ${again.status}, not 200: ${excerpt(again.text)}`);
    if (!isDeepStrictEqual(again.json, first))
      return fail(`the repeat answered ${excerpt(again.text)}, not the first answer`);
    return `200, placement ${first.placementId} version ${first.version} again`;
  });

  await step('key-conflict', 'refuses the same key with another request: 409 IDEMPOTENCY_CONFLICT', async () => {
    needsPlaced();
    const other = { ...request, startDate: '2099-01-06' };
    return expectRefusal(
      await probe.post(place, other, 'hub'),
      'POST /placements with a used key and another start',
      409,
      PlacementErrorCode.IDEMPOTENCY_CONFLICT,
    );
  });

  await step('already-placed', 'refuses the same placement with a new key: 409 ALREADY_PLACED', async () => {
    needsPlaced();
    const twice = { ...request, idempotencyKey: `conformance:${randomUUID()}` };
    const answer = await probe.post(place, twice, 'hub');
    const passed = expectRefusal(
      answer,
      'POST /placements for a placed participant',
      409,
      ErrorCode.FAILED_PRECONDITION,
    );
    const rule = firstError(answer)?.extensions?.rule;
    if (rule !== PlacementRefusalRule.ALREADY_PLACED)
      return fail(
        `the refusal has extensions.rule ${JSON.stringify(rule)}, not ${PlacementRefusalRule.ALREADY_PLACED}`,
      );
    return `${passed} ${rule}`;
  });

  await step('group-full', 'refuses a place in a full group: 409 GROUP_FULL', async () =>
    notChecked('not checked: a full group cannot be made without filling a real group with synthetic participants'),
  );

  await step('feed', 'publishes the placement on the feed with the answer’s version', async () => {
    const { placementId, version } = needsPlaced();
    const after = seen!.head;
    const onwards = await readOn(probe, after, 10_000);
    const event = onwards.events.find((e) => e.type === FeedRecordType.PLACEMENT && e.id === placementId);
    if (!event) return fail(`no placement event for ${placementId} after sequence ${after}`);
    if (event.version !== version) return fail(`its event has version ${event.version}, not ${version} as answered`);
    const problem = eventProblem(event);
    if (problem) return fail(`its event at sequence ${event.sequence} would be rejected by the hub: ${problem}`);
    if ((event.data as { startDate?: unknown } | null)?.startDate !== START)
      return fail(`its event has startDate ${JSON.stringify((event.data as { startDate?: unknown })?.startDate)}`);
    return `sequence ${event.sequence}, version ${version}`;
  });

  await step('extent', 'changes the extent: 200 CHANGED', async () => {
    const { placementId, version } = needsPlaced();
    if (!terms!.needs.hoursPerWeek && !terms!.needs.daysPerWeek)
      return notChecked('the terms need neither days nor hours a week: there is no extent to change');
    const body = extentChange(terms!, { hoursPerWeek: 8, daysPerWeek: 2 }, version);
    const answer = await probe.post(of(placementId, 'extent'), body, 'hub');
    const after = expectAnswer(answer, 'POST /placements/{id}/extent', 200, 'CHANGED');
    if (after.placementId !== placementId) return fail(`the change answered placement ${after.placementId}`);
    if (after.version <= version) return fail(`the version stayed ${after.version} (it was ${version})`);
    changed = after;
    return `version ${version} to ${after.version}`;
  });

  await step('stale', 'refuses an extent change with a stale expectedVersion: 409 CONFLICT', async () => {
    const { placementId, version } = needsPlaced();
    if (!changed) return notChecked('the extent was not changed (see above), so no version is stale');
    const body = extentChange(terms!, { hoursPerWeek: 9, daysPerWeek: 3 }, version);
    const what = `POST /placements/{id}/extent with version ${version} after ${changed.version}`;
    return expectRefusal(await probe.post(of(placementId, 'extent'), body, 'hub'), what, 409, ErrorCode.CONFLICT);
  });

  await step('end', 'ends the placement: 200 ENDED', async () => {
    const { placementId } = needsPlaced();
    const body = {
      idempotencyKey: `conformance:${randomUUID()}`,
      endDate: START,
      expectedVersion: (changed ?? placed!).version,
    };
    const ended = expectAnswer(
      await probe.post(of(placementId, 'end'), body, 'hub'),
      'POST /placements/{id}/end',
      200,
      'ENDED',
    );
    return `ended on ${START}, version ${ended.version}`;
  });
}
