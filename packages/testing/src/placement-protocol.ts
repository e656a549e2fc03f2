import { randomUUID } from 'node:crypto';

/** One answer of a provider's placement protocol (`veiinn-placement/1`, packages/kit/src/placement), as tests read it. */
export interface PlacementAnswer {
  status: number;
  /** The `x-veiinn-protocol` header. */
  protocol: string | null;
  body: {
    protocol?: string;
    placementId?: string;
    status?: string;
    version?: number;
    /** `GET /placements/terms`: what a placement needs, and the provider's groups. */
    needs?: { group: boolean; daysPerWeek: boolean; hoursPerWeek: boolean };
    groups?: { id: string; offerId: string | null }[];
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  /** The first error's extensions, if any. */
  error?: Record<string, unknown>;
}

type Headers = Record<string, string> | Promise<Record<string, string>>;

async function callPlacementProtocol(base: string, path: string, init: RequestInit): Promise<PlacementAnswer> {
  const response = await fetch(new URL(path, base), init);
  const json = (await response.json()) as PlacementAnswer['body'];
  return {
    status: response.status,
    protocol: response.headers.get('x-veiinn-protocol'),
    body: json,
    error: json.errors?.[0]?.extensions,
  };
}

/** Posts `body` as JSON to `path` of a provider's base URL, with `headers` (e.g. the hub's service token). */
export async function postPlacementProtocol(
  base: string,
  path: string,
  body: unknown,
  headers: Headers = {},
): Promise<PlacementAnswer> {
  return callPlacementProtocol(base, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headers) },
    body: JSON.stringify(body),
  });
}

/** Reads `GET /placements/terms` of a provider's base URL, with `headers`. */
export async function getPlacementTerms(base: string, headers: Headers = {}): Promise<PlacementAnswer> {
  return callPlacementProtocol(base, '/placements/terms', { headers: await headers });
}

/** What the shared cases of `/placements/terms` and `/placements/{id}/extent` need of one provider's test. */
export interface PlacementProtocolCases {
  /** The provider's base URL (read when a case runs, after `beforeAll`). */
  base: () => string;
  /** The hub's service token. */
  asHub: () => Headers;
  /** What the provider's placements need, as its terms must answer. */
  needs: { group: boolean; daysPerWeek: boolean; hoursPerWeek: boolean };
  /** One group the terms must list. */
  group: { id: string; offerId: string | null };
  /** Places a new open-ended placement through the protocol: its id, start and version. */
  place: () => Promise<{ id: string; startDate: string; version: number }>;
  /** The extent the provider keeps, as the protocol names it, and two values within its range. */
  field: 'daysPerWeek' | 'hoursPerWeek';
  values: [number, number];
  /** A value outside the provider's range. */
  outOfRange: number;
  /** The stored extent of a placement. */
  stored: (id: string) => Promise<number | null | undefined>;
  /** Everything the provider stores, compared to see that a refusal writes nothing. */
  state: () => Promise<unknown>;
}

/**
 * The cases every provider's protocol test runs for its terms and for changing an extent: the shape of the terms
 * and that only the hub reads them; a change answered CHANGED, repeated by its key without a write, refused with
 * 409 for the key with another body, for a stale version, and with 400 / 404 / 409 ALREADY_ENDED without a write.
 */
export function describePlacementTermsAndExtent(cases: PlacementProtocolCases): void {
  const other = cases.field === 'daysPerWeek' ? 'hoursPerWeek' : 'daysPerWeek';
  const code = (answer: PlacementAnswer) => [answer.status, answer.error?.code, answer.error?.rule];

  it('answers its terms to the hub: what a placement needs and its groups; 401 to anyone else', async () => {
    const terms = await getPlacementTerms(cases.base(), cases.asHub());
    expect(terms).toMatchObject({ status: 200, body: { protocol: 'veiinn-placement/1', needs: cases.needs } });
    expect(terms.body.groups).toContainEqual(cases.group);
    const none = await getPlacementTerms(cases.base());
    expect([none.status, none.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('changes an extent (200 CHANGED), repeats it by its key, and refuses another body with the key', async () => {
    const placed = await cases.place();
    const path = `/placements/${placed.id}/extent`;
    const change = {
      idempotencyKey: `extent:${placed.id}:v${placed.version}`,
      [cases.field]: cases.values[1],
      from: placed.startDate,
      expectedVersion: placed.version,
    };
    const changed = await postPlacementProtocol(cases.base(), path, change, cases.asHub());
    expect(changed).toMatchObject({
      status: 200,
      body: { placementId: placed.id, status: 'CHANGED', version: placed.version + 1 },
    });
    expect(await cases.stored(placed.id)).toBe(cases.values[1]);
    const before = await cases.state();
    expect(await postPlacementProtocol(cases.base(), path, change, cases.asHub())).toMatchObject({
      status: 200,
      body: changed.body,
    });
    const again = { ...change, [cases.field]: cases.values[0] };
    const conflict = await postPlacementProtocol(cases.base(), path, again, cases.asHub());
    expect(code(conflict)).toEqual([409, 'IDEMPOTENCY_CONFLICT', undefined]);
    const stale = await postPlacementProtocol(
      cases.base(),
      path,
      { ...again, idempotencyKey: `extent:${placed.id}:stale` },
      cases.asHub(),
    );
    expect(code(stale)).toEqual([409, 'CONFLICT', undefined]);
    expect(await cases.state()).toEqual(before);
  });

  it('refuses an invalid extent, an unknown placement and an ended one, and writes nothing', async () => {
    const placed = await cases.place();
    const path = `/placements/${placed.id}/extent`;
    const base = { [cases.field]: cases.values[1], from: placed.startDate, expectedVersion: placed.version };
    const ask = (body: Record<string, unknown>, at = path) =>
      postPlacementProtocol(
        cases.base(),
        at,
        { idempotencyKey: `extent:${randomUUID()}`, ...base, ...body },
        cases.asHub(),
      );
    const before = await cases.state();
    const invalid = await ask({ [cases.field]: cases.outOfRange, [other]: 1, from: '2000-01-01' });
    expect(code(invalid)).toEqual([400, 'BAD_USER_INPUT', undefined]);
    expect((invalid.error!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(
      [cases.field, other, 'from'].sort(),
    );
    expect(code(await ask({ from: 'soon', idempotencyKey: 'has spaces' }))).toEqual([400, 'BAD_USER_INPUT', undefined]);
    expect(code(await ask({}, `/placements/${randomUUID()}/extent`))).toEqual([404, 'NOT_FOUND', undefined]);
    expect(await cases.state()).toEqual(before);

    const end = { idempotencyKey: `end:${placed.id}`, endDate: placed.startDate, expectedVersion: placed.version };
    const ended = await postPlacementProtocol(cases.base(), `/placements/${placed.id}/end`, end, cases.asHub());
    expect(ended.status).toBe(200);
    const later = await ask({ from: '2099-12-31', expectedVersion: ended.body.version });
    expect(code(later)).toEqual([409, 'FAILED_PRECONDITION', 'ALREADY_ENDED']);
  });
}
