import {
  DECISION_AUTHORITIES,
  FEED_PROTOCOL,
  FeedRecordType,
  intakeModeOnFeed,
  isIsoDate,
  OFFER_KINDS,
  periodProblems,
  type FeedEventDto,
} from '@veiinn/kit';
import { isDeepStrictEqual } from 'node:util';
import { excerpt, isJson, type Answer, type Probe } from './probe';
import { fail, notChecked, run, type CheckResult } from './result';
import { isBilingual } from './error-contract';
import { expectUnauthenticated } from './trust';

/** Events per page of the first read; the paging check reads the same events again in much smaller pages. */
const PAGE = 200;

export interface FeedOptions {
  /** At most this many events are read (default 2000): enough to see the protocol kept, without copying a feed. */
  maxEvents?: number;
}

/** What the feed checks saw, for the federation checks: the records the subgraph publishes. */
export interface FeedSeen {
  events: FeedEventDto[];
  head: number;
}

const isWhole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= max;

/** The page in an answer, or the reason it is not one of `veiinn-feed/1`. */
export function pageOf(answer: Answer, after: number, limit: number): { head: number; events: FeedEventDto[] } {
  if (answer.status !== 200)
    return fail(`GET /feed?after=${after} answered HTTP ${answer.status}: ${excerpt(answer.text)}`);
  if (!isJson(answer)) return fail(`GET /feed?after=${after} did not answer JSON: ${excerpt(answer.text)}`);
  const body = answer.json as { protocol?: unknown; head?: unknown; events?: unknown };
  if (body.protocol !== FEED_PROTOCOL) {
    return fail(`"protocol" is ${JSON.stringify(body.protocol)}, not "${FEED_PROTOCOL}"`);
  }
  if (!isWhole(body.head)) return fail(`"head" is ${JSON.stringify(body.head)}, not a whole number`);
  if (!Array.isArray(body.events)) return fail('"events" is not an array');
  if (body.events.length > limit) return fail(`limit=${limit} gave ${body.events.length} events`);
  return { head: body.head, events: body.events as FeedEventDto[] };
}

/**
 * Reads the feed after `after` in pages, onwards from the last event of each page as the hub reads, until the head
 * or `maxEvents` events; `first` is the answer for the first page when it was asked for already.
 */
export async function readOn(probe: Probe, after: number, maxEvents: number, first?: Answer): Promise<FeedSeen> {
  let page = pageOf(first ?? (await probe.feed(after, PAGE)), after, PAGE);
  const events = [...page.events];
  let head = page.head;
  while (page.events.length > 0 && events.length < maxEvents && events.at(-1)!.sequence < head) {
    const last = events.at(-1)!.sequence;
    if (!isWhole(last)) break; // feed.order names the bad sequence
    page = pageOf(await probe.feed(last, PAGE), last, PAGE);
    events.push(...page.events);
    head = page.head;
  }
  return { events, head };
}

/**
 * The change feed (packages/contracts/src/feed-protocol.ts, docs/partners.md): the envelope, order, idempotent re-reads,
 * paging, what each event must carry for the hub (subgraphs/intake/src/network/feed/apply.ts and checks.ts),
 * versions per record, and that only the hub's service token may read it.
 */
export async function checkFeed(
  probe: Probe,
  results: CheckResult[],
  options: FeedOptions = {},
): Promise<FeedSeen | null> {
  const maxEvents = options.maxEvents ?? 2000;
  let seen: FeedSeen | null = null;
  const needsFeed = () => seen ?? notChecked('the feed could not be read (see above)');

  await run(results, 'feed', 'feed.envelope', `GET /feed answers ${FEED_PROTOCOL} pages`, async () => {
    const first = await probe.feed(0, PAGE);
    if ((first.status === 401 || first.status === 403) && !probe.hasHubKey) {
      return notChecked(`the feed refused a read without the hub's token (HTTP ${first.status}); give --hub-key`);
    }
    seen = await readOn(probe, 0, maxEvents, first);
    return `head ${seen.head}, ${seen.events.length} events read in pages of ${PAGE}`;
  });

  await run(results, 'feed', 'feed.order', 'sequences strictly increase, up to the head', async () => {
    const { events, head } = needsFeed();
    let previous = 0;
    for (const event of events) {
      if (!isWhole(event?.sequence) || event.sequence <= previous) {
        return fail(`event after sequence ${previous} has sequence ${JSON.stringify(event?.sequence)}`);
      }
      previous = event.sequence;
    }
    if (previous > head) return fail(`an event has sequence ${previous}, beyond "head" ${head}`);
    return events.length
      ? `sequences ${events[0].sequence} to ${previous} in order, head ${head}`
      : 'the feed is empty';
  });

  await run(results, 'feed', 'feed.reread', 'reading a page again gives the same events', async () => {
    const { events } = needsFeed();
    if (!events.length) return notChecked('the feed has no events to read again');
    const limit = Math.min(events.length, PAGE);
    const again = pageOf(await probe.feed(0, limit), 0, limit);
    if (!isDeepStrictEqual(again.events, events.slice(0, limit))) {
      const at = again.events.findIndex((e, i) => !isDeepStrictEqual(e, events[i]));
      return fail(`the second read of after=0&limit=${limit} differs at event ${at + 1} (or in length)`);
    }
    return `after=0&limit=${limit} twice: the same ${limit} events`;
  });

  await run(results, 'feed', 'feed.paging', 'small pages with `after` give the same events', async () => {
    const { events, head } = needsFeed();
    const limit = Math.max(2, Math.ceil(events.length / 15));
    const paged: FeedEventDto[] = [];
    let after = 0;
    while (paged.length < events.length) {
      const page = pageOf(await probe.feed(after, limit), after, limit);
      if (!page.events.length) break;
      paged.push(...page.events);
      after = page.events.at(-1)!.sequence;
      if (!isWhole(after)) return fail(`a page ended with sequence ${JSON.stringify(after)}`);
    }
    const at = events.findIndex((e, i) => !isDeepStrictEqual(e, paged[i]));
    if (at >= 0) {
      return fail(
        `pages of ${limit} differ from pages of ${PAGE} at event ${at + 1} (sequence ${events[at].sequence})`,
      );
    }
    const beyond = pageOf(await probe.feed(head, PAGE), head, PAGE);
    if (beyond.events.length) return fail(`after=${head} (the head) still gave ${beyond.events.length} events`);
    return `${events.length} events in pages of ${limit}; after=head gives none`;
  });

  await run(results, 'feed', 'feed.events', 'events carry what the hub applies', async () => {
    const { events } = needsFeed();
    const problems: string[] = [];
    const counts = new Map<string, number>();
    let tombstones = 0;
    for (const event of events) {
      const problem = eventProblem(event);
      if (problem) problems.push(`sequence ${event?.sequence}: ${problem}`);
      counts.set(String(event?.type), (counts.get(String(event?.type)) ?? 0) + 1);
      if (event?.data === null) tombstones++;
    }
    if (problems.length) {
      return fail(
        `${problems.length} of ${events.length} events the hub would reject: ${problems.slice(0, 3).join('; ')}`,
      );
    }
    const byType = [...counts].map(([type, n]) => `${type} ${n}`).join(', ');
    return `${events.length} events (${byType || 'none'}), ${tombstones} tombstones`;
  });

  await run(results, 'feed', 'feed.versions', 'versions never go backwards per record', async () => {
    const { events } = needsFeed();
    const last = new Map<string, FeedEventDto>();
    for (const event of events) {
      const key = `${event.type} ${event.id}`;
      const before = last.get(key);
      if (before && event.version < before.version) {
        return fail(`${key}: version ${event.version} at sequence ${event.sequence} after ${before.version}`);
      }
      // The hub keeps the first of two events with one version: a second one with other data would be lost.
      if (before && event.version === before.version && !isDeepStrictEqual(event.data, before.data)) {
        return fail(
          `${key}: version ${event.version} twice with different data (sequences ${before.sequence}, ${event.sequence})`,
        );
      }
      last.set(key, event);
    }
    return `${last.size} records, each with rising versions`;
  });

  await run(
    results,
    'feed',
    'feed.bad-parameters',
    'refuses a bad `after` with 400 in the error contract',
    async () => {
      const answer = await probe.feed('yesterday', 1);
      if ((answer.status === 401 || answer.status === 403) && !probe.hasHubKey) {
        return notChecked('the feed refused a read without the hub’s token; give --hub-key');
      }
      const error = (answer.json as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)
        ?.errors?.[0];
      if (answer.status !== 400 || !isJson(answer) || error?.extensions?.code !== 'BAD_USER_INPUT') {
        return fail(
          `GET /feed?after=yesterday got HTTP ${answer.status}, not 400 BAD_USER_INPUT: ${excerpt(answer.text)}`,
        );
      }
      if (!isBilingual(error.message))
        return fail(`the message is not "<bokmål> / <English>": ${excerpt(answer.text)}`);
      return excerpt(String(error.message), 70);
    },
  );

  await run(results, 'feed', 'feed.no-token', 'refuses a reader without the hub’s token', async () =>
    expectUnauthenticated(await probe.feed(0, 1, 'none'), 'GET /feed without a token'),
  );

  await run(results, 'feed', 'feed.gateway-token', 'refuses the gateway’s token (the hub’s only)', async () => {
    if (!probe.hasGatewayKey) return notChecked('needs the gateway’s signing key (--key)');
    const answer = await probe.feed(0, 1, 'gateway');
    if ((answer.status !== 401 && answer.status !== 403) || !isJson(answer)) {
      return fail(`GET /feed with the gateway's token got HTTP ${answer.status}: ${excerpt(answer.text)}`);
    }
    return `HTTP ${answer.status}`;
  });

  return seen;
}

/**
 * Why the hub would reject an event, or null: the envelope apply.ts reads, and the data of the record types the
 * hub applies from a provider (an offer's and a placement's, as the hub's checks.ts). A type the hub does not know
 * passes (it skips it: forward compatibility).
 */
export function eventProblem(event: FeedEventDto): string | null {
  if (typeof event !== 'object' || event === null) return 'not an object';
  if (!isText(event.type, 32)) return '"type" must be a record type';
  if (!isText(event.id, 64)) return '"id" must be a text of at most 64 characters';
  if (!Number.isSafeInteger(event.version) || event.version < 1) return '"version" must be a whole number from 1';
  if (typeof event.occurredAt !== 'string' || Number.isNaN(Date.parse(event.occurredAt))) {
    return '"occurredAt" must be an ISO 8601 time';
  }
  if (event.data === null) return null; // a tombstone
  if (typeof event.data !== 'object' || Array.isArray(event.data)) return '"data" must be an object, or null';
  if (event.type === FeedRecordType.OFFER) return offerProblem(event.data);
  if (event.type === FeedRecordType.PLACEMENT) return placementProblem(event.data);
  return null;
}

const isLocalized = (v: unknown) =>
  typeof v === 'object' && v !== null && isText((v as never)['nb'], 10_000) && isText((v as never)['en'], 10_000);
const isCountOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
const isHoursOrNull = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 37.5);

function offerProblem(d: Record<string, unknown>): string | null {
  if (!(OFFER_KINDS as readonly unknown[]).includes(d['kind']))
    return `offer: unknown kind ${JSON.stringify(d['kind'])}`;
  if (!isLocalized(d['title']) || !isLocalized(d['description'])) return 'offer: title and description need nb and en';
  if (d['easyRead'] !== undefined && d['easyRead'] !== null && !isLocalized(d['easyRead'])) {
    return 'offer: easyRead needs nb and en';
  }
  if (!intakeModeOnFeed(d['intakeMode']) || !(DECISION_AUTHORITIES as readonly unknown[]).includes(d['decidedBy'])) {
    return 'offer: intakeMode or decidedBy is not a known value';
  }
  if (!isCountOrNull(d['places'])) return 'offer: places must be a whole number of 0 or more, or null';
  if (!isHoursOrNull(d['hoursPerWeek'])) return 'offer: hoursPerWeek must be between 0 and 37.5, or null';
  if (typeof d['openForApplications'] !== 'boolean') return 'offer: openForApplications must be true or false';
  return null;
}

function placementProblem(d: Record<string, unknown>): string | null {
  if (!isText(d['participantId'], 64) || !isText(d['offerId'], 64)) {
    return 'placement: participantId and offerId are required';
  }
  const { startDate, endDate } = d;
  if (typeof startDate !== 'string' || !isIsoDate(startDate)) return 'placement: startDate must be a date';
  if (endDate !== null && (typeof endDate !== 'string' || !isIsoDate(endDate))) {
    return 'placement: endDate must be a date or null';
  }
  const period = periodProblems(startDate, endDate);
  if (period.length) return `placement: ${period.map((p) => `${p.field} ${p.en}`).join('; ')}`;
  if (!isHoursOrNull(d['hoursPerWeek'])) return 'placement: hoursPerWeek must be between 0 and 37.5, or null';
  if (!isCountOrNull(d['daysPerWeek']) || ((d['daysPerWeek'] as number | null) ?? 0) > 7) {
    return 'placement: daysPerWeek must be 0-7, or null';
  }
  return null;
}

/** Asks `GET /health/ready` until it answers 200, for at most `timeoutMs`. */
async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ready = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    if (Date.now() > until) return fail(`GET /health/ready did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The cursor after a restart: the feed is read whole, `restart` restarts the subgraph, and once /health/ready
 * answers the feed read from 0 must start with the same events, and read from the last sequence before the restart
 * it must give the rest of them: nothing lost, changed or repeated.
 */
export async function checkFeedRestart(
  probe: Probe,
  results: CheckResult[],
  restart: (() => Promise<void>) | undefined,
  options: FeedOptions & { readyTimeoutMs?: number } = {},
): Promise<void> {
  const maxEvents = options.maxEvents ?? 2000;
  await run(results, 'feed', 'feed.restart', 'the cursor holds after a restart', async () => {
    if (!restart) return notChecked('give --restart-command, a command that restarts the subgraph, to check this');
    const before = await readOn(probe, 0, maxEvents);
    await restart();
    await waitUntilReady(probe.url, options.readyTimeoutMs ?? 60_000);
    const fromZero = await readOn(probe, 0, maxEvents + PAGE);
    const at = before.events.findIndex((e, i) => !isDeepStrictEqual(e, fromZero.events[i]));
    if (at >= 0)
      return fail(`after the restart the feed differs at event ${at + 1} (sequence ${before.events[at].sequence})`);
    const last = before.events.at(-1)?.sequence ?? 0;
    const onwards = await readOn(probe, last, PAGE);
    const rest = fromZero.events.slice(before.events.length, before.events.length + onwards.events.length);
    if (!isDeepStrictEqual(onwards.events, rest))
      return fail(`after the restart, after=${last} gives other events than reading on from 0 does`);
    return `${before.events.length} events the same after the restart; after=${last} goes on with ${onwards.events.length}`;
  });
}
