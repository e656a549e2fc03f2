import { createLogger } from '@veiinn/kit';
import net from 'node:net';
import { createGatewayServer } from '../src/gateway';
import { committedSupergraph } from './support';

/**
 * Apollo Gateway reports usage to Apollo and probes cloud metadata addresses unless told not to (see
 * `disableApolloTelemetry`). This starts a real gateway and watches every socket the process opens while it starts
 * and loads its supergraph: none may go anywhere but this machine.
 */
describe('the gateway talks to no one outside this machine', () => {
  const saved = process.env.APOLLO_TELEMETRY_DISABLED;
  const connect = net.Socket.prototype.connect;
  const outside: string[] = [];

  beforeAll(() => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      const [first] = args;
      const options = (typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as {
        host?: string;
        path?: string;
      };
      const host = options.host ?? (options.path ? 'unix' : 'localhost');
      if (!['localhost', '127.0.0.1', '::1', 'unix'].includes(host)) outside.push(host);
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
  });
  afterAll(() => {
    net.Socket.prototype.connect = connect;
    if (saved === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = saved;
  });

  it('starts, loads the supergraph and stops without opening a connection to another host', async () => {
    const running = await createGatewayServer({
      supergraphPath: committedSupergraph,
      logger: createLogger('gateway', 'error'),
    }).listen(0);
    try {
      const health = await fetch(running.url.replace('/graphql', '/health'));
      expect(health.status).toBe(200);
      // Apollo's cloud detectors start at once and time out after a few seconds; give them time to try.
      await new Promise((done) => setTimeout(done, 3000));
    } finally {
      await running.stop();
    }
    expect(outside).toEqual([]);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});
