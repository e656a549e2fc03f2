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
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  /** The first error's extensions, if any. */
  error?: Record<string, unknown>;
}

/** Posts `body` as JSON to `path` of a provider's base URL, with `headers` (e.g. the hub's service token). */
export async function postPlacementProtocol(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> | Promise<Record<string, string>> = {},
): Promise<PlacementAnswer> {
  const response = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headers) },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as PlacementAnswer['body'];
  return {
    status: response.status,
    protocol: response.headers.get('x-veiinn-protocol'),
    body: json,
    error: json.errors?.[0]?.extensions,
  };
}
