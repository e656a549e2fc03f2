/**
 * Service trust: a subgraph with trust on answers /graphql only with the gateway's token for that subgraph, and
 * puts the caller it names into the request context. Everything else is refused with HTTP 401 before a resolver
 * runs. /health stays open; /feed answers only the hub's service token (routes.trust.test.ts has the full table).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  CALLER_HEADER,
  CALLER_TOKEN_TYPE,
  createLogger,
  createSubgraphServer,
  GATEWAY_ISSUER,
  generateSigningKey,
  jwksOf,
  serviceIssuer,
  signCallerToken,
  type Caller,
  type RequestContext,
  type RunningServer,
  type SigningKey,
} from '@veiinn/kit';
import { createDayServicesLoaders, dayServices } from '@veiinn/subgraph-day-services';
import { createTestDatabase, graphqlRequest, startNodeProcess, type TestDatabase } from '@veiinn/testing';
import { SignJWT } from 'jose';
import { join } from 'node:path';
import { providerCallHeaders } from '@veiinn/subgraph-intake';
import { createGatewayServer } from '../src/gateway';
import { committedSupergraph } from './support';

const QUERY = '{ dayServicesGroups { name } }';
const caller: Caller = { sub: 'case-worker', roles: ['case-worker'] };

describe('a subgraph with service trust on', () => {
  let database: TestDatabase;
  let orm: Awaited<ReturnType<typeof dayServices.openDatabase>>;
  let subgraph: RunningServer;
  let gatewayKey: SigningKey;
  let otherKey: SigningKey;
  /** The hub's own key: the subgraph also trusts calls the hub makes itself (placing a decided place). */
  let hubKey: SigningKey;
  /** The caller each request's context got, in order. */
  const seen: (Caller | null)[] = [];

  beforeAll(async () => {
    [gatewayKey, otherKey, hubKey] = await Promise.all([
      generateSigningKey('EdDSA'),
      generateSigningKey('EdDSA'),
      generateSigningKey('EdDSA'),
    ]);
    database = await createTestDatabase('trust');
    orm = await dayServices.openDatabase(database);
    const recordCaller: ApolloServerPlugin<RequestContext<unknown, unknown>> = {
      requestDidStart: async ({ contextValue }) => void seen.push(contextValue.caller),
    };
    subgraph = await createSubgraphServer({
      name: 'day-services',
      schema: await dayServices.createSchema(),
      orm,
      createLoaders: createDayServicesLoaders,
      app: dayServices.defaultSettings,
      feed: true,
      trust: {
        publicKey: gatewayKey.publicJwk,
        services: [{ issuer: serviceIssuer('intake'), publicKey: hubKey.publicJwk }],
      },
      plugins: [recordCaller],
    }).listen(0);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await orm?.close();
    await database?.drop();
  });

  const call = (token?: string) =>
    graphqlRequest(subgraph.url, QUERY, undefined, token === undefined ? {} : { [CALLER_HEADER]: token });

  /** A token like the gateway's, with one thing changed. */
  const tokenWith = (key: SigningKey, change: (jwt: SignJWT) => SignJWT) =>
    change(
      new SignJWT({ roles: caller.roles, requestId: 'r1' })
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: CALLER_TOKEN_TYPE })
        .setIssuer(GATEWAY_ISSUER)
        .setAudience('day-services')
        .setSubject(caller.sub)
        .setIssuedAt()
        .setExpirationTime('60s'),
    ).sign(key.privateKey);

  const refusals: [string, () => Promise<string | undefined>, RegExp][] = [
    ['no token', async () => undefined, /only requests from the gateway/],
    [
      'a token signed by another key',
      () => signCallerToken(otherKey, { audience: 'day-services', caller, requestId: 'r' }),
      /not signed by a trusted key/,
    ],
    [
      'an expired token',
      () =>
        tokenWith(gatewayKey, (jwt) =>
          jwt.setIssuedAt(Math.floor(Date.now() / 1000) - 600).setExpirationTime(Math.floor(Date.now() / 1000) - 540),
        ),
      /expired/,
    ],
    [
      'a token for another subgraph',
      () => signCallerToken(gatewayKey, { audience: 'arba', caller, requestId: 'r' }),
      /expected audience "day-services"/,
    ],
    [
      'a token from another issuer',
      () => tokenWith(gatewayKey, (jwt) => jwt.setIssuer('someone-else')),
      /issuer is not trusted/,
    ],
    [
      'a token that claims to live for a day',
      () =>
        tokenWith(gatewayKey, (jwt) => jwt.setExpirationTime('24h').setIssuedAt(Math.floor(Date.now() / 1000) - 3600)),
      /issued too long ago/,
    ],
    ['garbage', async () => 'not-a-jwt', /malformed/],
    [
      "the hub's key passing itself off as the gateway",
      () => signCallerToken(hubKey, { audience: 'day-services', caller, requestId: 'r' }),
      /not signed by a trusted key/,
    ],
    [
      'a service the subgraph does not trust',
      () =>
        signCallerToken(otherKey, { issuer: serviceIssuer('nav'), audience: 'day-services', caller, requestId: 'r' }),
      /not signed by a trusted key|issuer is not trusted/,
    ],
    [
      "the hub's token for another subgraph",
      () => providerCallHeaders(hubKey)('arba', caller, 'r').then((headers) => headers[CALLER_HEADER]),
      /expected audience "day-services"/,
    ],
  ];

  it.each(refusals)('refuses a direct call with %s (HTTP 401, UNAUTHENTICATED)', async (_what, token, message) => {
    const before = seen.length;
    const result = await call(await token());
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      { message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    // Refused before Apollo: no context was made, no resolver ran.
    expect(seen.length).toBe(before);
  });

  it("accepts the gateway's token and hands its caller to the request context", async () => {
    const provider: Caller = { sub: 'provider-staff-arba', roles: ['provider-staff'], providerId: 'arba' };
    const token = await signCallerToken(gatewayKey, { audience: 'day-services', caller: provider, requestId: 'r2' });
    const result = await call(token);
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(seen.at(-1)).toEqual(provider);
  });

  it("accepts the hub's own call: the hub as a service, acting for the person who made the decision", async () => {
    const headers = await providerCallHeaders(hubKey)('day-services', caller, 'r3');
    const result = await call(headers[CALLER_HEADER]);
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(seen.at(-1)).toEqual({ sub: 'intake', roles: ['service'], actingFor: caller.sub });
  });

  it('takes an internal token for one request only: the same token again is refused (HTTP 401)', async () => {
    const token = await signCallerToken(gatewayKey, { audience: 'day-services', caller, requestId: 'once' });
    expect((await call(token)).status).toBe(200);
    const before = seen.length;
    const again = await call(token);
    expect(again.status).toBe(401);
    expect(again.errors).toEqual([
      { message: expect.stringMatching(/already used/), extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect(seen.length).toBe(before);
    // A new token for the same caller and request passes: it is the token that is used up, not the caller.
    expect(
      (await call(await signCallerToken(gatewayKey, { audience: 'day-services', caller, requestId: 'once' }))).status,
    ).toBe(200);
  });

  it('refuses a replayed hub token too, on the GraphQL route and on /feed', async () => {
    const headers = await providerCallHeaders(hubKey)('day-services', caller, 'r5');
    expect((await call(headers[CALLER_HEADER])).status).toBe(200);
    expect((await call(headers[CALLER_HEADER])).status).toBe(401);
    // One process-wide memory: a token used at /graphql is used up for /feed as well.
    const feed = `${subgraph.url.replace(/\/graphql$/, '')}/feed`;
    expect((await fetch(feed, { headers })).status).toBe(401);
    const fresh = await providerCallHeaders(hubKey)('day-services', null, 'r6');
    expect((await fetch(feed, { headers: fresh })).status).toBe(200);
    expect((await fetch(feed, { headers: fresh })).status).toBe(401);
  });

  it('refuses a validly signed internal token without a "jti"', async () => {
    const result = await call(await tokenWith(gatewayKey, (jwt) => jwt));
    expect(result.status).toBe(401);
    expect(result.errors).toEqual([
      { message: expect.stringMatching(/lacks a "jti"/), extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  });

  it("keeps /health open, and /feed for the hub's service token only", async () => {
    const base = subgraph.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/feed`)).status).toBe(401);
    const headers = await providerCallHeaders(hubKey)('day-services', null, 'r4');
    expect((await fetch(`${base}/feed`, { headers })).status).toBe(200);
  });

  // A gateway whose key the subgraph does not trust is misconfigured; the client must get an internal error with a
  // reference, not the subgraph's 401 and its URL (Apollo Gateway attaches the subgraph's response to the error).
  it("masks a subgraph's refusal of a gateway it does not trust as an internal error", async () => {
    // Signed in as a case worker, so the gateway's own access rules let the query through to the subgraph.
    const identityKey = await generateSigningKey('ES256');
    const gateway = await createGatewayServer({
      supergraphPath: committedSupergraph,
      subgraphUrls: { 'day-services': subgraph.url },
      internalKey: otherKey,
      logger: createLogger('gateway', 'silent'),
      signIn: { jwks: jwksOf(identityKey), issuer: 'http://service-trust-test.invalid' },
    }).listen(0);
    try {
      const bearer = await new SignJWT({ roles: caller.roles })
        .setProtectedHeader({ alg: identityKey.alg, kid: identityKey.kid })
        .setIssuer('http://service-trust-test.invalid')
        .setAudience('veiinn-gateway')
        .setSubject(caller.sub)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(identityKey.privateKey);
      const result = await graphqlRequest(gateway.url, QUERY, undefined, { authorization: `Bearer ${bearer}` });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Intern feil\. Referanse: .* \/ Internal error\. Reference: /),
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) },
        }),
      ]);
      expect(JSON.stringify(result)).not.toContain(subgraph.url);
    } finally {
      await gateway.stop();
    }
  });
});

describe('a subgraph in production', () => {
  // Each subgraph's real main.ts, as `npm start` and the container run it (built by `tsc -b` before the tests).
  const subgraphs = ['intake', 'day-services', 'work-centre', 'arba', 'nav'];

  it('refuses to start without service trust, and says which variable to set', async () => {
    const runs = subgraphs.map((name) => {
      const prefix = name.toUpperCase().replace(/-/g, '_');
      return {
        prefix,
        run: startNodeProcess(join(__dirname, '..', '..', 'subgraphs', name, 'dist', 'src', 'main.js'), {
          NODE_ENV: 'production',
          [`${prefix}_GATEWAY_JWKS_URL`]: '',
          [`${prefix}_PORT`]: '0',
        }),
      };
    });
    for (const { prefix, run } of runs) {
      expect(await run.exited).toBe(1);
      expect(run.output).toContain(`${prefix}_GATEWAY_JWKS_URL is required with NODE_ENV=production`);
    }
  });
});
