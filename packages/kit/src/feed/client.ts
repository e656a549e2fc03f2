import { FEED_PROTOCOL, type FeedEventDto, type FeedPageDto } from '@veiinn/contracts';

/** A feed could not be read or did not speak the protocol; the reader keeps its cursor and tries again later. */
export class FeedReadError extends Error {}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Reads one page of a provider's feed and checks the envelope (not the records: the reader validates those one by
 * one, so one bad record does not block a feed). Throws FeedReadError for transport and protocol failures.
 */
export async function fetchFeedPage(
  feedUrl: string,
  after: number,
  limit: number,
  init: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<FeedPageDto> {
  const url = new URL(feedUrl);
  url.searchParams.set('after', String(after));
  url.searchParams.set('limit', String(limit));
  let response: Response;
  try {
    response = await fetch(url, { headers: init.headers, signal: AbortSignal.timeout(init.timeoutMs ?? 10_000) });
  } catch (error) {
    throw new FeedReadError(`Feed ${url.origin}${url.pathname} unreachable: ${(error as Error).message}`);
  }
  if (!response.ok) throw new FeedReadError(`Feed ${url.origin}${url.pathname} answered HTTP ${response.status}`);
  const body = (await response.json().catch(() => null)) as Partial<FeedPageDto> | null;
  if (!body || body.protocol !== FEED_PROTOCOL || !isInt(body.head) || !Array.isArray(body.events)) {
    throw new FeedReadError(`Feed ${url.origin}${url.pathname} does not speak ${FEED_PROTOCOL}`);
  }
  let previous = after;
  for (const event of body.events as FeedEventDto[]) {
    if (!isInt(event?.sequence) || event.sequence <= previous) {
      throw new FeedReadError(`Feed ${url.origin}${url.pathname} sent events out of order after ${previous}`);
    }
    previous = event.sequence;
  }
  return body as FeedPageDto;
}
