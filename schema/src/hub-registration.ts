/**
 * Telling the hub about a registered provider, so that it follows the provider's change feed: through the graph's
 * own mutations `registerProvider` (a new organisation, with its feed URL) and `setProviderFeed` (a known one), which
 * only the allocation office (case workers) and services may call. No route of its own: the hub already reads every
 * provider with a feed URL from its registry on each round (subgraphs/intake/src/network/feed/follower.ts).
 */

export interface HubConnection {
  /** The GraphQL URL to call: the gateway's (or the hub's own behind the gateway's trust). */
  url: string;
  /** A bearer token of a case worker or a service. */
  token: string;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function call<T>(hub: HubConnection, query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new Error(`Could not reach the hub at ${hub.url} (${(error as Error).message}).`);
  }
  const body = (await response.json().catch(() => null)) as GraphQLAnswer<T> | null;
  if (body?.errors?.length || !body?.data) {
    const why = body?.errors?.map((e) => `${e.message} [${e.extensions?.code ?? '?'}]`).join(' ');
    throw new Error(`The hub at ${hub.url} refused: ${why ?? `HTTP ${response.status}`}`);
  }
  return body.data;
}

/** The feed URL the hub reads for a subgraph at `routingUrl`: `/feed` beside `/graphql`, as our providers serve. */
export const feedUrlOf = (routingUrl: string) => routingUrl.replace(/\/graphql\/?$/, '/feed');

/** Whether the hub knows the provider (its feed URL is not in the graph: only the feed's status is). */
export async function hubProvider(hub: HubConnection, providerId: string): Promise<boolean> {
  const data = await call<{ provider: { id: string } | null }>(
    hub,
    'query RegisteredProvider($id: ID!) { provider(id: $id) { id } }',
    { id: providerId },
  );
  return data.provider !== null;
}

/**
 * Makes the hub follow `feedUrl` for the provider (null: stop following), and tells it the provider's `subgraph`
 * (its name in the composition: the audience of the hub's tokens for its feed and placements; null when it leaves
 * the graph). A provider the hub does not know is added with `organisation` (RegisterProviderInput without id,
 * feedUrl and subgraph: name, shortName, kind, municipality, description); without it, that is a mistake the
 * operator is told how to fix.
 */
export async function setHubProvider(
  hub: HubConnection,
  providerId: string,
  feedUrl: string | null,
  organisation?: Record<string, unknown>,
  subgraph: string | null = null,
): Promise<string> {
  const known = await hubProvider(hub, providerId);
  if (known) {
    await call(
      hub,
      'mutation FollowProviderFeed($input: SetProviderFeedInput!) { setProviderFeed(input: $input) { id } }',
      { input: { providerId, feedUrl, subgraph } },
    );
    return feedUrl
      ? `The hub follows the feed of provider "${providerId}" at ${feedUrl}.`
      : `The hub no longer follows a feed of provider "${providerId}" (the provider and its history stay).`;
  }
  if (!feedUrl) return `The hub has no provider "${providerId}": nothing to stop.`;
  if (!organisation) {
    throw new Error(
      `The hub has no provider "${providerId}". Pass --provider-file <json> with its name, shortName, kind, ` +
        'municipality and description { nb en } (see docs/partners.md), and register again.',
    );
  }
  await call(
    hub,
    'mutation RegisterPartnerProvider($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }',
    { input: { ...organisation, id: providerId, feedUrl, subgraph } },
  );
  return `The hub registered provider "${providerId}" and follows its feed at ${feedUrl}.`;
}
