import { dayServices } from '../src/subgraph';

const read = (env: Record<string, string>) => dayServices.readEnv(env);

describe('which provider the day-services subgraph is', () => {
  it("defaults to the demo world's provider, with no organisation number", () => {
    const env = read({});
    expect(env.providerId).toBe('baerum-kommunale-dagtilbud');
    expect(env).not.toHaveProperty('orgno');
    expect(env.port).toBe(4002);
  });

  it('reads DAY_SERVICES_PROVIDER_ID and DAY_SERVICES_ORGNO', () => {
    const env = read({ DAY_SERVICES_PROVIDER_ID: 'another-provider', DAY_SERVICES_ORGNO: ' 100000017 ' });
    expect(env).toMatchObject({ providerId: 'another-provider', orgno: '100000017' });
    expect(env.settings).toEqual({ providerId: 'another-provider', orgno: '100000017' });
  });

  it('refuses an organisation number that is not nine digits, naming the variable', () => {
    expect(() => read({ DAY_SERVICES_ORGNO: '12345' })).toThrow(/DAY_SERVICES_ORGNO must be nine digits/);
  });
});
