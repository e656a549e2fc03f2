import type { Caller } from '@veiinn/kit';

/**
 * How the hub's provider client talks to a provider's subgraph: one POST of the placement protocol, or a GraphQL
 * query for its groups, with the hub's service token, and how its answer reads (an answer of the provider's error
 * contract, or none at all).
 */

/** A provider's GraphQL endpoint: the same origin as its registered feed, path `/graphql` (as every kit subgraph). */
export function graphqlUrlOf(feedUrl: string): string {
  return new URL('/graphql', feedUrl).toString();
}

/** Who asks, for one call: the person behind the decision (null: the hub itself) and the request it belongs to. */
export interface ProviderCall {
  caller: Caller | null;
  requestId: string;
}

export interface ProviderClientOptions {
  /**
   * Headers for one call to the subgraph `audience`: the hub's service token (see `providerCallHeaders` in
   * subgraph.ts) and the request id. Called per call, so each token is fresh and names its provider.
   */
  headers?: (audience: string, caller: Caller | null, requestId: string) => Promise<Record<string, string>>;
  /** How long to wait for a provider (default 10 s); no answer in time counts as unreachable. */
  timeoutMs?: number;
}

/** One of a provider's groups (Arba: arenas), with the offer it belongs to; null when its offers share it. */
export interface ProviderGroup {
  id: string;
  offerId: string | null;
}

/** The provider's groups as its subgraph lists them, or none known (the provider did not answer, or has no list). */
export type GroupsResult = { kind: 'known'; groups: ProviderGroup[] } | { kind: 'unknown'; message: string };

/** A provider subgraph's query listing its groups; `shared` when its groups belong to no single offer. */
export interface GroupQuery {
  field: string;
  document: string;
  shared: boolean;
}

/** Codes of the error contract that are an answer (the request was judged), not a failure to answer. */
const ANSWER_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FAILED_PRECONDITION']);

type CallResult =
  | { kind: 'answered'; id: string }
  | { kind: 'refused'; code: string; rule: string | null; message: string }
  | { kind: 'unreachable'; message: string };

/** A route of the placement protocol (`veiinn-placement/1`) at a provider: the same origin as its feed. */
export function placementUrlOf(feedUrl: string, path: string): string {
  return new URL(path, feedUrl).toString();
}

/** Codes of the placement protocol's refusals: the error contract's answer codes and IDEMPOTENCY_CONFLICT. */
const PROTOCOL_ANSWER_CODES = new Set([...ANSWER_CODES, 'IDEMPOTENCY_CONFLICT']);

interface ProtocolAnswer {
  placementId?: unknown;
  errors?: { message?: string; extensions?: { code?: string; rule?: string } }[];
}

/**
 * One write of the placement protocol at a provider (`POST /placements` or `/placements/{id}/end`), with the hub's
 * service token for `audience`: the placement's id, a refusal (a 4xx in the error contract), or nothing known (no
 * answer, a 5xx, a refused token: asked again later with the same idempotency key).
 */
export async function callPlacementProtocol(
  options: ProviderClientOptions,
  feedUrl: string,
  audience: string | null,
  path: string,
  body: Record<string, unknown>,
  { caller, requestId }: ProviderCall,
): Promise<CallResult> {
  const url = placementUrlOf(feedUrl, path);
  let status: number;
  let answer: ProtocolAnswer | null;
  try {
    const headers = audience ? await options.headers?.(audience, caller, requestId) : undefined;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    status = response.status;
    answer = (await response.json().catch(() => null)) as ProtocolAnswer | null;
  } catch (error) {
    return { kind: 'unreachable', message: `${url} unreachable: ${(error as Error).message}` };
  }
  if ((status === 200 || status === 201) && typeof answer?.placementId === 'string' && answer.placementId) {
    return { kind: 'answered', id: answer.placementId };
  }
  const error = answer?.errors?.[0];
  const code = error?.extensions?.code;
  if (status >= 400 && status < 500 && code && PROTOCOL_ANSWER_CODES.has(code)) {
    return { kind: 'refused', code, rule: error.extensions?.rule ?? null, message: error.message ?? code };
  }
  return {
    kind: 'unreachable',
    message: `${url} answered HTTP ${status}${error?.message ? `: ${error.message}` : ''}`,
  };
}

/** The groups a provider's subgraph lists; `unknown` when it does not answer in time or without the list. */
export async function queryGroups(
  options: ProviderClientOptions,
  timeoutMs: number,
  feedUrl: string,
  subgraph: string,
  query: GroupQuery,
  { caller, requestId }: ProviderCall,
): Promise<GroupsResult> {
  const url = graphqlUrlOf(feedUrl);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await options.headers?.(subgraph, caller, requestId)) },
      body: JSON.stringify({ query: query.document }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => null)) as {
      data?: Record<string, { id?: unknown; offer?: { id?: unknown } | null }[] | null> | null;
    } | null;
    const items = body?.data?.[query.field];
    if (!Array.isArray(items)) return { kind: 'unknown', message: `${url} answered without ${query.field}.` };
    const groups: ProviderGroup[] = [];
    for (const item of items) {
      if (typeof item?.id !== 'string') continue;
      const offerId = query.shared ? null : item.offer?.id;
      if (!query.shared && typeof offerId !== 'string') continue;
      groups.push({ id: item.id, offerId: (offerId as string | null) ?? null });
    }
    return { kind: 'known', groups };
  } catch (error) {
    return { kind: 'unknown', message: `${url} unreachable: ${(error as Error).message}` };
  }
}
