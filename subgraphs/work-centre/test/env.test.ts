import { workCentre } from '../src/subgraph';

const read = (env: Record<string, string>) => workCentre.readEnv(env);

describe('which provider the work-centre subgraph is', () => {
  it("defaults to the demo world's provider, with no organisation number", () => {
    const env = read({});
    expect(env.providerId).toBe('baerum-arbeidssenter');
    expect(env).not.toHaveProperty('orgno');
    expect(env.port).toBe(4003);
  });

  it('reads WORK_CENTRE_PROVIDER_ID and WORK_CENTRE_ORGNO', () => {
    const env = read({ WORK_CENTRE_PROVIDER_ID: 'another-provider', WORK_CENTRE_ORGNO: ' 100000017 ' });
    expect(env).toMatchObject({ providerId: 'another-provider', orgno: '100000017' });
  });

  it('refuses an organisation number that is not nine digits, naming the variable', () => {
    expect(() => read({ WORK_CENTRE_ORGNO: '12345' })).toThrow(/WORK_CENTRE_ORGNO must be nine digits/);
  });
});
