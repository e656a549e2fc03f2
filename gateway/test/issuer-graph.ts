/**
 * The whole graph behind the development issuer, as the sign-in suites need it: a real issuer on a free port (its
 * own key in a temporary folder), the gateway checking its tokens, and the browser's part of the OpenID Connect
 * sign-in (authorization code with PKCE) to get a user's token the way the web app will.
 */
import { loadOrCreateSigningKey } from '@veiinn/kit';
import { createDevIssuer, type RunningIssuer } from '@veiinn/dev-issuer';
import { freePort } from '@veiinn/testing';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestGraph, type TestGraph } from './support';

/** The web app's client at the issuer, as registered by default. */
export const WEB_CLIENT = { id: 'veiinn-web', redirectUri: 'http://localhost:3000/callback' };

export interface IssuerGraph {
  issuer: RunningIssuer;
  graph: TestGraph;
  stop(): Promise<void>;
}

export async function startIssuerAndGraph(folderPrefix: string): Promise<IssuerGraph> {
  const folder = mkdtempSync(join(tmpdir(), folderPrefix));
  const port = await freePort();
  const issuerUrl = `http://localhost:${port}`;
  const key = await loadOrCreateSigningKey(join(folder, 'key.json'), 'ES256');
  const issuer = await createDevIssuer({ key, issuerUrl }).listen(port);
  const graph = await startTestGraph({ signIn: { jwksUrl: `${issuer.url}/jwks.json`, issuer: issuerUrl } });
  return {
    issuer,
    graph,
    async stop() {
      await graph.stop();
      await issuer.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's part of the sign-in: the issuer's page (which must offer `user`), picking `user`, the code back on
 * the redirect, and the code exchanged with its PKCE verifier. Returns the access token; fails on any other answer.
 */
export async function signInWithCode(issuer: RunningIssuer, user: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const params = {
    response_type: 'code',
    client_id: WEB_CLIENT.id,
    redirect_uri: WEB_CLIENT.redirectUri,
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  };
  const page = await fetch(`${issuer.url}/authorize?${new URLSearchParams(params)}`);
  if (!(await page.text()).includes(`value="${user}"`)) throw new Error(`the sign-in page does not offer ${user}`);
  const picked = await fetch(`${issuer.url}/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...params, user }),
    redirect: 'manual',
  });
  const code = new URL(picked.headers.get('location')!).searchParams.get('code');
  if (!code) throw new Error(`no code for ${user}: ${picked.status} ${picked.headers.get('location')}`);
  const tokens = await fetch(`${issuer.url}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      client_id: WEB_CLIENT.id,
      redirect_uri: WEB_CLIENT.redirectUri,
    }),
  });
  if (tokens.status !== 200) throw new Error(`the token exchange for ${user} answered ${tokens.status}`);
  return ((await tokens.json()) as { access_token: string }).access_token;
}
