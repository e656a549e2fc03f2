/**
 * What a validly signed token may claim, beyond its signature (issue 10, "token claims" and "the OAuth scope claim
 * is counted as roles"): a lifetime of years, an `iat` in the future, a reserved subject, the role `service` as a
 * scope, and roles smuggled in as OAuth scopes are all refused; and an address that keeps sending refused tokens is
 * slowed down before its tokens are checked at all. Each case here passed the gateway before the fix.
 */
import { generateSigningKey, jwksOf, scopesOf, type Caller, type SigningKey } from '@veiinn/kit';
import express from 'express';
import { SignJWT } from 'jose';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { AccessRules } from '../src/access-directives';
import { findRefusals } from '../src/authorization';
import { createBearerVerifier, signInMiddleware, type SignInOptions } from '../src/sign-in';
import { fixtureSchemaAndRules } from './authorization.fixtures';

const ISSUER = 'http://issuer.test';
const now = () => Math.floor(Date.now() / 1000);

let key: SigningKey;
let options: SignInOptions;

beforeAll(async () => {
  key = await generateSigningKey('ES256');
  options = { jwks: jwksOf(key), issuer: ISSUER };
});

/** A token of the identity provider for the case worker, with `change` applied to its claims. */
function token(
  claims: Record<string, unknown> = { roles: ['case-worker'] },
  change: (jwt: SignJWT) => SignJWT = (jwt) => jwt,
  sub = 'case-worker',
) {
  return change(
    new SignJWT(claims)
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(ISSUER)
      .setAudience('veiinn-gateway')
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('1h'),
  ).sign(key.privateKey);
}

describe('token claims a validly signed token may not make', () => {
  const verify = (jwt: string) => createBearerVerifier(options)(`Bearer ${jwt}`);

  it('accepts the issuer’s ordinary one-hour token, as a control', async () => {
    await expect(verify(await token())).resolves.toMatchObject({ sub: 'case-worker', roles: ['case-worker'] });
  });

  it('refuses a token that expires in 10 years (exp - iat over the maximum lifetime)', async () => {
    const jwt = await token(undefined, (t) => t.setExpirationTime(now() + 10 * 365 * 24 * 3600));
    await expect(verify(jwt)).rejects.toThrow(/lifetime of \d+ s .*longer than the 7200 s accepted/);
  });

  it('takes the maximum lifetime from the options', async () => {
    const shortLived = createBearerVerifier({ ...options, maxLifetimeSeconds: 600 });
    await expect(shortLived(`Bearer ${await token()}`)).rejects.toThrow(/longer than the 600 s accepted/);
  });

  it('refuses a token issued in the future, beyond a small clock skew', async () => {
    const jwt = await token(undefined, (t) => t.setIssuedAt(now() + 3600).setExpirationTime(now() + 5400));
    await expect(verify(jwt)).rejects.toThrow(/issued in the future/);
  });

  it('accepts a token issued a few seconds ahead of our clock (drift within the tolerance)', async () => {
    const jwt = await token(undefined, (t) => t.setIssuedAt(now() + 10));
    await expect(verify(jwt)).resolves.toMatchObject({ sub: 'case-worker' });
  });

  it('refuses a token without "iat" (its lifetime cannot be told)', async () => {
    const jwt = await new SignJWT({ roles: ['case-worker'] })
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(ISSUER)
      .setAudience('veiinn-gateway')
      .setSubject('case-worker')
      .setExpirationTime('1h')
      .sign(key.privateKey);
    await expect(verify(jwt)).rejects.toThrow(/"iat"/);
  });

  it.each(['anonymous', 'veiinn-gateway', 'veiinn-intake'])(
    'refuses the reserved subject "%s", even with a staff role',
    async (sub) => {
      await expect(verify(await token({ roles: ['case-worker'] }, undefined, sub))).rejects.toThrow(
        new RegExp(`subject "${sub}" is reserved`),
      );
    },
  );

  it('refuses the reserved role "service" given as an OAuth scope', async () => {
    const jwt = await token({ roles: ['partner-system'], scope: 'offers:read service' });
    await expect(verify(jwt)).rejects.toThrow(/reserved for our own services .*as a role or as a scope/);
  });
});

describe('roles and OAuth scopes are separate namespaces', () => {
  let schema: GraphQLSchema;
  let rules: AccessRules;
  beforeAll(() => {
    ({ schema, rules } = fixtureSchemaAndRules());
  });

  const refusedFor = (caller: Caller, query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    return findRefusals(schema, document, operation, rules, caller).map((r) => r.path.join('.'));
  };

  it('does not count a role name in "scope" as the role', async () => {
    const caller = await createBearerVerifier(options)(
      `Bearer ${await token({ roles: ['partner-system'], scope: 'case-worker provider-staff openid' })}`,
    );
    expect([...scopesOf(caller)]).toEqual(['partner-system']);
    // `Participant` needs case-worker or provider-staff in the fixture: a scope of that name does not pass.
    expect(refusedFor(caller, '{ participant(id: "p1") { id } }')).toEqual(['participant']);
    expect(refusedFor({ ...caller, roles: ['case-worker'] }, '{ participant(id: "p1") { id } }')).toEqual([]);
  });

  it('counts an OAuth scope of the form resource:action', () => {
    const caller: Caller = { sub: 'system', roles: ['partner-system'], scope: 'offers:read  nav:ingest' };
    expect([...scopesOf(caller)].sort()).toEqual(['nav:ingest', 'offers:read', 'partner-system']);
  });
});

describe('refused sign-ins are rate-limited per address', () => {
  let server: Server;
  let url: string;
  let clock = Date.UTC(2026, 11, 1, 12);

  beforeAll(async () => {
    const app = express();
    // The address comes from X-Forwarded-For here, so one test can speak from several addresses over loopback.
    app.set('trust proxy', 1);
    app.use(
      signInMiddleware(
        options,
        { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
        {
          failedPerMinute: 3,
          now: () => clock,
        },
      ),
      (_req, res) => res.json({ sub: (res.locals.caller as Caller).sub }),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  const send = async (from: string, authorization?: string) => {
    const response = await fetch(url, {
      headers: { 'x-forwarded-for': from, ...(authorization ? { authorization } : {}) },
    });
    const body = (await response.json()) as { sub?: string; errors?: { extensions: { code: string } }[] };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
  };

  it('answers 429 to every token from an address after its refused ones, and lets it in again a minute later', async () => {
    const good = `Bearer ${await token()}`;
    for (let i = 0; i < 3; i += 1) expect((await send('192.0.2.1', 'Bearer forged.token.x')).status).toBe(401);

    const limited = await send('192.0.2.1', good);
    expect(limited).toMatchObject({ status: 429, body: { errors: [{ extensions: { code: 'RATE_LIMITED' } }] } });
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    // Only tokens are held back: the same address without one, and another address, are not.
    expect(await send('192.0.2.1')).toMatchObject({ status: 200, body: { sub: 'anonymous' } });
    expect(await send('192.0.2.2', good)).toMatchObject({ status: 200, body: { sub: 'case-worker' } });

    clock += 60_000;
    expect(await send('192.0.2.1', good)).toMatchObject({ status: 200, body: { sub: 'case-worker' } });
  });

  it('does not count accepted tokens against the address', async () => {
    const good = `Bearer ${await token()}`;
    for (let i = 0; i < 10; i += 1) expect((await send('192.0.2.3', good)).status).toBe(200);
  });
});
