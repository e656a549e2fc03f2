import { loadOrCreateSigningKey, parseIdentityNumber } from '@veiinn/contracts';
import { freePort } from '@veiinn/testing';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_TTL_SECONDS, createDevIssuer, demoUsers, type RunningIssuer } from '../src';

const CLIENT = 'veiinn-web';
const REDIRECT = 'http://localhost:3000/callback';

/** A PKCE pair as a client makes it (RFC 7636). */
function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

describe('the development issuer as an OpenID Connect provider', () => {
  let folder: string;
  let issuer: RunningIssuer;
  let issuerUrl: string;
  let clock = Date.now();

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'veiinn-oidc-'));
    const port = await freePort();
    issuerUrl = `http://localhost:${port}`;
    const key = await loadOrCreateSigningKey(join(folder, 'key.json'), 'ES256');
    issuer = await createDevIssuer({
      key,
      issuerUrl,
      now: () => clock,
      clients: [
        {
          clientId: CLIENT,
          redirectUris: [REDIRECT, 'http://127.0.0.1:5173/callback'],
          postLogoutRedirectUris: ['http://localhost:3000/'],
        },
      ],
    }).listen(port);
  });
  afterAll(async () => {
    await issuer?.stop();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    clock = Date.now();
  });

  const authorizeParams = (challenge: string, extra: Record<string, string> = {}) => ({
    response_type: 'code',
    client_id: CLIENT,
    redirect_uri: REDIRECT,
    scope: 'openid',
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });

  /** What the sign-in page's form posts when one picks `user`; the issuer's redirect, not followed. */
  const pick = (user: string, params: Record<string, string>) =>
    fetch(`${issuer.url}/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...params, user }),
      redirect: 'manual',
    });

  const codeFor = async (user: string, challenge: string) => {
    const response = await pick(user, authorizeParams(challenge));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('iss')).toBe(issuerUrl);
    return location.searchParams.get('code')!;
  };

  const exchange = (fields: Record<string, string>) =>
    fetch(`${issuer.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: CLIENT,
        redirect_uri: REDIRECT,
        ...fields,
      }),
    });

  const jwks = async () =>
    createLocalJWKSet((await (await fetch(`${issuer.url}/jwks.json`)).json()) as { keys: JWK[] });

  it('describes itself consistently: every endpoint it names answers, PKCE S256 and the code flow only', async () => {
    const discovery = (await (await fetch(`${issuer.url}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer: issuerUrl,
      authorization_endpoint: `${issuerUrl}/authorize`,
      token_endpoint: `${issuerUrl}/token`,
      jwks_uri: `${issuerUrl}/jwks.json`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: expect.arrayContaining(['authorization_code']),
      scopes_supported: expect.arrayContaining(['openid']),
      claims_supported: expect.arrayContaining(['pid', 'acr', 'amr', 'nonce']),
      id_token_signing_alg_values_supported: ['ES256'],
    });
    // Each endpoint is on this issuer and answers (the URLs use ISSUER_URL; the test reaches it on 127.0.0.1).
    const local = (url: unknown) => String(url).replace(issuerUrl, issuer.url);
    expect((await fetch(local(discovery.jwks_uri))).status).toBe(200);
    const { challenge } = pkce();
    const page = await fetch(
      `${local(discovery.authorization_endpoint)}?${new URLSearchParams(authorizeParams(challenge))}`,
    );
    expect(page.status).toBe(200);
    const token = await fetch(local(discovery.token_endpoint), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=authorization_code',
    });
    expect(token.status).toBe(400);
    expect(await token.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('shows an accessible sign-in page without script, bokmål first, with citizens and staff to pick', async () => {
    const { challenge } = pkce();
    const response = await fetch(`${issuer.url}/authorize?${new URLSearchParams(authorizeParams(challenge))}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' http://localhost:3000");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\s*<html lang="nb">/);
    expect(html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(html).toContain('<form method="post" action="/authorize"');
    expect(html).toContain('<legend>Innbyggere');
    for (const user of ['citizen-new-applicant', 'applicant', 'guardian', 'case-worker']) {
      expect(html).toContain(`value="${user}"`);
    }
    // Partner systems use client credentials, never a browser.
    expect(html).not.toContain('value="partner-system"');
    // state and nonce travel in the form, escaped.
    expect(html).toContain('name="state" value="state-123"');
    expect(html).toContain('name="nonce" value="nonce-456"');
  });

  it('signs a new citizen in with PKCE: an access token the gateway accepts, with pid and acr, and an ID token with the nonce', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('citizen-new-applicant', challenge);
    const response = await exchange({ code, code_verifier: verifier });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'openid' });
    const keys = await jwks();
    const access = await jwtVerify(body.access_token as string, keys, {
      issuer: issuerUrl,
      audience: 'veiinn-gateway',
    });
    expect(access.protectedHeader.alg).toBe('ES256');
    expect(access.payload.exp! - access.payload.iat!).toBe(3600);
    const citizen = demoUsers.find((u) => u.id === 'citizen-new-applicant')!;
    expect(access.payload).toMatchObject({
      sub: 'citizen-new-applicant',
      roles: ['applicant'],
      pid: citizen.pid,
      acr: 'idporten-loa-high',
      amr: ['BankID'],
    });
    expect(access.payload.participantIds).toBeUndefined();
    expect(parseIdentityNumber(citizen.pid!)?.kind).toBe('synthetic');
    const id = await jwtVerify(body.id_token as string, keys, { issuer: issuerUrl, audience: CLIENT });
    expect(id.payload).toMatchObject({
      sub: 'citizen-new-applicant',
      nonce: 'nonce-456',
      pid: citizen.pid,
      acr: 'idporten-loa-high',
    });
    expect(typeof id.payload.auth_time).toBe('number');
  });

  it('gives staff their usual claims through the same flow, without pid', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('case-worker', challenge);
    const body = (await (await exchange({ code, code_verifier: verifier })).json()) as { access_token: string };
    const { payload } = await jwtVerify(body.access_token, await jwks(), { issuer: issuerUrl });
    expect(payload).toMatchObject({ sub: 'case-worker', roles: ['case-worker'] });
    expect(payload.pid).toBeUndefined();
  });

  // PKCE is the point: a stolen code is useless without the verifier only the client that asked for it knows.
  it('refuses a code with the wrong code_verifier, and the code is spent after that', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('applicant', challenge);
    const wrong = await exchange({ code, code_verifier: pkce().verifier });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({
      error: 'invalid_grant',
      error_description: expect.stringContaining('code_verifier does not match'),
    });
    expect((await exchange({ code, code_verifier: verifier })).status).toBe(400);
  });

  it('refuses a code used a second time', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('applicant', challenge);
    expect((await exchange({ code, code_verifier: verifier })).status).toBe(200);
    const again = await exchange({ code, code_verifier: verifier });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      error: 'invalid_grant',
      error_description: expect.stringContaining('already used'),
    });
  });

  it('refuses a code older than 60 seconds', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('applicant', challenge);
    clock += CODE_TTL_SECONDS * 1000 + 1;
    const late = await exchange({ code, code_verifier: verifier });
    expect(late.status).toBe(400);
    expect(await late.json()).toEqual({
      error: 'invalid_grant',
      error_description: expect.stringContaining('expired'),
    });
  });

  it('refuses a code exchanged for another redirect URI or client than it was issued to', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor('applicant', challenge);
    const other = await exchange({ code, code_verifier: verifier, redirect_uri: 'http://127.0.0.1:5173/callback' });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ error: 'invalid_grant' });
    const stranger = await exchange({ code: 'x', code_verifier: verifier, client_id: 'someone-else' });
    expect(stranger.status).toBe(401);
    expect(await stranger.json()).toMatchObject({ error: 'invalid_client' });
  });

  // An open redirector would hand the code (or a phishing page) to whoever named the URI.
  it('shows an error page, and never redirects, for an unregistered redirect URI or an unknown client', async () => {
    const { challenge } = pkce();
    const extras: Record<string, string>[] = [
      { redirect_uri: 'https://evil.example/callback' },
      { redirect_uri: `${REDIRECT}/more` },
      { redirect_uri: 'http://localhost:3000/callback?x=1' },
      { client_id: 'someone-else' },
    ];
    for (const extra of extras) {
      for (const response of [
        await fetch(`${issuer.url}/authorize?${new URLSearchParams(authorizeParams(challenge, extra))}`, {
          redirect: 'manual',
        }),
        await pick('applicant', authorizeParams(challenge, extra)),
      ]) {
        expect(response.status).toBe(400);
        expect(response.headers.get('location')).toBeNull();
        const html = await response.text();
        expect(html).toContain('<html lang="nb">');
        expect(html).toContain('Innloggingen kan ikke fortsette');
      }
    }
  });

  it('refuses an authorization request without a code_challenge, or with the plain method, back to the client', async () => {
    const { challenge } = pkce();
    const { code_challenge: _dropped, ...withoutChallenge } = authorizeParams(challenge);
    for (const params of [withoutChallenge, authorizeParams(challenge, { code_challenge_method: 'plain' })]) {
      for (const response of [
        await fetch(`${issuer.url}/authorize?${new URLSearchParams(params)}`, { redirect: 'manual' }),
        await pick('applicant', params),
      ]) {
        expect(response.status).toBe(303);
        const location = new URL(response.headers.get('location')!);
        expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
        expect(location.searchParams.get('error')).toBe('invalid_request');
        expect(location.searchParams.get('state')).toBe('state-123');
        expect(location.searchParams.get('code')).toBeNull();
      }
    }
  });

  it('asks again, on the page, when no user was picked', async () => {
    const { challenge } = pkce();
    const response = await pick('root', authorizeParams(challenge));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Velg en bruker i listen.');
  });

  it('lets the registered web origin read discovery and tokens, and no other', async () => {
    const allowed = await fetch(`${issuer.url}/.well-known/openid-configuration`, {
      headers: { origin: 'http://localhost:3000' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const other = await fetch(`${issuer.url}/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('signs out to a registered address only', async () => {
    const back = await fetch(
      `${issuer.url}/endsession?${new URLSearchParams({ post_logout_redirect_uri: 'http://localhost:3000/', state: 's' })}`,
      { redirect: 'manual' },
    );
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('http://localhost:3000/?state=s');
    const elsewhere = await fetch(
      `${issuer.url}/endsession?${new URLSearchParams({ post_logout_redirect_uri: 'https://evil.example/' })}`,
      { redirect: 'manual' },
    );
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get('location')).toBeNull();
  });

  it('still issues demo tokens from JSON at the same /token', async () => {
    const response = await fetch(`${issuer.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'citizen-new-guardian' }),
    });
    expect(response.status).toBe(200);
    const { access_token } = (await response.json()) as { access_token: string };
    const { payload } = await jwtVerify(access_token, await jwks(), { issuer: issuerUrl });
    expect(payload).toMatchObject({ roles: ['guardian'], pid: expect.stringMatching(/^\d{11}$/) });
  });
});
