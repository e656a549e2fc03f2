import type { EntityManager } from '@mikro-orm/core';

/**
 * The Veiinn placement protocol, version 1: how the hub places a decided place at a provider and ends it, the same
 * way at every provider, over plain HTTP and JSON beside the provider's `/feed` (described for partners in
 * docs/partners.md, "The placement protocol"). The kit serves it (./route.ts); a provider supplies only the
 * `PlacementHandler` that writes its own placement.
 *
 * - `POST /placements` with a `PlaceRequest`: 201 and a `PlacementAnswer` with status CREATED.
 * - `POST /placements/{id}/end` with an `EndRequest`: 200 and a `PlacementAnswer` with status ENDED (or OPEN when
 *   `endDate` is null, which takes an end back).
 * - `POST /placements/{id}/extent` with an `ExtentRequest`: 200 and a `PlacementAnswer` with status CHANGED. A provider
 *   that keeps no history of extent sets the current one; `from` is then checked but not stored.
 * - `GET /placements/terms`: 200 and `PlacementTerms`, what a placement at the provider needs and the groups it
 *   places in, so the hub can check a decision before it asks, knowing no provider by name.
 * - A repeated `idempotencyKey` with the same request is answered 200 with the first answer, and nothing is written
 *   again; the same key with another request is refused 409 IDEMPOTENCY_CONFLICT. A refused request stores nothing,
 *   so asking again with its key is judged afresh (the group may have room by then).
 * - Refusals are the error contract (docs/errors.md): `{ errors: [{ message: "nb / en", extensions: { code } }] }`,
 *   400 BAD_USER_INPUT, 404 NOT_FOUND, 409 CONFLICT / FAILED_PRECONDITION (with `rule`) / IDEMPOTENCY_CONFLICT;
 *   never a 5xx for a refusal. 5xx or no answer means nothing is known: ask again with the same key.
 * - Only a trusted service's token with the role `service` is let in (the hub's; as `/feed`).
 */
export const PLACEMENT_PROTOCOL = 'veiinn-placement/1';

/** Header with which every answer names the protocol version, as `protocol` does in the body. */
export const PLACEMENT_PROTOCOL_HEADER = 'x-veiinn-protocol';

/** Codes of a placement refusal beside the error contract's own (BAD_USER_INPUT, NOT_FOUND, CONFLICT...). */
export const PlacementErrorCode = {
  /** The idempotency key was used before for another request (HTTP 409). */
  IDEMPOTENCY_CONFLICT: 'IDEMPOTENCY_CONFLICT',
} as const;

/**
 * Rules (`extensions.rule` of FAILED_PRECONDITION, HTTP 409) every provider uses for the same thing; a provider may
 * add its own (Arba: NO_FREE_PLACE for places reserved for another municipality).
 */
export const PlacementRefusalRule = {
  /** The group has no room from the start date (or from the day after an earlier end that is moved later). */
  GROUP_FULL: 'GROUP_FULL',
  /** The participant has a placement in the same offer that shares a day with the period. */
  ALREADY_PLACED: 'ALREADY_PLACED',
  /** The placement has ended already and cannot be ended again (Arba), nor its extent changed. */
  ALREADY_ENDED: 'ALREADY_ENDED',
} as const;

/** What a placement at the provider needs beside participant, offer and start. */
export interface PlacementNeeds {
  /** A group (Arba: an arena) is required. */
  group: boolean;
  /** Days a week are required (the day services count days); when false, they must be left out. */
  daysPerWeek: boolean;
  /** Hours a week are required (the work centre, Arba); when false, they must be left out. */
  hoursPerWeek: boolean;
}

/** One of the provider's groups; `offerId` null for a group all the provider's offers share (Arba's arenas). */
export interface PlacementGroup {
  id: string;
  offerId: string | null;
}

/** The answer of `GET /placements/terms`. */
export interface PlacementTerms {
  protocol: typeof PLACEMENT_PROTOCOL;
  needs: PlacementNeeds;
  groups: PlacementGroup[];
}

/** The body of `POST /placements`. */
export interface PlaceRequest {
  /** The caller's key for this one placement: 1 to 128 of `A-Z a-z 0-9 . _ : -`. */
  idempotencyKey: string;
  /** The participant's id in the hub (a UUID). */
  participantId: string;
  /** The provider's offer, as its feed names it. */
  offerId: string;
  /** First day, YYYY-MM-DD. */
  startDate: string;
  /** Last day, YYYY-MM-DD; null or absent for an open-ended placement. */
  endDate: string | null;
  /** The provider's group (Arba: arena), when the provider places in groups. */
  groupId: string | null;
  hoursPerWeek: number | null;
  daysPerWeek: number | null;
  /** The hub's decision (or transition step) behind the placement, for the provider's records. */
  decisionId: string | null;
}

/** The body of `POST /placements/{id}/end`. */
export interface EndRequest {
  idempotencyKey: string;
  /** Last day, YYYY-MM-DD; null takes an end back (the placement runs on). */
  endDate: string | null;
  /** The placement's version the caller last saw (its feed event's `version`); refused 409 CONFLICT if stale. */
  expectedVersion: number | null;
}

/** The body of `POST /placements/{id}/extent`: the extent the provider counts (the other is null or absent). */
export interface ExtentRequest {
  idempotencyKey: string;
  hoursPerWeek: number | null;
  daysPerWeek: number | null;
  /** The first day of the new extent, YYYY-MM-DD; not before the placement's start, nor after its end. */
  from: string;
  /** The placement's version the caller last saw; refused 409 CONFLICT if stale. */
  expectedVersion: number | null;
}

/** A successful answer. */
export interface PlacementAnswer {
  protocol: typeof PLACEMENT_PROTOCOL;
  placementId: string;
  /** CREATED after a place, ENDED after an end with a day, OPEN after an end taken back, CHANGED after an extent. */
  status: 'CREATED' | 'ENDED' | 'OPEN' | 'CHANGED';
  /** The placement's version after the write (the one its feed event carries). */
  version: number;
}

/** What a provider's handler returns: the placement it wrote. */
export interface HandledPlacement {
  placementId: string;
  version: number;
  endDate?: string | null;
}

/** What a handler returns for the placement it wrote, read off the provider's entity. */
export const handledPlacement = (placement: {
  id: string;
  version: number;
  endDate: string | null;
}): HandledPlacement => ({ placementId: placement.id, version: placement.version, endDate: placement.endDate });

/**
 * A provider's side of the protocol. Each method runs inside the transaction in which the kit also stores the
 * idempotency key, so the placement, its feed event and the key are committed together or not at all: write with
 * `em` only, and do not open another transaction. Refuse by throwing the kit's errors (UserInputError,
 * NotFoundError, ConflictError, FailedPreconditionError); anything else is a 500.
 */
export interface PlacementHandler {
  /** What every placement here needs; static, answered by `GET /placements/terms`. */
  terms: PlacementNeeds;
  /** The groups placements go into, read for `GET /placements/terms` (an empty list when there are none). */
  groups(em: EntityManager): Promise<PlacementGroup[]>;
  place(em: EntityManager, request: PlaceRequest): Promise<HandledPlacement>;
  end(em: EntityManager, placementId: string, request: EndRequest): Promise<HandledPlacement>;
  /** Changes the extent (see `checkExtent` in ./rules.ts for the checks every provider makes). */
  changeExtent(em: EntityManager, placementId: string, request: ExtentRequest): Promise<HandledPlacement>;
}
