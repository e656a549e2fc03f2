import { loadOrCreateSigningKey } from '@veiinn/contracts';
import { demoParticipantId } from '@veiinn/demo-data';
import { freePort, startNodeProcess, waitUntil } from '@veiinn/testing';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevIssuer, DEMO_PARTNER_ORGNO, demoUsers, type RunningIssuer } from '../src';

const main = join(__dirname, '..', 'dist', 'src', 'main.js');

describe('the development token issuer', () => {
  let folder: string;
  let issuer: RunningIssuer;
  let issuerUrl: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'veiinn-issuer-'));
    const port = await freePort();
    issuerUrl = `http://localhost:${port}`;
    const key = await loadOrCreateSigningKey(join(folder, 'key.json'), 'ES256');
    issuer = await createDevIssuer({ key, issuerUrl }).listen(port);
  });
  afterAll(async () => {
    await issuer?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const post = (body: unknown) =>
    fetch(`${issuer.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('serves a discovery document and its public key, never the private part', async () => {
    const discovery = (await (await fetch(`${issuer.url}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({ issuer: issuerUrl, jwks_uri: `${issuerUrl}/jwks.json` });
    const jwks = (await (await fetch(`${issuer.url}/jwks.json`)).json()) as { keys: JWK[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })]);
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('lists the demo users with their roles, one for each role', async () => {
    const { users } = (await (await fetch(`${issuer.url}/users`)).json()) as {
      users: { id: string; roles: string[] }[];
    };
    expect(users.map((u) => u.id)).toEqual(demoUsers.map((u) => u.id));
    expect(new Set(users.flatMap((u) => u.roles))).toEqual(
      new Set([
        'applicant',
        'guardian',
        'case-worker',
        'provider-staff',
        'nav-staff',
        'analyst',
        'privacy-officer',
        'partner-system',
      ]),
    );
  });

  it('issues a one-hour ES256 token with the claims of each kind of user', async () => {
    const jwks = createLocalJWKSet((await (await fetch(`${issuer.url}/jwks.json`)).json()) as { keys: JWK[] });
    const claimsOf = async (user: string) => {
      const response = await post({ user });
      expect(response.status).toBe(200);
      const { access_token } = (await response.json()) as { access_token: string };
      const { payload, protectedHeader } = await jwtVerify(access_token, jwks, {
        issuer: issuerUrl,
        audience: 'veiinn-gateway',
      });
      expect(protectedHeader.alg).toBe('ES256');
      expect(payload.exp! - payload.iat!).toBe(3600);
      expect(payload.nbf).toBe(payload.iat);
      return payload;
    };
    expect(await claimsOf('applicant')).toMatchObject({
      sub: 'applicant',
      roles: ['applicant'],
      participantIds: [demoParticipantId('p07')],
    });
    expect(await claimsOf('provider-staff-work-centre')).toMatchObject({
      roles: ['provider-staff'],
      providerId: 'baerum-arbeidssenter',
    });
    const partner = await claimsOf('partner-system');
    expect(partner).toMatchObject({ roles: ['partner-system'], orgno: DEMO_PARTNER_ORGNO, scope: expect.any(String) });
    expect(partner.orgno).toMatch(/^\d{9}$/);
  });

  it("issues NAV's import system a token for the NAV import, and no audience it does not know", async () => {
    const jwks = createLocalJWKSet((await (await fetch(`${issuer.url}/jwks.json`)).json()) as { keys: JWK[] });
    const response = await post({ user: 'nav-import', audience: 'veiinn-nav-ingest' });
    expect(response.status).toBe(200);
    const { access_token } = (await response.json()) as { access_token: string };
    const { payload } = await jwtVerify(access_token, jwks, { issuer: issuerUrl, audience: 'veiinn-nav-ingest' });
    expect(payload).toMatchObject({ sub: 'nav-import', roles: ['partner-system'], scope: 'nav:ingest' });
    const unknown = await post({ user: 'nav-import', audience: 'veiinn-elsewhere' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error_description: string }).error_description).toContain('veiinn-nav-ingest');
  });

  // A newly registered participant could never sign in as themselves: only p07 and p01's guardian had tokens.
  it('issues an applicant or a guardian token for any participant id, holding only that participant', async () => {
    const jwks = createLocalJWKSet((await (await fetch(`${issuer.url}/jwks.json`)).json()) as { keys: JWK[] });
    const participantId = randomUUID();
    for (const role of ['applicant', 'guardian']) {
      const response = await post({ user: role, participantId });
      expect(response.status).toBe(200);
      const { access_token } = (await response.json()) as { access_token: string };
      const { payload } = await jwtVerify(access_token, jwks, { issuer: issuerUrl, audience: 'veiinn-gateway' });
      expect(payload).toMatchObject({
        sub: `${role}-${participantId}`,
        roles: [role],
        participantIds: [participantId],
      });
    }
    // The fixed demo users are as they were.
    const fixed = (await (await post({ user: 'applicant' })).json()) as { access_token: string };
    expect((await jwtVerify(fixed.access_token, jwks, { issuer: issuerUrl })).payload).toMatchObject({
      sub: 'applicant',
      participantIds: [demoParticipantId('p07')],
    });
  });

  it('refuses a participant id for a role without participants, and one that is not a participant id', async () => {
    const staff = await post({ user: 'case-worker', participantId: randomUUID() });
    expect(staff.status).toBe(400);
    expect(((await staff.json()) as { error_description: string }).error_description).toContain('"applicant"');
    for (const participantId of ['p07', 42, '', null]) {
      const response = await post({ user: 'applicant', participantId });
      expect(response.status).toBe(400);
      expect((await response.json()) as Record<string, string>).toEqual({
        error: 'invalid_request',
        error_description: expect.stringContaining('participantId must be'),
      });
    }
  });

  // Whoever reaches the issuer may ask, so a token for a participant of one's choice must never exist in production.
  it('refuses a token for a participant of one’s choice in production, with a JSON error, and still the fixed users', async () => {
    const port = await freePort();
    const key = await loadOrCreateSigningKey(join(folder, 'production-mode.json'), 'ES256');
    const strict = await createDevIssuer({ key, issuerUrl: `http://localhost:${port}`, mode: 'production' }).listen(
      port,
    );
    try {
      const ask = (body: unknown) =>
        fetch(`${strict.url}/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const refused = await ask({ user: 'applicant', participantId: randomUUID() });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/application\/json/);
      expect((await refused.json()) as Record<string, string>).toEqual({
        error: 'access_denied',
        error_description: expect.stringContaining('only in development'),
      });
      expect((await ask({ user: 'applicant' })).status).toBe(200);
    } finally {
      await strict.stop();
    }
  });

  it('refuses an unknown user and names the ones it knows', async () => {
    const response = await post({ user: 'root' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; error_description: string };
    expect(body.error).toBe('invalid_request');
    expect(body.error_description).toContain('case-worker');
  });

  it('keeps its key in a file only its owner can read, and reuses it after a restart', async () => {
    const path = join(folder, 'key.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await loadOrCreateSigningKey(path, 'ES256');
    const served = (await (await fetch(`${issuer.url}/jwks.json`)).json()) as { keys: JWK[] };
    expect(again.kid).toBe(served.keys[0].kid);
  });

  it('refuses a key file that others can read', async () => {
    const path = join(folder, 'loose.json');
    await loadOrCreateSigningKey(path, 'ES256');
    chmodSync(path, 0o644);
    await expect(loadOrCreateSigningKey(path, 'ES256')).rejects.toThrow(/chmod 600/);
  });

  it('does not start with NODE_ENV=production', async () => {
    const run = startNodeProcess(main, {
      NODE_ENV: 'production',
      ISSUER_PORT: String(await freePort()),
      ISSUER_KEY_PATH: join(folder, 'production.json'),
    });
    expect(await run.exited).toBe(1);
    expect(run.output).toContain('does not run with NODE_ENV=production');
  });

  it('starts as a process on the port it is given, with a key it creates', async () => {
    const port = await freePort();
    const run = startNodeProcess(main, { ISSUER_PORT: String(port), ISSUER_KEY_PATH: join(folder, 'process.json') });
    try {
      await waitUntil(
        async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok === true,
        'the issuer',
        {
          timeoutMs: 15_000,
        },
      );
      expect(statSync(join(folder, 'process.json')).mode & 0o777).toBe(0o600);
    } finally {
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
  });
});
