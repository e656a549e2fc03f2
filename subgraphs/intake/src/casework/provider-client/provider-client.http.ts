import type { Caller, PlacementGroup, PlacementNeeds } from '@veiinn/kit';

/**
 * How the hub's provider client talks to a provider's subgraph: one POST of the placement protocol, or a read of its
 * terms, with the hub's service token, and how its answer reads (an answer of the provider's error contract, or none
 * at all).
 */

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
export type ProviderGroup = PlacementGroup;

/**
 * What the provider's terms (`GET /placements/terms`) say, or none known (the provider did not answer in time, or
 * not in the protocol's shape).
 */
export type TermsResult =
  | { kind: 'known'; needs: PlacementNeeds; groups: ProviderGroup[] }
  /** The provider serves no placement protocol (404 for its terms): it takes no placements from the hub, as NAV. */
  | { kind: 'none' }
  | { kind: 'unknown'; message: string };

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
  audience: string,
  path: string,
  body: Record<string, unknown>,
  { caller, requestId }: ProviderCall,
): Promise<CallResult> {
  const url = placementUrlOf(feedUrl, path);
  let status: number;
  let answer: ProtocolAnswer | null;
  try {
    const headers = await options.headers?.(audience, caller, requestId);
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

const isNeeds = (value: unknown): value is PlacementNeeds =>
  !!value &&
  typeof value === 'object' &&
  ['group', 'daysPerWeek', 'hoursPerWeek'].every((k) => typeof (value as Record<string, unknown>)[k] === 'boolean');

const isGroup = (value: unknown): value is ProviderGroup =>
  !!value &&
  typeof (value as ProviderGroup).id === 'string' &&
  ((value as ProviderGroup).offerId === null || typeof (value as ProviderGroup).offerId === 'string');

/** The provider's terms, read with the hub's service token for `audience`; `unknown` when it does not answer in time. */
export async function readTerms(
  options: ProviderClientOptions,
  timeoutMs: number,
  feedUrl: string,
  audience: string,
  { caller, requestId }: ProviderCall,
): Promise<TermsResult> {
  const url = placementUrlOf(feedUrl, '/placements/terms');
  try {
    const response = await fetch(url, {
      headers: { ...(await options.headers?.(audience, caller, requestId)) },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 404) return { kind: 'none' };
    const body = (await response.json().catch(() => null)) as { needs?: unknown; groups?: unknown } | null;
    if (!response.ok || !isNeeds(body?.needs) || !Array.isArray(body.groups))
      return { kind: 'unknown', message: `${url} answered HTTP ${response.status} without the protocol's terms.` };
    const { group, daysPerWeek, hoursPerWeek } = body.needs;
    const groups = body.groups.filter(isGroup).map((g) => ({ id: g.id, offerId: g.offerId }));
    return { kind: 'known', needs: { group, daysPerWeek, hoursPerWeek }, groups };
  } catch (error) {
    return { kind: 'unknown', message: `${url} unreachable: ${(error as Error).message}` };
  }
}
