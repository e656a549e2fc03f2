import { type SigningKey } from '@veiinn/contracts';
import express, { type Express, type Request, type Response } from 'express';
import { SignJWT } from 'jose';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DemoUser } from './users';

/** The web app's client id at the dev issuer, unless ISSUER_CLIENT_ID says otherwise. */
export const DEFAULT_CLIENT_ID = 'veiinn-web';
/** Where the web app takes the code back, unless ISSUER_REDIRECT_URIS says otherwise. */
export const DEFAULT_REDIRECT_URIS = ['http://localhost:3000/callback'];
/** Where the web app asks to land after signing out, unless ISSUER_POST_LOGOUT_REDIRECT_URIS says otherwise. */
export const DEFAULT_POST_LOGOUT_REDIRECT_URIS = ['http://localhost:3000/'];
/** An authorization code is good for one exchange within a minute, as ID-porten's. */
export const CODE_TTL_SECONDS = 60;

/** A client registered at the issuer: a public client (no secret) that must use PKCE with S256. */
export interface OidcClient {
  clientId: string;
  /** Exact-match list: a redirect URI that is not here is never redirected to. */
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface OidcOptions {
  key: SigningKey;
  issuerUrl: string;
  audience: string;
  ttlSeconds: number;
  clients: OidcClient[];
  /** The users one may pick on the sign-in page (people, not partner systems). */
  users: DemoUser[];
  /** The clock in milliseconds (tests). */
  now?: () => number;
  signAccessToken(user: DemoUser): Promise<string>;
  log(message: string, fields: Record<string, unknown>): void;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  userId: string;
  nonce?: string;
  scope: string;
  authTime: number;
  expiresAt: number;
}

/** `code_verifier` of RFC 7636: 43–128 unreserved characters. */
const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
/** An S256 `code_challenge`: base64url of a SHA-256 digest, 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
/** `state` and `nonce` are passed through unchanged; this bounds their size and keeps them printable. */
const OPAQUE = /^[\x21-\x7e]{1,512}$/;

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** Persons sign in through the page; partner systems use client credentials and never see it. */
export const signsInInBrowser = (user: DemoUser) => !user.roles.includes('partner-system');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c as '&']);

const originOf = (uri: string) => new URL(uri).origin;

/**
 * The authorization code flow with PKCE (S256 only) of OpenID Connect, enough of it for the web app to sign in the
 * same way as against ID-porten: the discovery document's endpoints, `GET /authorize` (a page to pick a demo user),
 * `POST /authorize` (a single-use code, 60 s, bound to client, redirect URI and challenge), the form-encoded
 * `POST /token` (access token and ID token), and `GET /endsession`.
 */
export function mountOidc(app: Express, options: OidcOptions) {
  const now = options.now ?? Date.now;
  const base = options.issuerUrl.replace(/\/$/, '');
  const codes = new Map<string, IssuedCode>();
  const clientOf = (id: unknown) => options.clients.find((c) => c.clientId === id);
  const browserOrigins = [
    ...new Set(options.clients.flatMap((c) => [...c.redirectUris, ...(c.postLogoutRedirectUris ?? [])]).map(originOf)),
  ];

  const discovery = () => ({
    issuer: options.issuerUrl,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/token`,
    jwks_uri: `${base}/jwks.json`,
    end_session_endpoint: `${base}/endsession`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'urn:veiinn:dev-user'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    scopes_supported: ['openid', 'profile'],
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'acr', 'amr', 'pid', 'roles'],
    acr_values_supported: ['idporten-loa-high'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: [options.key.alg],
    authorization_response_iss_parameter_supported: true,
    ui_locales_supported: ['nb', 'en'],
  });

  // The web app reads discovery, keys and tokens from the browser: only the registered clients' origins may.
  app.use(['/.well-known/openid-configuration', '/jwks.json', '/token'], (req, res, next) => {
    const origin = req.header('origin');
    if (origin && browserOrigins.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
      res.setHeader('access-control-allow-methods', 'GET, POST');
      res.setHeader('access-control-allow-headers', 'content-type');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
  app.get('/.well-known/openid-configuration', (_req, res) => {
    res.json(discovery());
  });

  /** Security headers of every page the issuer shows: no script at all, no framing, forms only to itself. */
  const pageHeaders = (res: Response, formTargets: string[] = []) => {
    res.setHeader(
      'content-security-policy',
      [
        "default-src 'none'",
        "style-src 'self'",
        // A form's redirect is checked against form-action too: the code goes to the registered redirect URI.
        `form-action 'self' ${formTargets.join(' ')}`.trim(),
        "frame-ancestors 'none'",
        "base-uri 'none'",
      ].join('; '),
    );
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('cache-control', 'no-store');
    res.type('html');
  };

  const errorPage = (res: Response, status: number, nb: string, en: string) => {
    pageHeaders(res);
    res.status(status).send(`<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Innlogging feilet – Veiinn</title><link rel="stylesheet" href="/authorize.css"></head>
<body><main>
<h1>Innloggingen kan ikke fortsette</h1>
<p role="alert">${escapeHtml(nb)}</p>
<section lang="en" aria-labelledby="en-heading"><h2 id="en-heading">Sign-in cannot continue</h2>
<p>${escapeHtml(en)}</p></section>
</main></body></html>`);
  };

  app.get('/authorize.css', (_req, res) => {
    res.type('css').setHeader('cache-control', 'public, max-age=300');
    res.send(`body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto}
fieldset{border:1px solid #767676;border-radius:4px;margin:0 0 1rem;padding:0.5rem 1rem}
legend{font-weight:600;padding:0 0.25rem}
label{display:block;padding:0.4rem 0}
input[type=radio]{margin-right:0.5rem;width:1.1rem;height:1.1rem;vertical-align:middle}
button{font:inherit;padding:0.6rem 1.2rem;border-radius:4px;border:2px solid #0062ba;background:#0062ba;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.hint{color:#4a4a4a;font-size:0.9rem}
`);
  });

  /** A parsed, checked authorization request; or why it is refused, and whether it may go back to the client. */
  type AuthorizeRequest = {
    client: OidcClient;
    redirectUri: string;
    codeChallenge: string;
    scope: string;
    state?: string;
    nonce?: string;
  };
  type Checked =
    | { ok: true; request: AuthorizeRequest }
    | { ok: false; page: { nb: string; en: string } }
    | { ok: false; redirectUri: string; state?: string; error: string; description: string };

  const checkAuthorize = (params: Record<string, unknown>): Checked => {
    const text = (name: string) => (typeof params[name] === 'string' ? (params[name] as string) : undefined);
    // Until client and redirect URI are known good, nothing goes back to the redirect URI: an error page instead.
    const client = clientOf(text('client_id'));
    if (!client) {
      return {
        ok: false,
        page: {
          nb: 'Ukjent klient (client_id). Appen som sendte deg hit er ikke registrert hos denne innloggingen.',
          en: `Unknown client_id ${JSON.stringify(text('client_id') ?? null)}: the application that sent you here is not registered at this issuer (ISSUER_CLIENT_ID).`,
        },
      };
    }
    const redirectUri = text('redirect_uri');
    if (!redirectUri || !client.redirectUris.includes(redirectUri)) {
      return {
        ok: false,
        page: {
          nb: 'Adressen appen vil sende deg tilbake til (redirect_uri) er ikke registrert, så du sendes ikke dit.',
          en: `The redirect_uri is not registered for client ${client.clientId} (exact match against ISSUER_REDIRECT_URIS), so you are not sent there.`,
        },
      };
    }
    const state = text('state');
    const back = (error: string, description: string): Checked => ({
      ok: false,
      redirectUri,
      ...(state !== undefined && OPAQUE.test(state) && { state }),
      error,
      description,
    });
    if (state !== undefined && !OPAQUE.test(state)) {
      return back('invalid_request', 'state must be 1-512 printable ASCII characters.');
    }
    if (text('response_type') !== 'code') {
      return back('unsupported_response_type', 'Only response_type=code (the authorization code flow) is supported.');
    }
    const scope = text('scope') ?? '';
    if (!scope.split(' ').includes('openid')) {
      return back('invalid_scope', 'scope must include "openid".');
    }
    const codeChallenge = text('code_challenge');
    if (!codeChallenge) {
      return back('invalid_request', 'code_challenge is required: PKCE (RFC 7636) with S256 is mandatory.');
    }
    if (text('code_challenge_method') !== 'S256' || !S256_CHALLENGE.test(codeChallenge)) {
      return back(
        'invalid_request',
        'code_challenge_method must be S256 and code_challenge the base64url SHA-256 of the verifier (43 characters).',
      );
    }
    const nonce = text('nonce');
    if (nonce !== undefined && !OPAQUE.test(nonce)) {
      return back('invalid_request', 'nonce must be 1-512 printable ASCII characters.');
    }
    return {
      ok: true,
      request: {
        client,
        redirectUri,
        codeChallenge,
        scope,
        ...(state !== undefined && { state }),
        ...(nonce !== undefined && { nonce }),
      },
    };
  };

  const redirectBack = (res: Response, redirectUri: string, params: Record<string, string | undefined>) => {
    const target = new URL(redirectUri);
    for (const [name, value] of Object.entries(params)) if (value !== undefined) target.searchParams.set(name, value);
    target.searchParams.set('iss', options.issuerUrl);
    res.setHeader('cache-control', 'no-store');
    res.redirect(303, target.toString());
  };

  const refuse = (res: Response, checked: Exclude<Checked, { ok: true }>) => {
    if ('page' in checked) {
      errorPage(res, 400, checked.page.nb, checked.page.en);
      return;
    }
    redirectBack(res, checked.redirectUri, {
      error: checked.error,
      error_description: checked.description,
      state: checked.state,
    });
  };

  const signInPage = (request: AuthorizeRequest, problem?: string) => {
    const hidden = Object.entries({
      client_id: request.client.clientId,
      redirect_uri: request.redirectUri,
      response_type: 'code',
      scope: request.scope,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
      state: request.state,
      nonce: request.nonce,
    })
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value!)}">`)
      .join('\n');
    const group = (legend: string, users: DemoUser[]) =>
      users.length === 0
        ? ''
        : `<fieldset><legend>${legend}</legend>
${users
  .map(
    (u) =>
      `<label><input type="radio" name="user" value="${escapeHtml(u.id)}" required>${escapeHtml(u.description)}</label>`,
  )
  .join('\n')}
</fieldset>`;
    const people = options.users.filter(signsInInBrowser);
    const citizens = people.filter((u) => u.pid !== undefined);
    const staff = people.filter((u) => u.pid === undefined);
    return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logg inn – Veiinn (utvikling)</title><link rel="stylesheet" href="/authorize.css"></head>
<body><main>
<h1>Logg inn på Veiinn <span lang="en">/ Sign in to Veiinn</span></h1>
<p>Dette er utviklingsinnloggingen: velg en oppdiktet bruker. I drift logger innbyggere inn med ID-porten og
ansatte med kommunens innlogging. <span lang="en">This is the development sign-in: pick an invented user. In
production, citizens sign in with ID-porten and staff with the municipality's identity provider.</span></p>
${problem ? `<p role="alert" id="problem">${problem}</p>` : ''}
<form method="post" action="/authorize"${problem ? ' aria-describedby="problem"' : ''}>
${hidden}
${group('Innbyggere (ID-porten, syntetiske fødselsnumre) <span lang="en">/ Citizens (ID-porten, synthetic identity numbers)</span>', citizens)}
${group('Ansatte <span lang="en">/ Staff</span>', staff)}
<button type="submit">Logg inn <span lang="en">/ Sign in</span></button>
</form>
<p class="hint">Appen ${escapeHtml(request.client.clientId)} får svaret på ${escapeHtml(request.redirectUri)}.
<span lang="en">The application ${escapeHtml(request.client.clientId)} receives the answer at ${escapeHtml(request.redirectUri)}.</span></p>
</main></body></html>`;
  };

  app.get('/authorize', (req: Request, res: Response) => {
    const checked = checkAuthorize(req.query as Record<string, unknown>);
    if (!checked.ok) {
      refuse(res, checked);
      return;
    }
    pageHeaders(res, [originOf(checked.request.redirectUri)]);
    res.send(signInPage(checked.request));
  });

  app.post('/authorize', express.urlencoded({ extended: false, limit: 10_000 }), (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const checked = checkAuthorize(body);
    if (!checked.ok) {
      refuse(res, checked);
      return;
    }
    const user = options.users.filter(signsInInBrowser).find((u) => u.id === body.user);
    if (!user) {
      pageHeaders(res, [originOf(checked.request.redirectUri)]);
      res
        .status(400)
        .send(
          signInPage(checked.request, 'Velg en bruker i listen. <span lang="en">Pick a user from the list.</span>'),
        );
      return;
    }
    const code = randomBytes(32).toString('base64url');
    const issuedAt = now();
    codes.set(code, {
      clientId: checked.request.client.clientId,
      redirectUri: checked.request.redirectUri,
      codeChallenge: checked.request.codeChallenge,
      userId: user.id,
      scope: checked.request.scope,
      ...(checked.request.nonce !== undefined && { nonce: checked.request.nonce }),
      authTime: Math.floor(issuedAt / 1000),
      expiresAt: issuedAt + CODE_TTL_SECONDS * 1000,
    });
    // Expired codes are dropped as new ones come: the map stays as small as the last minute's sign-ins.
    for (const [old, issued] of codes) if (issued.expiresAt <= issuedAt) codes.delete(old);
    options.log('Issued an authorization code', { user: user.id, client: checked.request.client.clientId });
    redirectBack(res, checked.request.redirectUri, { code, state: checked.request.state });
  });

  /** The answer of RFC 6749 section 5.2. */
  const tokenError = (res: Response, status: number, error: string, description: string) => {
    res.setHeader('cache-control', 'no-store');
    res.status(status).json({ error, error_description: description });
  };

  /** `POST /token` with grant_type=authorization_code, form-encoded (the JSON demo-user form is issuer.ts's). */
  const exchangeCode = async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
    if (text('grant_type') !== 'authorization_code') {
      tokenError(
        res,
        400,
        'unsupported_grant_type',
        'Bare autorisasjonskode støttes. / Only grant_type=authorization_code is supported in a form-encoded request (demo users: POST JSON {"user": "<id>"}).',
      );
      return;
    }
    const code = text('code');
    const verifier = text('code_verifier');
    const clientId = text('client_id');
    const redirectUri = text('redirect_uri');
    if (!code || !verifier || !clientId || !redirectUri) {
      tokenError(
        res,
        400,
        'invalid_request',
        'Mangler felt. / code, code_verifier, client_id and redirect_uri are all required.',
      );
      return;
    }
    if (!clientOf(clientId)) {
      tokenError(res, 401, 'invalid_client', `Ukjent klient. / Unknown client_id ${JSON.stringify(clientId)}.`);
      return;
    }
    const issued = codes.get(code);
    // Single use: the first exchange takes the code away, whether it succeeds or not, so a verifier cannot be guessed.
    codes.delete(code);
    const invalidGrant = (nb: string, en: string) => tokenError(res, 400, 'invalid_grant', `${nb} / ${en}`);
    if (!issued) {
      invalidGrant(
        'Koden er ukjent eller allerede brukt; logg inn på nytt.',
        'The code is unknown or was already used; sign in again.',
      );
      return;
    }
    if (issued.expiresAt <= now()) {
      invalidGrant(
        'Koden er utløpt; logg inn på nytt.',
        `The code has expired (it is good for ${CODE_TTL_SECONDS} s); sign in again.`,
      );
      return;
    }
    if (issued.clientId !== clientId || issued.redirectUri !== redirectUri) {
      invalidGrant(
        'Koden ble gitt til en annen klient eller adresse.',
        'The code was issued to another client_id or redirect_uri.',
      );
      return;
    }
    const challenge = Buffer.from(issued.codeChallenge);
    const computed = Buffer.from(CODE_VERIFIER.test(verifier) ? s256(verifier) : '');
    if (computed.length !== challenge.length || !timingSafeEqual(computed, challenge)) {
      invalidGrant(
        'Koden kan ikke brukes med denne verifikatoren.',
        'The code_verifier does not match the code_challenge (S256).',
      );
      return;
    }
    const user = options.users.find((u) => u.id === issued.userId);
    if (!user) {
      invalidGrant('Brukeren finnes ikke lenger.', 'The user no longer exists at the issuer.');
      return;
    }
    const accessToken = await options.signAccessToken(user);
    // One reading of the clock for both times (see signDemoToken).
    const issuedAt = Math.floor(now() / 1000);
    const idToken = await new SignJWT({
      ...(issued.nonce !== undefined && { nonce: issued.nonce }),
      auth_time: issued.authTime,
      ...(user.pid !== undefined && { pid: user.pid }),
      ...(user.acr !== undefined && { acr: user.acr }),
      ...(user.amr !== undefined && { amr: user.amr }),
      roles: user.roles,
      // Provider staff's provider, so the web app opens their provider's workspace (the access token has it too).
      ...(user.providerId !== undefined && { providerId: user.providerId }),
      locale: 'nb',
    })
      .setProtectedHeader({ alg: options.key.alg, kid: options.key.kid, typ: 'JWT' })
      .setIssuer(options.issuerUrl)
      .setAudience(clientId)
      .setSubject(user.id)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + options.ttlSeconds)
      .sign(options.key.privateKey);
    options.log('Exchanged an authorization code', { user: user.id, client: clientId });
    res.setHeader('cache-control', 'no-store');
    res.setHeader('pragma', 'no-cache');
    res.json({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: options.ttlSeconds,
      id_token: idToken,
      scope: issued.scope,
    });
  };

  app.get('/endsession', (req: Request, res: Response) => {
    const target = typeof req.query.post_logout_redirect_uri === 'string' ? req.query.post_logout_redirect_uri : '';
    const state = typeof req.query.state === 'string' && OPAQUE.test(req.query.state) ? req.query.state : undefined;
    const allowed = options.clients.some((c) => (c.postLogoutRedirectUris ?? []).includes(target));
    if (allowed) {
      const url = new URL(target);
      if (state) url.searchParams.set('state', state);
      res.redirect(303, url.toString());
      return;
    }
    pageHeaders(res);
    res.send(`<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logget ut – Veiinn</title><link rel="stylesheet" href="/authorize.css"></head>
<body><main><h1>Du er logget ut <span lang="en">/ You are signed out</span></h1>
<p>Utviklingsinnloggingen husker ingen økt, så det er ingenting mer å gjøre. <span lang="en">The development issuer
keeps no session, so there is nothing more to do.</span></p></main></body></html>`);
  });

  return { exchangeCode, discovery };
}
