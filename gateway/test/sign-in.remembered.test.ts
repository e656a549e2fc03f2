import { AuthenticationError, generateSigningKey, jwksOf, type SigningKey } from '@veiinn/kit';
import { SignJWT } from 'jose';
import { createBearerVerifier } from '../src/sign-in';

// The gateway remembers a token that passed sign-in (./sign-in.ts); these check that memory never outlives the token.
describe('a remembered token', () => {
  const issuer = 'http://issuer.test';
  let key: SigningKey;
  beforeAll(async () => {
    key = await generateSigningKey('ES256');
  });

  const token = (lifetimeSeconds: number, issuedAt = Math.floor(Date.now() / 1000)) =>
    new SignJWT({ roles: ['case-worker'] })
      .setProtectedHeader({ alg: key.alg, kid: key.kid })
      .setIssuer(issuer)
      .setAudience('veiinn-gateway')
      .setSubject('case-worker-remembered')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetimeSeconds)
      .sign(key.privateKey);

  it('is refused once it has expired, by the clock of the gateway, without checking its signature again', async () => {
    let clock = Date.now();
    const verify = createBearerVerifier({ jwks: jwksOf(key), issuer }, () => clock);
    const bearer = `Bearer ${await token(60)}`;
    await expect(verify(bearer)).resolves.toMatchObject({ sub: 'case-worker-remembered' });
    clock += 30_000;
    await expect(verify(bearer)).resolves.toMatchObject({ sub: 'case-worker-remembered' });
    clock += 31_000;
    const refused = verify(bearer);
    await expect(refused).rejects.toThrow(AuthenticationError);
    await expect(refused).rejects.toThrow(/expired/);
  });
});
