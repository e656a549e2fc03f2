import { randomUUID } from 'node:crypto';
import type { PlacementNeeds as KitPlacementNeeds } from '@veiinn/kit';
import {
  callPlacementProtocol,
  readTerms,
  type TermsResult,
  type ProviderCall,
  type ProviderClientOptions,
  type ProviderGroup,
} from './provider-client.http';

/**
 * The one place in the hub that knows how to ask a provider's subgraph for a placement. Every provider serves the
 * placement protocol (`veiinn-placement/1`, packages/kit/src/placement/protocol.ts) at the same origin as its feed,
 * so the hub asks every one the same way and knows no provider by name: what a placement needs and which groups
 * there are, it reads from the provider's terms; whom a token is for, from the provider's row (`subgraph`). The
 * hub never writes a provider's data
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

/** A provider's answer that wrote nothing: a refusal (its error contract), or none at all (try again later). */
export type NotWritten =
  { kind: 'refused'; code: string; rule: string | null; message: string } | { kind: 'unreachable'; message: string };

/** The provider's answer: created (with its id), refused (its error contract), or none at all (try again later). */
export type PlacementResult = { kind: 'created'; placementId: string } | NotWritten;

/** What a provider's placements need beside participant, offer and start, as its terms say. */
export type PlacementNeeds = KitPlacementNeeds;

/**
 * A provider the hub can place at: it has a feed (the placement protocol is served at the same origin) and a
 * subgraph (the audience of the hub's service tokens), both from its row in the registry.
 */
export interface PlacingProvider {
  id: string;
  feedUrl: string;
  subgraph: string;
}

/** The provider the hub can place at, or null when its row lacks a feed URL or a subgraph. */
export function placingProvider(provider: {
  id: string;
  feedUrl: string | null;
  subgraph: string | null;
}): PlacingProvider | null {
  const { id, feedUrl, subgraph } = provider;
  return feedUrl && subgraph ? { id, feedUrl, subgraph } : null;
}

/** What the hub knows of placing at a provider, for the checks of a decision or a proposal before anything is written. */
export interface ProviderPlacementTerms {
  /** The hub can place there: the provider has a feed URL and a subgraph. */
  placeable: boolean;
  /** What its placements need; null when it is not placeable, or did not answer (then only the provider checks). */
  needs: PlacementNeeds | null;
  /** Its groups; null when unknown. */
  groups: ProviderGroup[] | null;
}

/**
 * The terms of each provider, by id, asked of each one with a feed URL and a subgraph at once (one call per
 * provider); outside any transaction, since a provider may be slow.
 */
export async function termsOfProviders(
  client: ProviderClient,
  providers: readonly { id: string; feedUrl: string | null; subgraph: string | null }[],
  call: ProviderCall,
): Promise<Map<string, ProviderPlacementTerms>> {
  const unique = [...new Map(providers.map((p) => [p.id, p])).values()];
  const entries = await Promise.all(
    unique.map(async (row): Promise<[string, ProviderPlacementTerms]> => {
      const provider = placingProvider(row);
      if (!provider) return [row.id, { placeable: false, needs: null, groups: null }];
      const terms = await client.termsOf(provider, call);
      if (terms.kind === 'known') return [row.id, { placeable: true, needs: terms.needs, groups: terms.groups }];
      // A provider that did not answer is still placed at (it checks the placement itself); one without the
      // protocol is not.
      return [row.id, { placeable: terms.kind === 'unknown', needs: null, groups: null }];
    }),
  );
  return new Map(entries);
}

/**
 * What an extent change asks of the provider: the placement, the days or hours it counts from a day, and the version
 * the hub's feed last saw.
 */
export interface ChangeExtentRequest {
  placementId: string;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  from: string;
  expectedVersion: number;
  /** The key the provider remembers the change by. */
  idempotencyKey: string;
}

/** The provider's answer to an extent change: changed, refused (its error contract), or none at all. */
export type ChangeExtentResult = { kind: 'changed' } | NotWritten;

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
export type EndPlacementResult = { kind: 'ended' } | NotWritten;

export interface ProviderClient {
  startPlacement(provider: PlacingProvider, request: PlacementRequest, call?: ProviderCall): Promise<PlacementResult>;
  /** Asks the provider to set the last day of one of its placements (a transition's END step, or its UNDO_END). */
  endPlacement(
    provider: PlacingProvider,
    request: EndPlacementRequest,
    call?: ProviderCall,
  ): Promise<EndPlacementResult>;
  /** Asks the provider to change the days or hours a week of one of its placements from a day. */
  changeExtent(
    provider: PlacingProvider,
    request: ChangeExtentRequest,
    call?: ProviderCall,
  ): Promise<ChangeExtentResult>;
  /**
   * What the provider's placements need and its groups, asked of it (`GET /placements/terms`), so that a decision
   * can be checked before anything is written. `unknown` when the provider does not answer in time: then the
   * provider's own check on the placement is the only one.
   */
  termsOf(provider: PlacingProvider, call?: ProviderCall): Promise<TermsResult>;
}

/** Calls providers' subgraphs over HTTP, all through the placement protocol. */
export function createProviderClient(options: ProviderClientOptions = {}): ProviderClient {
  /** How long a look-up of terms may take before the decision goes on without it (the provider still checks). */
  const termsTimeoutMs = Math.min(options.timeoutMs ?? 10_000, 5_000);
  const newCall = (): ProviderCall => ({ caller: null, requestId: randomUUID() });
  /** One change of a placement the provider has: `POST /placements/{id}/{route}`. */
  const changePlacement = (
    provider: PlacingProvider,
    placementId: string,
    route: 'end' | 'extent',
    body: Record<string, unknown>,
    via: ProviderCall,
  ) => {
    const path = `/placements/${encodeURIComponent(placementId)}/${route}`;
    return callPlacementProtocol(options, provider.feedUrl, provider.subgraph, path, body, via);
  };

  return {
    termsOf(provider, call = newCall()) {
      return readTerms(options, termsTimeoutMs, provider.feedUrl, provider.subgraph, call);
    },
    async startPlacement(provider, request, via = newCall()) {
      const { idempotencyKey, decisionId, ...fields } = request;
      const body = { idempotencyKey, ...fields, decisionId };
      const answer = await callPlacementProtocol(
        options,
        provider.feedUrl,
        provider.subgraph,
        '/placements',
        body,
        via,
      );
      return answer.kind === 'answered' ? { kind: 'created', placementId: answer.id } : answer;
    },
    // Without an AFT outcome, which is right for VTA (AFT ends are NAV's, out of the hub's reach today).
    async endPlacement(provider, { placementId, idempotencyKey, endDate, expectedVersion }, via = newCall()) {
      const body = { idempotencyKey, endDate, expectedVersion };
      const answer = await changePlacement(provider, placementId, 'end', body, via);
      return answer.kind === 'answered' ? { kind: 'ended' } : answer;
    },
    async changeExtent(provider, { placementId, ...body }, via = newCall()) {
      const answer = await changePlacement(provider, placementId, 'extent', body, via);
      return answer.kind === 'answered' ? { kind: 'changed' } : answer;
    },
  };
}

// The HTTP side's names, for the files that import them from the client.
export {
  type TermsResult,
  type ProviderCall,
  type ProviderClientOptions,
  type ProviderGroup,
} from './provider-client.http';
