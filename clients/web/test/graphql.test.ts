// The fetch wrapper is the app's only way to the graph: these pin what goes on the wire (the hash and the
// variables, never the query text) and how the gateway's refusals reach a person (code, bokmål and English).
import { describe, expect, it, vi } from 'vitest';
import { WebOfferDocument } from '../../src/gql/graphql';
import manifest from '../../persisted-documents.json';
import { GraphQLRequestError, gql, missingParts, request, setSession } from '../src/graphql';

const url = 'http://gateway.test/graphql';

function answering(status: number, body: unknown) {
  return vi.fn<typeof globalThis.fetch>(async () => new Response(JSON.stringify(body), { status }));
}

describe('request', () => {
  it('sends only the registered hash and the variables, never the query text', async () => {
    const fetch = answering(200, { data: { offer: null } });
    await request(WebOfferDocument, { id: 'o1' }, { url, fetch });
    const [calledUrl, init] = fetch.mock.calls[0];
    expect(calledUrl).toBe(url);
    expect(init?.method).toBe('POST');
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['extensions', 'variables']);
    expect(body.variables).toEqual({ id: 'o1' });
    const hash = (body.extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery.sha256Hash;
    // The hash names this very operation in the gateway's trusted documents.
    expect((manifest as Record<string, string>)[hash]).toMatch(/^query WebOffer\(/);
    // A JSON body: the browser asks first (CORS preflight), as the gateway's CSRF check wants.
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('returns the data of a successful answer', async () => {
    const offer = { id: 'o1' };
    const data = await request(WebOfferDocument, { id: 'o1' }, { url, fetch: answering(200, { data: { offer } }) });
    expect(data.offer).toEqual(offer);
  });

  it('returns the rest of an answer whose only errors are services that did not answer, and names them', async () => {
    const unavailable = (path: (string | number)[]) => ({
      message: 'Tjenesten "arba" svarer ikke nå … / The subgraph "arba" is unavailable …',
      path,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'arba', reason: 'timeout' },
    });
    const offer = { id: 'o1', arba: null };
    const fetch = answering(200, { data: { offer }, errors: [unavailable(['offer', 'arba'])] });
    const data = await request(WebOfferDocument, { id: 'o1' }, { url, fetch });
    expect(data.offer).toEqual(offer);
    expect(missingParts(data)).toEqual(['arba']);
    // A whole answer has nothing missing.
    expect(
      missingParts(await request(WebOfferDocument, { id: 'o1' }, { url, fetch: answering(200, { data: { offer } }) })),
    ).toEqual([]);
    // Any other error beside it, or no data at all, is still an error.
    const mixed = answering(200, {
      data: { offer },
      errors: [unavailable(['offer', 'arba']), { message: 'Nei. / No.', extensions: { code: 'FORBIDDEN' } }],
    });
    await expect(request(WebOfferDocument, { id: 'o1' }, { url, fetch: mixed })).rejects.toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
    });
    const nothing = answering(200, { data: null, errors: [unavailable(['offer'])] });
    await expect(request(WebOfferDocument, { id: 'o1' }, { url, fetch: nothing })).rejects.toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
    });
  });

  it('throws the error code and both languages from extensions.messages', async () => {
    const fetch = answering(200, {
      errors: [
        {
          message: 'Ugyldig id. / Invalid id.',
          extensions: { code: 'BAD_USER_INPUT', messages: { nb: 'Ugyldig id.', en: 'Invalid id.' } },
        },
      ],
      data: null,
    });
    const error = await request(WebOfferDocument, { id: 'x' }, { url, fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', messages: { nb: 'Ugyldig id.', en: 'Invalid id.' } });
  });

  it('gives each field problem of a BAD_USER_INPUT, so a form can put it beside its field', async () => {
    const fetch = answering(200, {
      errors: [
        {
          message: 'givenName: må fylles ut. / givenName: is required.',
          extensions: {
            code: 'BAD_USER_INPUT',
            messages: { nb: 'givenName: må fylles ut.', en: 'givenName: is required.' },
            fields: [
              { field: 'givenName', message: 'Må fylles ut. / Is required.', nb: 'Må fylles ut.', en: 'Is required.' },
              { field: 'broken' },
            ],
          },
        },
      ],
      data: null,
    });
    const error = (await request(WebOfferDocument, { id: 'x' }, { url, fetch }).catch(
      (e: unknown) => e,
    )) as GraphQLRequestError;
    expect(error.fields).toEqual([{ field: 'givenName', nb: 'Må fylles ut.', en: 'Is required.' }]);
  });

  it('sends the signed-in person’s token as a bearer token, and none for the public', async () => {
    const fetch = answering(200, { data: { offer: null } });
    await request(WebOfferDocument, { id: 'o1' }, { url, fetch, accessToken: 'token-1' });
    await request(WebOfferDocument, { id: 'o1' }, { url, fetch });
    expect(new Headers(fetch.mock.calls[0][1]?.headers).get('authorization')).toBe('Bearer token-1');
    expect(new Headers(fetch.mock.calls[1][1]?.headers).get('authorization')).toBeNull();
  });

  it('splits a "<nb> / <en>" message when an error has no extensions.messages (the trusted-documents refusal)', async () => {
    const fetch = answering(400, {
      errors: [
        {
          message: 'Dokumentet er ikke registrert på denne gatewayen. / No registered document has this sha256Hash.',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
        },
      ],
    });
    const error = await request(WebOfferDocument, { id: 'x' }, { url, fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'PERSISTED_QUERY_NOT_FOUND',
      status: 400,
      messages: {
        nb: 'Dokumentet er ikke registrert på denne gatewayen.',
        en: 'No registered document has this sha256Hash.',
      },
    });
  });

  it('turns a network failure into NETWORK_ERROR with a message in both languages', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await request(WebOfferDocument, { id: 'x' }, { url, fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR' });
    expect((error as GraphQLRequestError).messages.nb).toMatch(/kontakt/);
  });

  it('turns an answer that is not JSON into an HTTP error code, not a parse error', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await request(WebOfferDocument, { id: 'x' }, { url, fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'HTTP_502', status: 502 });
  });

  it('refuses, before sending anything, an operation that is not among the registered documents', async () => {
    const fetch = answering(200, { data: {} });
    await expect(request(WebOfferDocument, { id: 'x' }, { url, fetch, hashes: {} })).rejects.toThrow(
      /not in clients\/persisted-documents.json/,
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('gql (the signed-in session)', () => {
  it('sends the session’s token, and ends the session when the gateway refuses it', async () => {
    vi.stubEnv('VITE_GATEWAY_URL', url);
    const refused = vi.fn();
    setSession({ accessToken: () => 'expired-token', refused });
    const fetch = answering(401, {
      errors: [{ message: 'Logg inn på nytt. / Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    vi.stubGlobal('fetch', fetch);
    try {
      const error = await gql(WebOfferDocument, { id: 'o1' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
      expect(new Headers(fetch.mock.calls[0][1]?.headers).get('authorization')).toBe('Bearer expired-token');
      expect(refused).toHaveBeenCalledTimes(1);
      // Another refusal, not of the token (e.g. FORBIDDEN), leaves the session alone.
      fetch.mockImplementation(
        async () =>
          new Response(JSON.stringify({ errors: [{ message: 'Nei. / No.', extensions: { code: 'FORBIDDEN' } }] }), {
            status: 200,
          }),
      );
      await gql(WebOfferDocument, { id: 'o1' }).catch(() => undefined);
      expect(refused).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
      vi.unstubAllEnvs();
      setSession({ accessToken: () => undefined, refused: () => undefined });
    }
  });
});
