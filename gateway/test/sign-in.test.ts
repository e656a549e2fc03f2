// Gateway behaviour on a tiny graph: no database.
/**
 * Sign-in at the gateway, with tokens from the real development issuer, over tiny subgraphs with service trust on:
 * a valid token of every demo user is accepted and its caller reaches the subgraphs in the gateway's signed
 * statement; every kind of bad token is refused with HTTP 401 and UNAUTHENTICATED before any subgraph is called.
 */
import { generateSigningKey, type SigningKey } from '@veiinn/kit';
import { createDevIssuer, demoUsers, signDemoToken, type RunningIssuer } from '@veiinn/dev-issuer';
import { freePort, graphqlRequest } from '@veiinn/testing';
import { decodeJwt, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { capacitySubgraph, catalogueSubgraph } from './tiny-catalogue';
import { startTinyGraph, type TinyGraph } from './tiny-graph';

const QUERY = '{ offers(first: 1) { totalCount } }';

describe('sign-in at the gateway', () => {
  let issuerKey: SigningKey;
  let otherKey: SigningKey;
  let issuerUrl: string;
  let issuer: RunningIssuer;
  let graph: TinyGraph;
  /** The gateway's statement of the caller in the last request a subgraph received. */
  const lastStatement = () => decodeJwt(graph.callers.at(-1)!.token!) as JWTPayload & Record<string, unknown>;

  beforeAll(async () => {
    [issuerKey, otherKey] = await Promise.all([generateSigningKey('ES256'), generateSigningKey('ES256')]);
    const port = await freePort();
    issuerUrl = `http://localhost:${port}`;
    issuer = await createDevIssuer({ key: issuerKey, issuerUrl }).listen(port);
    graph = await startTinyGraph({ signIn: { jwksUrl: `${issuer.url}/jwks.json`, issuer: issuerUrl } }, undefined, {
      subgraphs: [catalogueSubgraph, capacitySubgraph],
      trust: true,
    });
  });
  afterAll(async () => {
    await graph?.stop();
    await issuer?.stop();
  });

  const ask = (authorization?: string, query = QUERY) =>
    graphqlRequest<{ offers: { totalCount: number } }>(
      graph.gatewayUrl,
      query,
      undefined,
      authorization === undefined ? {} : { authorization },
    );

  async function tokenFromIssuer(user: string): Promise<string> {
    const response = await fetch(`${issuer.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600 });
    return body.access_token;
  }

  it.each(demoUsers.map((user) => [user.id, user] as const))(
    "accepts %s's token from the issuer, and tells the subgraph who asks",
    async (id, user) => {
      const result = await ask(`Bearer ${await tokenFromIssuer(id)}`);
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data?.offers.totalCount).toBeGreaterThan(0);

      const statement = lastStatement();
      expect(statement).toMatchObject({ iss: 'veiinn-gateway', aud: 'catalogue', sub: id, roles: user.roles });
      expect(statement.providerId).toEqual(user.providerId);
      expect(statement.participantIds).toEqual(user.participantIds);
      expect([statement.orgno, statement.scope]).toEqual([user.orgno, user.scope]);
      expect(statement.exp! - statement.iat!).toBe(60);
      expect(statement.requestId).toEqual(graph.fetches.at(-1)?.requestId);
      // The subgraph verified the statement, and its resolvers got that caller.
      expect(graph.callers.at(-1)?.caller).toMatchObject({ sub: id, roles: user.roles });
    },
  );

  it('signs one statement per subgraph request, each for that subgraph alone', async () => {
    const before = graph.callers.length;
    const token = await tokenFromIssuer('case-worker');
    const result = await ask(`Bearer ${token}`, '{ offers(first: 1) { nodes { id freePlaces } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ offers: { nodes: [{ id: 'tiny-offer', freePlaces: 2 }] } });
    const received = graph.callers.slice(before);
    expect(received.map((r) => r.subgraph)).toEqual(['catalogue', 'capacity']);
    const statements = received.map((r) => decodeJwt(r.token!));
    expect(statements.map((s) => s.aud)).toEqual(['catalogue', 'capacity']);
    expect(statements.map((s) => s.sub)).toEqual(['case-worker', 'case-worker']);
    expect(statements[0].requestId).toEqual(statements[1].requestId);
    expect(statements[0].jti).not.toEqual(statements[1].jti);
  });

  it('lets a caller without a token in as public', async () => {
    const result = await ask();
    expect(result.errors).toBeUndefined();
    expect(lastStatement()).toMatchObject({ sub: 'anonymous', roles: ['public'] });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const caseWorker = demoUsers.find((user) => user.id === 'case-worker')!;
  /** The issuer's own claims for the case worker, signed by `key`, with one thing changed. */
  const forged = (
    key: SigningKey,
    change: (jwt: SignJWT) => SignJWT = (jwt) => jwt,
    claims: Record<string, unknown> = { roles: caseWorker.roles },
  ) =>
    change(
      new SignJWT(claims)
        .setProtectedHeader({ alg: key.alg, kid: key.kid })
        .setIssuer(issuerUrl)
        .setAudience('veiinn-gateway')
        .setSubject(caseWorker.id)
        .setIssuedAt()
        .setExpirationTime('1h'),
    ).sign(key.privateKey);

  const refusals: [string, () => Promise<string>, RegExp][] = [
    ['signed by another key', async () => `Bearer ${await forged(otherKey)}`, /not signed by a trusted key/],
    [
      'expired',
      async () =>
        `Bearer ${await forged(issuerKey, (jwt) => jwt.setIssuedAt(now() - 7200).setExpirationTime(now() - 3600))}`,
      /expired/,
    ],
    [
      'not valid yet (nbf)',
      async () => `Bearer ${await forged(issuerKey, (jwt) => jwt.setNotBefore(now() + 600))}`,
      /not valid yet/,
    ],
    [
      'for another audience',
      async () => `Bearer ${await forged(issuerKey, (jwt) => jwt.setAudience('someone-else'))}`,
      /expected audience "veiinn-gateway"/,
    ],
    [
      'from another issuer',
      async () => `Bearer ${await forged(issuerKey, (jwt) => jwt.setIssuer('http://evil.example'))}`,
      /issuer is not trusted/,
    ],
    [
      'unsigned (alg: none)',
      async () =>
        `Bearer ${new UnsecuredJWT({ roles: ['privacy-officer'] }).setIssuer(issuerUrl).setAudience('veiinn-gateway').setSubject('x').setIssuedAt().setExpirationTime('1h').encode()}`,
      /algorithm is not accepted/,
    ],
    [
      'HS256, with the public key text as the secret',
      async () => {
        const jwks = await (await fetch(`${issuer.url}/jwks.json`)).text();
        const jwt = new SignJWT({ roles: ['privacy-officer'] })
          .setProtectedHeader({ alg: 'HS256', kid: issuerKey.kid })
          .setIssuer(issuerUrl)
          .setAudience('veiinn-gateway')
          .setSubject('x')
          .setIssuedAt()
          .setExpirationTime('1h');
        return `Bearer ${await jwt.sign(new TextEncoder().encode(jwks))}`;
      },
      /algorithm is not accepted/,
    ],
    ['malformed', async () => 'Bearer not.a.jwt', /malformed/],
    ['not a bearer token', async () => 'Basic Y2FzZS13b3JrZXI6cGFzc29yZA==', /must be "Bearer <token>"/],
    [
      'signed by the issuer, but without roles',
      async () => `Bearer ${await forged(issuerKey, undefined, {})}`,
      /"roles"/,
    ],
    [
      'signed by the issuer, but with the reserved role "service"',
      async () => `Bearer ${await forged(issuerKey, undefined, { roles: ['case-worker', 'service'] })}`,
      /reserved for our own services/,
    ],
    [
      'signed by the issuer, with only the role "service"',
      async () => `Bearer ${await forged(issuerKey, undefined, { roles: ['service'] })}`,
      /reserved for our own services/,
    ],
  ];

  it('refuses every bad token with HTTP 401 and UNAUTHENTICATED, before any subgraph is called', async () => {
    let refused = 0;
    for (const [what, authorization, message] of refusals) {
      const fetchesBefore = graph.fetches.length;
      const result = await ask(await authorization());
      expect({ what, status: result.status, data: result.data, errors: result.errors }).toEqual({
        what,
        status: 401,
        data: undefined,
        errors: [{ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } }],
      });
      expect(graph.fetches.length).toBe(fetchesBefore);
      refused += 1;
    }
    console.log(`Refused ${refused} of ${refusals.length} bad tokens: ${refusals.map(([what]) => what).join('; ')}`);
    expect(refused).toBe(refusals.length);
  });

  it('signs tokens the gateway accepts without the issuer (signDemoToken), with claims from the demo users', async () => {
    const token = await signDemoToken(caseWorker, { key: issuerKey, issuerUrl });
    expect((await ask(`Bearer ${token}`)).status).toBe(200);
  });
});
