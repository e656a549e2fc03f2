import { createLocalJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { KeyObject, randomUUID, sign } from 'node:crypto';
import { generateSigningKey, type SigningKey } from '../src/keys';
import {
  CALLER_TOKEN_TTL_SECONDS,
  CALLER_TOKEN_TYPE,
  createCallerVerifier,
  GATEWAY_ISSUER,
  ReplayCache,
  verifyCallerJwt,
} from '../src/trust';

/**
 * The caller token is verified by hand (trust.ts `verifyCallerJwt`: node's crypto, synchronously) rather than by
 * jose's `jwtVerify`, which was twice as slow. Every check jose made must still be made: each token below, good or
 * broken in one way, gets the same answer from both, down to the error's class and claim (describeTokenError's
 * messages hang on them).
 */
const AUDIENCE = 'day-services';

/** Signs any header and payload, as a signer that breaks the rules might. */
function signRaw(key: SigningKey, header: unknown, payload: unknown, alg = key.alg): string {
  const encode = (value: unknown) =>
    Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(payload)}`;
  const privateKey = key.privateKey as KeyObject;
  const signature =
    alg === 'EdDSA'
      ? sign(null, Buffer.from(input), privateKey)
      : sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

const joseVerify = (token: string, keys: JWTVerifyGetKey) =>
  jwtVerify(token, keys, {
    issuer: GATEWAY_ISSUER,
    audience: AUDIENCE,
    algorithms: ['EdDSA', 'ES256'],
    typ: CALLER_TOKEN_TYPE,
    requiredClaims: ['exp', 'iat'],
    maxTokenAge: CALLER_TOKEN_TTL_SECONDS + 5,
    clockTolerance: 5,
  }).then((r) => r.payload);

/** What a verification came to: the payload, or the error's class, claim and reason. */
async function outcome(run: () => Promise<unknown>) {
  try {
    return { ok: await run() };
  } catch (error) {
    const e = error as { name: string; code?: string; claim?: string; reason?: string };
    return { failed: e.code ?? e.name, claim: e.claim, reason: e.reason };
  }
}

describe('verifyCallerJwt', () => {
  let ed: SigningKey;
  let es: SigningKey;
  let other: SigningKey;
  let keys: JWTVerifyGetKey;

  beforeAll(async () => {
    [ed, es, other] = await Promise.all([
      generateSigningKey('EdDSA'),
      generateSigningKey('ES256'),
      generateSigningKey('EdDSA'),
    ]);
    keys = createLocalJWKSet({ keys: [ed.publicJwk, es.publicJwk] });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const header = (key: SigningKey, extra: Record<string, unknown> = {}) => ({
    alg: key.alg,
    kid: key.kid,
    typ: CALLER_TOKEN_TYPE,
    ...extra,
  });
  const claims = (extra: Record<string, unknown> = {}) => ({
    sub: 'test-case-worker',
    roles: ['case-worker'],
    jti: randomUUID(),
    iss: GATEWAY_ISSUER,
    aud: AUDIENCE,
    iat: now(),
    exp: now() + CALLER_TOKEN_TTL_SECONDS,
    ...extra,
  });
  const without = (name: string) => {
    const c: Record<string, unknown> = claims();
    delete c[name];
    return c;
  };

  const cases: [string, () => string][] = [
    ['a good EdDSA token', () => signRaw(ed, header(ed), claims())],
    ['a good ES256 token', () => signRaw(es, header(es), claims())],
    [
      'typ with application/ and in capitals',
      () => signRaw(ed, header(ed, { typ: 'application/VEIINN-Caller+JWT' }), claims()),
    ],
    ['an audience list that names us', () => signRaw(ed, header(ed), claims({ aud: ['nav', AUDIENCE] }))],
    ['an audience list that does not', () => signRaw(ed, header(ed), claims({ aud: ['nav', 'arba'] }))],
    ['another audience', () => signRaw(ed, header(ed), claims({ aud: 'arba' }))],
    ['an audience of the wrong type', () => signRaw(ed, header(ed), claims({ aud: 7 }))],
    ['another issuer', () => signRaw(ed, header(ed), claims({ iss: 'veiinn-intake' }))],
    ['no issuer', () => signRaw(ed, header(ed), without('iss'))],
    ['no audience', () => signRaw(ed, header(ed), without('aud'))],
    ['no exp', () => signRaw(ed, header(ed), without('exp'))],
    ['no iat', () => signRaw(ed, header(ed), without('iat'))],
    ['exp passed', () => signRaw(ed, header(ed), claims({ iat: now() - 30, exp: now() - 10 }))],
    ['exp passed within the tolerance', () => signRaw(ed, header(ed), claims({ iat: now() - 30, exp: now() - 3 }))],
    ['exp as a string', () => signRaw(ed, header(ed), claims({ exp: String(now() + 60) }))],
    ['iat as a string', () => signRaw(ed, header(ed), claims({ iat: String(now()) }))],
    ['iat in the future', () => signRaw(ed, header(ed), claims({ iat: now() + 60, exp: now() + 120 }))],
    ['iat too old', () => signRaw(ed, header(ed), claims({ iat: now() - 120, exp: now() + 60 }))],
    ['nbf in the future', () => signRaw(ed, header(ed), claims({ nbf: now() + 60 }))],
    ['nbf as a string', () => signRaw(ed, header(ed), claims({ nbf: 'soon' }))],
    ['nbf passed', () => signRaw(ed, header(ed), claims({ nbf: now() - 1 }))],
    ['no typ', () => signRaw(ed, { alg: 'EdDSA', kid: ed.kid }, claims())],
    ['another typ', () => signRaw(ed, header(ed, { typ: 'JWT' }), claims())],
    ['typ of the wrong type', () => signRaw(ed, header(ed, { typ: 1 }), claims())],
    ['no alg', () => signRaw(ed, { kid: ed.kid, typ: CALLER_TOKEN_TYPE }, claims(), 'EdDSA')],
    ['alg none', () => signRaw(ed, header(ed, { alg: 'none' }), claims(), 'EdDSA')],
    ['alg HS256', () => signRaw(ed, header(ed, { alg: 'HS256' }), claims(), 'EdDSA')],
    ['alg ES256 on an EdDSA key', () => signRaw(ed, header(ed, { alg: 'ES256' }), claims(), 'EdDSA')],
    ['an unknown key', () => signRaw(other, header(other), claims())],
    ['an unknown key under a known kid', () => signRaw(other, header(ed), claims())],
    ['no kid', () => signRaw(ed, { alg: 'EdDSA', typ: CALLER_TOKEN_TYPE }, claims())],
    ['a payload that is an array', () => signRaw(ed, header(ed), [claims()])],
    ['a payload that is not JSON', () => signRaw(ed, header(ed), 'not json')],
    ['a header that is not JSON', () => signRaw(ed, 'not json', claims())],
    ['a header that is an array', () => signRaw(ed, [header(ed)], claims())],
    [
      'a payload changed after signing',
      () => {
        const [h, , s] = signRaw(ed, header(ed), claims()).split('.');
        return `${h}.${Buffer.from(JSON.stringify(claims({ roles: ['service'] }))).toString('base64url')}.${s}`;
      },
    ],
    [
      'a signature changed',
      () => {
        const token = signRaw(ed, header(ed), claims());
        return token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
      },
    ],
    ['no signature', () => signRaw(ed, header(ed), claims()).replace(/\.[^.]*$/, '.')],
    ['two parts', () => signRaw(ed, header(ed), claims()).replace(/\.[^.]*$/, '')],
    ['four parts', () => `${signRaw(ed, header(ed), claims())}.x`],
    ['not a JWT at all', () => 'hello'],
  ];

  it.each(cases)('answers %s as jose does', async (_name, make) => {
    const token = make();
    const ours = await outcome(() => verifyCallerJwt(token, keys, { issuer: GATEWAY_ISSUER, audience: AUDIENCE }));
    const theirs = await outcome(() => joseVerify(token, keys));
    expect(ours).toEqual(theirs);
  });

  it('refuses any crit header, which jose would take for b64 (no Veiinn signer sends one)', async () => {
    const token = signRaw(ed, header(ed, { crit: ['b64'], b64: true }), claims());
    await expect(verifyCallerJwt(token, keys, { issuer: GATEWAY_ISSUER, audience: AUDIENCE })).rejects.toThrow(
      /Extension/,
    );
  });

  it('is what the subgraphs use: a good token passes once, a tampered one says why', async () => {
    const verify = createCallerVerifier(AUDIENCE, { publicKey: ed.publicJwk }, { replayCache: new ReplayCache() });
    const token = signRaw(ed, header(ed), claims());
    await expect(verify(token)).resolves.toEqual({ sub: 'test-case-worker', roles: ['case-worker'] });
    await expect(verify(token)).rejects.toThrow(/already used/);
    await expect(verify(signRaw(other, header(other), claims()))).rejects.toThrow(/not signed by a trusted key/);
    await expect(verify(signRaw(ed, header(ed), claims({ aud: 'arba' })))).rejects.toThrow(/expected audience/);
  });
});
