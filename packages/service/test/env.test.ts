import { ConfigError } from '@veiinn/contracts';
import { getEnvBool, getEnvNum, getEnvStr, readSubgraphEnv, redisFromEnv } from '../src/env';

describe('typed env', () => {
  it('uses the fallback only when the variable is unset or blank', () => {
    expect(getEnvStr('X', 'fallback', {})).toBe('fallback');
    expect(getEnvStr('X', 'fallback', { X: '  ' })).toBe('fallback');
    expect(getEnvStr('X', 'fallback', { X: 'set' })).toBe('set');
  });

  it('names the variable when a required one is missing', () => {
    expect(() => getEnvStr('DATABASE', undefined, {})).toThrow(
      new ConfigError('Environment variable DATABASE is required but not set.'),
    );
  });

  it('rejects numbers outside the range or not whole', () => {
    expect(getEnvNum('PORT', 1, { min: 0, max: 65535 }, { PORT: '4001' })).toBe(4001);
    expect(() => getEnvNum('PORT', 1, { min: 0, max: 65535 }, { PORT: '70000' })).toThrow(
      /PORT must be an integer between 0 and 65535/,
    );
    expect(() => getEnvNum('PORT', 1, {}, { PORT: '40.5' })).toThrow(/integer/);
    expect(() => getEnvNum('PORT', 1, {}, { PORT: 'abc' })).toThrow(/"abc"/);
  });

  it('reads booleans in the usual spellings and refuses others', () => {
    expect(getEnvBool('B', false, { B: 'yes' })).toBe(true);
    expect(getEnvBool('B', true, { B: '0' })).toBe(false);
    expect(() => getEnvBool('B', true, { B: 'maybe' })).toThrow(/true or false/);
  });

  it("prefixes a subgraph's variables with its name and seeds only outside production", () => {
    const dev = readSubgraphEnv('work-centre', { port: 4003 }, { WORK_CENTRE_PORT: '5003' });
    expect(dev).toMatchObject({
      port: 5003,
      host: '127.0.0.1',
      sqlitePath: 'data/work-centre.sqlite',
      seedDemoData: true,
      mode: 'development',
    });
    const prod = readSubgraphEnv(
      'intake',
      { port: 4001 },
      {
        NODE_ENV: 'production',
        INTAKE_DATABASE_URL: 'postgres://x/y',
        INTAKE_GATEWAY_JWKS_URL: 'http://gw:4000/internal-jwks.json',
      },
    );
    expect(prod).toMatchObject({ seedDemoData: false, mode: 'production', databaseUrl: 'postgres://x/y' });
  });

  it("turns service trust on only when the subgraph is told where the gateway's keys are", () => {
    expect(readSubgraphEnv('arba', { port: 4004 }, {}).trust).toBeUndefined();
    expect(
      readSubgraphEnv(
        'work-centre',
        { port: 4003 },
        { WORK_CENTRE_GATEWAY_JWKS_URL: 'http://gw:4000/internal-jwks.json' },
      ).trust,
    ).toEqual({ jwksUrl: 'http://gw:4000/internal-jwks.json', services: [] });
    expect(() => readSubgraphEnv('arba', { port: 4004 }, { ARBA_GATEWAY_JWKS_URL: 'gateway' })).toThrow(
      /ARBA_GATEWAY_JWKS_URL must be an http\(s\) URL/,
    );
  });

  it('refuses to run a subgraph in production without service trust', () => {
    expect(() => readSubgraphEnv('work-centre', { port: 4003 }, { NODE_ENV: 'production' })).toThrow(
      new ConfigError(
        'WORK_CENTRE_GATEWAY_JWKS_URL is required with NODE_ENV=production: without service trust the subgraph ' +
          "would answer any caller that reaches its port, bypassing the gateway's sign-in and access rules. Set it " +
          "to the gateway's /internal-jwks.json (e.g. http://gateway:4000/internal-jwks.json).",
      ),
    );
    // Development and tests still run a subgraph alone.
    expect(readSubgraphEnv('work-centre', { port: 4003 }, { NODE_ENV: 'test' }).trust).toBeUndefined();
  });

  it('trusts the services it is told of, by name, and only together with the gateway', () => {
    const gateway = { ARBA_GATEWAY_JWKS_URL: 'http://gw:4000/internal-jwks.json' };
    expect(
      readSubgraphEnv('arba', { port: 4004 }, { ...gateway, ARBA_TRUSTED_SERVICES: 'intake=http://hub:4001/jwks' })
        .trust,
    ).toEqual({
      jwksUrl: 'http://gw:4000/internal-jwks.json',
      services: [{ issuer: 'veiinn-intake', jwksUrl: 'http://hub:4001/jwks' }],
    });
    expect(() => readSubgraphEnv('arba', { port: 4004 }, { ...gateway, ARBA_TRUSTED_SERVICES: 'intake' })).toThrow(
      /ARBA_TRUSTED_SERVICES: "intake" is not name=http\(s\):\/\/…/,
    );
    expect(() => readSubgraphEnv('arba', { port: 4004 }, { ARBA_TRUSTED_SERVICES: 'intake=http://hub/jwks' })).toThrow(
      /ARBA_TRUSTED_SERVICES needs ARBA_GATEWAY_JWKS_URL/,
    );
  });

  it('shares the replay cache in Redis when REDIS_URL is set, under REDIS_KEY_PREFIX', () => {
    const gateway = { ARBA_GATEWAY_JWKS_URL: 'http://gw:4000/internal-jwks.json' };
    expect(readSubgraphEnv('arba', { port: 4004 }, { ...gateway, REDIS_URL: 'redis://redis:6379' }).trust).toEqual({
      jwksUrl: 'http://gw:4000/internal-jwks.json',
      services: [],
      redis: { url: 'redis://redis:6379', keyPrefix: 'veiinn:' },
    });
    expect(redisFromEnv({ REDIS_URL: 'rediss://r:6380/1', REDIS_KEY_PREFIX: 'test:' })).toEqual({
      url: 'rediss://r:6380/1',
      keyPrefix: 'test:',
    });
    expect(redisFromEnv({})).toBeUndefined();
    expect(() => redisFromEnv({ REDIS_URL: 'redis:6379' })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    // Without service trust a subgraph checks no tokens, and has nothing to keep in Redis.
    expect(readSubgraphEnv('arba', { port: 4004 }, { REDIS_URL: 'redis://redis:6379' }).trust).toBeUndefined();
  });
});
