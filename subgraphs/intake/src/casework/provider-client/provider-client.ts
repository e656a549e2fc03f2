import { randomUUID } from 'node:crypto';
import {
  callPlacementProtocol,
  queryGroups,
  type GroupQuery,
  type GroupsResult,
  type ProviderCall,
  type ProviderClientOptions,
} from './provider-client.http';
/**
 * The one place in the hub that knows how to ask a provider's subgraph for a placement. Every provider serves the
 * placement protocol (`veiinn-placement/1`, packages/kit/src/placement/protocol.ts) at the same origin as its feed,
 * so the hub asks every one the same way and knows no provider's mutations. The hub never writes a provider's data
 * itself; it asks, and then learns of the placement through the provider's change feed like of any other.
 */

/** What a granted decision asks of the provider. */
export interface PlacementRequest {
  participantId: string;
  offerId: string;
  groupId: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  startDate: string;
  /**
   * The key the provider remembers the placement by, so asking again after a lost answer gets the same placement
   * (`decision:<id>`, `transition-step:<id>`).
   */
  idempotencyKey: string;
  /** The hub's decision behind the placement, for the provider's records; null for a transition's step. */
  decisionId: string | null;
}

/** The provider's answer: created (with its id), refused (its error contract), or none at all (try again later). */
export type PlacementResult =
  | { kind: 'created'; placementId: string }
  | { kind: 'refused'; code: string; rule: string | null; message: string }
  | { kind: 'unreachable'; message: string };

/** What a provider's placement mutation needs beside participant, offer and start. */
export interface PlacementNeeds {
  group: boolean;
  daysPerWeek: boolean;
  hoursPerWeek: boolean;
}

/**
 * What ending a placement asks of the provider: its id, the last day (null: open-ended again, to undo an end), and
 * the version the hub's feed last saw.
 */
export interface EndPlacementRequest {
  placementId: string;
  endDate: string | null;
  /** The provider's version of the placement; the hub's index keeps it as `feedVersion`. */
  expectedVersion: number;
  /** The key the provider remembers the end by (`transition-step:<id>:v<expectedVersion>`). */
  idempotencyKey: string;
}

/** The provider's answer to an end: ended, refused (its error contract), or none at all. */
export type EndPlacementResult =
  | { kind: 'ended' }
  | { kind: 'refused'; code: string; rule: string | null; message: string }
  | { kind: 'unreachable'; message: string };

/**
 * Each provider's own subgraph, by provider id in the registry: the audience of the hub's service tokens, for its
 * placement calls and its feed reads. A provider not named here (e.g. a partner registered later) gets no token: its
 * feed must then be open, or be added here (or in `StartIntakeOptions.feedAudiences`).
 */
export const PROVIDER_SUBGRAPHS: Readonly<Record<string, string>> = Object.freeze({
  'baerum-kommunale-dagtilbud': 'day-services',
  'baerum-arbeidssenter': 'work-centre',
  arba: 'arba',
  'nav-baerum': 'nav',
});

/**
 * What each provider's placements need beside participant, offer and start, by provider id in the registry: the
 * decision asks for these and no others.
 */
const NEEDS: Record<string, PlacementNeeds> = {
  'baerum-kommunale-dagtilbud': { group: true, daysPerWeek: true, hoursPerWeek: false },
  'baerum-arbeidssenter': { group: true, daysPerWeek: false, hoursPerWeek: true },
  // Arba's VTA and AFT are decided by NAV, so a municipal decision never reaches it (DECIDED_BY_NAV); a transition
  // does, once NAV's grant for the participant is in the hub (waiting/nav-grant.ts). Arba's "group" is the arena.
  arba: { group: true, daysPerWeek: false, hoursPerWeek: true },
};

/** Each provider subgraph's query listing its groups, by provider id. */
const GROUP_QUERIES: Record<string, GroupQuery> = {
  'baerum-kommunale-dagtilbud': {
    field: 'dayServicesGroups',
    document: '{ dayServicesGroups { id offer { id } } }',
    shared: false,
  },
  'baerum-arbeidssenter': {
    field: 'workCentreGroups',
    document: '{ workCentreGroups { id offer { id } } }',
    shared: false,
  },
  // Arba's arenas are shared by its measures (VTA and AFT): an arena belongs to no single offer.
  arba: { field: 'arbaArenas', document: '{ arbaArenas { id } }', shared: true },
};

/** What a provider's mutation needs, or null when the hub cannot create placements there (no subgraph of its own). */
export function placementNeeds(providerId: string, feedUrl: string | null): PlacementNeeds | null {
  const needs = NEEDS[providerId];
  return needs && feedUrl ? { ...needs } : null;
}

export interface ProviderClient {
  startPlacement(
    provider: { id: string; feedUrl: string },
    request: PlacementRequest,
    call?: ProviderCall,
  ): Promise<PlacementResult>;
  /** Asks the provider to set the last day of one of its placements (a transition's END step, or its UNDO_END). */
  endPlacement(
    provider: { id: string; feedUrl: string },
    request: EndPlacementRequest,
    call?: ProviderCall,
  ): Promise<EndPlacementResult>;
  /**
   * The provider's groups, asked of its subgraph, so that a decision can be checked before anything is written.
   * `unknown` when the provider does not answer in time or has no such list: then the provider's own check on the
   * placement is the only one.
   */
  groupsOf(provider: { id: string; feedUrl: string }, call?: ProviderCall): Promise<GroupsResult>;
}

/** Calls providers' subgraphs over HTTP: the placement protocol, and GraphQL for their group lists. */
export function createProviderClient(options: ProviderClientOptions = {}): ProviderClient {
  /** The audience of the hub's service token at the provider; a provider not known here gets none. */
  const audienceOf = (providerId: string) => PROVIDER_SUBGRAPHS[providerId] ?? null;

  /** How long a group look-up may take before the decision goes on without it (the provider still checks). */
  const groupsTimeoutMs = Math.min(options.timeoutMs ?? 10_000, 5_000);

  return {
    async groupsOf(provider, { caller, requestId } = { caller: null, requestId: randomUUID() }) {
      const query = GROUP_QUERIES[provider.id];
      const subgraph = PROVIDER_SUBGRAPHS[provider.id];
      if (!query || !subgraph) return { kind: 'unknown', message: `The hub has no group list for ${provider.id}.` };
      return queryGroups(options, groupsTimeoutMs, provider.feedUrl, subgraph, query, { caller, requestId });
    },
    async startPlacement(provider, request, via = { caller: null, requestId: randomUUID() }) {
      const { idempotencyKey, decisionId, ...fields } = request;
      const answer = await callPlacementProtocol(
        options,
        provider.feedUrl,
        audienceOf(provider.id),
        '/placements',
        { idempotencyKey, ...fields, decisionId },
        via,
      );
      return answer.kind === 'answered' ? { kind: 'created', placementId: answer.id } : answer;
    },
    // Without an AFT outcome, which is right for VTA (AFT ends are NAV's, out of the hub's reach today).
    async endPlacement(provider, request, via = { caller: null, requestId: randomUUID() }) {
      const answer = await callPlacementProtocol(
        options,
        provider.feedUrl,
        audienceOf(provider.id),
        `/placements/${encodeURIComponent(request.placementId)}/end`,
        { idempotencyKey: request.idempotencyKey, endDate: request.endDate, expectedVersion: request.expectedVersion },
        via,
      );
      return answer.kind === 'answered' ? { kind: 'ended' } : answer;
    },
  };
}

// The HTTP side's names, for the files that import them from the client.
export {
  graphqlUrlOf,
  type GroupsResult,
  type ProviderCall,
  type ProviderClientOptions,
  type ProviderGroup,
} from './provider-client.http';
