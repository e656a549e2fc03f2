/**
 * The Veiinn placement protocol, version 1: how the hub places a decided place at a provider and ends it, the same
 * way at every provider, over plain HTTP and JSON beside the provider's `/feed` (described for partners in
 * docs/partners.md, "The placement protocol"). The kit serves it (./route.ts); a provider supplies only the
 * `PlacementHandler` that writes its own placement.
 *
 * - `POST /placements` with a `PlaceRequest`: 201 and a `PlacementAnswer` with status CREATED.
 * - `POST /placements/{id}/end` with an `EndRequest`: 200 and a `PlacementAnswer` with status ENDED (or OPEN when
 *   `endDate` is null, which takes an end back).
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
  /** The placement has ended already and cannot be ended again (Arba). */
  ALREADY_ENDED: 'ALREADY_ENDED',
} as const;

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

/** A successful answer. */
export interface PlacementAnswer {
  protocol: typeof PLACEMENT_PROTOCOL;
  placementId: string;
  /** CREATED after a place, ENDED after an end with a day, OPEN after an end taken back. */
  status: 'CREATED' | 'ENDED' | 'OPEN';
  /** The placement's version after the write (the one its feed event carries). */
  version: number;
}

/** What a provider's handler returns: the placement it wrote. */
export interface HandledPlacement {
  placementId: string;
  version: number;
  endDate?: string | null;
}

/**
 * A provider's side of the protocol. Each method runs inside the transaction in which the kit also stores the
 * idempotency key, so the placement, its feed event and the key are committed together or not at all: write with
 * `em` only, and do not open another transaction. Refuse by throwing the kit's errors (UserInputError,
 * NotFoundError, ConflictError, FailedPreconditionError); anything else is a 500.
 */
export interface PlacementHandler {
  place(em: import('@mikro-orm/core').EntityManager, request: PlaceRequest): Promise<HandledPlacement>;
  end(em: import('@mikro-orm/core').EntityManager, placementId: string, request: EndRequest): Promise<HandledPlacement>;
}
