import { nav } from '../src/subgraph';

describe("the NAV adapter's settings from the environment", () => {
  it('allows synthetic identity numbers only and leaves the import open by default in development', () => {
    const env = nav.readEnv({});
    expect(env).toMatchObject({ port: 4005, providerId: 'nav-baerum' });
    expect(env.settings).toMatchObject({ allowRealIdentityNumbers: false, ingestAuth: undefined });
  });

  it('reads who may import, next to the variables every provider has', () => {
    const env = nav.readEnv({
      NAV_PORT: '5005',
      NAV_ALLOW_REAL_IDENTITY_NUMBERS: 'true',
      NAV_INGEST_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
      NAV_INGEST_JWT_ISSUER: 'http://127.0.0.1:9',
      NAV_INGEST_ORGNO: '100000017',
    });
    expect(env.port).toBe(5005);
    expect(env.settings).toMatchObject({
      allowRealIdentityNumbers: true,
      ingestAuth: { jwksUrl: 'http://127.0.0.1:9/jwks.json', issuer: 'http://127.0.0.1:9', orgno: '100000017' },
    });
  });

  it('refuses an import organisation number without the identity provider that would check it', () => {
    expect(() => nav.readEnv({ NAV_INGEST_ORGNO: '100000017' })).toThrow(/NAV_INGEST_ORGNO needs NAV_INGEST_JWKS_URL/);
  });
});
